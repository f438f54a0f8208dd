Page({
  data: {},
  enterDemo() {
    wx.navigateTo({ url: '/pages/judge/judge?as=judge' })
  }
})
