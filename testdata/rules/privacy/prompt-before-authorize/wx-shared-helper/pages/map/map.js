const { withPosition } = require('../../utils/position.js')

Page({
  data: { pos: null },
  onLocateTap() {
    withPosition((pos) => this.setData({ pos }))
  }
})
