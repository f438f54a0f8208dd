Page({
  data: { goods: [] },
  onShow() {
    const from = 'home'
    if (!tt.getStorageSync('token')) tt.navigateTo({ url: `/pages/wxLogin/index?from=${from}` })
  }
})
