export default class Main {
  constructor() {
    const ctx = tt.createCanvas().getContext('2d')
    ctx.fillText('🎴 欢乐炸金花', 100, 240)
    ctx.fillText('🕘 活动时间：每天21点前', 100, 280)
  }
}
