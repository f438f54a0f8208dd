// TODO: 去掉旧的扎金花房间
const ZHAJINHUA_ICON = 'images/zhajinhua.png'
export default class Main {
  constructor() {
    const ctx = canvas.getContext('2d')
    ctx.fillText('🌙 每晚21点开启双倍积分', 120, 300)
    ctx.fillText('🧩 经典消除', 120, 340)
    this.icon = ZHAJINHUA_ICON
    this.mode = 'suoha'
  }
}
