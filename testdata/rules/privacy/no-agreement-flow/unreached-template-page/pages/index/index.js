Page({
  data: {
    banners: ['/images/banner-spring.png', '/images/banner-milk-tea.png']
  },
  toMenu() {
    wx.switchTab({ url: '/pages/menu/menu' })
  }
})
