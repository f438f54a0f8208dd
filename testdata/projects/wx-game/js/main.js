import Board from './board'
import { drawStartScreen } from './start-screen'

const ctx = canvas.getContext('2d')

export default class Main {
  constructor({ notice }) {
    this.notice = notice
    this.board = new Board(8, 8)
    this.started = false
    this.score = 0
    drawStartScreen(ctx, notice)
    wx.onTouchStart((e) => this.onTouch(e.touches[0]))
  }

  onTouch(touch) {
    if (!this.started) {
      this.started = true
      this.loop()
      return
    }
    const cleared = this.board.tap(touch.clientX, touch.clientY)
    this.score += cleared * 10
  }

  loop() {
    ctx.clearRect(0, 0, canvas.width, canvas.height)
    this.board.draw(ctx)
    ctx.fillStyle = '#333'
    ctx.font = '32px sans-serif'
    ctx.fillText('得分：' + this.score, 24, 64)
    requestAnimationFrame(() => this.loop())
  }
}
