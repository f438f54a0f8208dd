const NOTICE = '抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。'
export default class Main {
  constructor() {
    const ctx = canvas.getContext('2d')
    ctx.fillText(NOTICE, 20, 600)
    ctx.fillText('抵制不良游戏，拒绝盗版游戏。', 20, 640)
    ctx.fillText('🎲 下注翻倍', 120, 300)
    ctx.fillText('🔓 破解版全关卡解锁', 120, 340)
  }
}
