const app = getApp()

Page({
  data: { store: null, showPrivacy: false },

  showPrivacyPopup() {
    this.setData({ showPrivacy: true })
  },

  openContract() {
    wx.openPrivacyContract()
  },

  onAgree() {
    this.setData({ showPrivacy: false })
    if (app.privacyResolve) app.privacyResolve({ buttonId: 'agree-btn', event: 'agree' })
  },

  onDisagree() {
    this.setData({ showPrivacy: false })
    if (app.privacyResolve) app.privacyResolve({ event: 'disagree' })
  },

  // 用户点击“附近自提门店”后才获取位置；拒绝时改为手动选择
  onFindStore() {
    wx.showModal({
      title: '查找附近门店',
      content: '需要获取你的位置，用于查找离你较近的自提门店',
      success: (res) => {
        if (!res.confirm) return
        wx.getLocation({
          type: 'gcj02',
          success: (loc) => this.loadStore(loc.latitude, loc.longitude),
          fail: () => this.chooseManually()
        })
      }
    })
  },

  chooseManually() {
    wx.chooseLocation({
      success: (loc) => this.loadStore(loc.latitude, loc.longitude),
      fail: () => wx.showToast({ title: '未选择位置', icon: 'none' })
    })
  },

  loadStore(lat, lng) {
    const { request } = require('../../utils/request')
    request({ url: '/api/stores/nearest', data: { lat, lng } }).then((store) => {
      this.setData({ store })
    }).catch(() => {
      wx.showToast({ title: '门店查询失败', icon: 'none' })
    })
  }
})
