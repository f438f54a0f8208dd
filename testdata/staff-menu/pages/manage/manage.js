const app = getApp()

Page({
  data: { goods: [] },
  onShow() {
    wx.request({
      url: app.globalData.host + '/manage/',
      header: { token: app.globalData.token },
      success: (res) => this.setData({ goods: res.data.list })
    })
  },
  onAdd() {
    wx.navigateTo({ url: '/pages/goods-edit/goods-edit?id=0' })
  },
  onEdit(e) {
    wx.navigateTo({ url: '/pages/goods-edit/goods-edit?id=' + e.currentTarget.dataset.id })
  }
})
