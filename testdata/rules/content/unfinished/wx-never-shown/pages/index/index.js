Page({
  data: {
    sheet: false,
    panel: false,
    tips: '',
    list: []
  },
  onLoad() {
    this.setData({ list: [], sheet: false })
  },
  closeSheet() {
    this.setData({ sheet: false })
  },
  openPanel() {
    this.setData({ panel: true })
  },
  toOther() {
    wx.navigateTo({ url: '/pages/other/other' })
  },
  toPick() {
    wx.navigateTo({ url: '/pages/pick/pick' })
  },
  toMore() {
    wx.navigateTo({ url: '/pages/more/more' })
  }
})
