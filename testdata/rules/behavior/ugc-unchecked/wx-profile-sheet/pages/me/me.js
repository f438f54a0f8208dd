// One sheet edits whichever row was tapped; the bare <input> is named
// only by the key it is sent as.
Page({
  data: { editing: '', sheetText: '', plateText: '' },
  openSheet(e) {
    this.setData({ editing: e.currentTarget.dataset.row, sheetText: '' })
  },
  onSheetInput(e) {
    this.data.sheetText = e.detail.value
  },
  onSheetSave() {
    const body = this.data.editing === 'nick' ? { nickname: this.data.sheetText } : { signature: this.data.sheetText }
    wx.request({ url: 'https://fish.example.com/api/user/update', method: 'POST', data: body })
  },
  onPlateInput(e) {
    this.setData({ plateText: e.detail.value })
  },
  savePlate() {
    // the boat's registration, kept by the operator
    wx.request({ url: 'https://fish.example.com/api/boat/save', method: 'POST', data: { plateNo: this.data.plateText } })
  }
})
