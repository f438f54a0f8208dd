Page({
  data: { text: '' },
  onInput(e) {
    this.setData({ text: e.detail.value })
  },
  onSave() {
    const notes = wx.getStorageSync('notes') || []
    notes.unshift({ id: Date.now(), text: this.data.text })
    wx.setStorageSync('notes', notes)
    wx.navigateBack()
  }
})
