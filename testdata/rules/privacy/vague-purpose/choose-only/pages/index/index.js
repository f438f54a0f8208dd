Page({
  onPickCity() {
    wx.chooseLocation({ success: (res) => this.setData({ city: res.name }) })
  }
})
