const app = getApp()

Page({
  data: {
    signedIn: false,
    menu: [
      { label: '我的预约', handler: 'myBookings', shown: true },
      { label: '场馆管理', handler: 'manage', shown: false },
      { label: '意见反馈', handler: 'feedback', shown: true }
    ]
  },
  onShow() {
    this.setData({ signedIn: app.globalData.signedIn, 'menu[1].shown': app.globalData.isAdmin })
  },
  // 模板留下的旧写法：页面上已经没有按钮调用它
  getUserProfile() {
    wx.getUserProfile({
      desc: '用于展示头像昵称',
      success: (res) => this.setData({ profile: res.userInfo })
    })
  },
  myBookings() {
    wx.switchTab({ url: '/pages/index/index' })
  },
  manage() {
    wx.showToast({ title: '请在电脑端管理', icon: 'none' })
  },
  feedback() {
    wx.showModal({ title: '意见反馈', content: '请发送邮件至 gym@example-campus.cn', showCancel: false })
  }
})
