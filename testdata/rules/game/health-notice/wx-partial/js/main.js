export default class Main {
  constructor() {
    const ctx = canvas.getContext('2d')
    ctx.fillText('抵制不良游戏，拒绝盗版游戏。', 40, 500)
    ctx.fillText('适度游戏益脑，沉迷游戏伤身。', 40, 524)
  }
}
