// pages/store/index.js — 附近门店（典型的定位页面写法）
const app = getApp()
const { getLocation } = wx
const api = wx
const recorder = wx.getRecorderManager()
const getSetting = promisify(wx.getSetting)

function promisify(fn) {
  return (opts = {}) => new Promise((resolve, reject) => fn({ ...opts, success: resolve, fail: reject }))
}

function fetchStores(lat, lng) {
  return new Promise((resolve) => {
    api.request({
      url: 'http://api.example.com/stores?lat=' + lat + '&lng=' + lng,
      success: (res) => resolve(res.data),
    })
  })
}

Page({
  data: { stores: [], tip: '正在定位…', isIOS: false },

  onLoad(query) {
    const that = this
    wx.getSystemInfo({
      success(res) {
        that.setData({ isIOS: res.platform === 'ios' })
      },
    })
    this.initLocation()
  },

  onShow() {
    this.refresh()
  },

  initLocation() {
    // 先征得同意
    wx.showModal({
      title: '位置权限',
      content: '用于为您推荐附近 3 公里内的门店',
      success: (res) => {
        if (res.confirm) {
          getLocation({ type: 'gcj02', success: (loc) => this.load(loc) })
        } else {
          wx.showToast({ title: '已取消', icon: 'none' })
        }
      },
    })
  },

  async refresh() {
    const setting = await getSetting()
    if (!setting.authSetting['scope.userLocation']) return
    try {
      const loc = await wx.p.getLocation({ type: 'gcj02' })
      this.load(loc)
    } catch (e) {
      wx.showToast({ title: '定位失败', icon: 'none' })
    }
  },

  load(loc) {
    fetchStores(loc.latitude, loc.longitude).then((list) => this.setData({ stores: list }))
  },

  onTapRecord() {
    recorder.start({ format: 'mp3' })
  },

  onBuyVip() {
    if (this.data.isIOS) {
      wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
      return
    }
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '', fail() {} })
  },

  onShareAppMessage() {
    return { title: '分享给好友即可领取会员' }
  },
})
