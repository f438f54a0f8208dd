export default class Main {
  constructor() {
    this.ctx = canvas.getContext('2d')
    this.ctx.fillText('🎮 开心消消乐', 120, 200)
  }
}
