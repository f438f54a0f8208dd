const COLORS = ['#e74c3c', '#3498db', '#2ecc71', '#f1c40f', '#9b59b6']

export default class Board {
  constructor(rows, cols) {
    this.rows = rows
    this.cols = cols
    this.size = GameGlobal.screen.width / cols
    this.cells = []
    for (let r = 0; r < rows; r++) {
      const row = []
      for (let c = 0; c < cols; c++) {
        row.push(Math.floor(Math.random() * COLORS.length))
      }
      this.cells.push(row)
    }
  }

  tap(x, y) {
    const c = Math.floor(x / this.size)
    const r = Math.floor((y - 120) / this.size)
    if (r < 0 || r >= this.rows || c < 0 || c >= this.cols) return 0
    const color = this.cells[r][c]
    let cleared = 0
    for (let i = 0; i < this.cols; i++) {
      if (this.cells[r][i] === color) {
        this.cells[r][i] = Math.floor(Math.random() * COLORS.length)
        cleared++
      }
    }
    return cleared
  }

  draw(ctx) {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        ctx.fillStyle = COLORS[this.cells[r][c]]
        ctx.fillRect(c * this.size + 2, 120 + r * this.size + 2, this.size - 4, this.size - 4)
      }
    }
  }
}
