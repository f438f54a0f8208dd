Page({
  onAuthFail() {
    wx.showToast({ title: '为了给您最准确的推荐，请重新授权', icon: 'none' })
  },
  onHot() {
    wx.showToast({ title: '销量第一的招牌奶茶', icon: 'none' })
  }
})
