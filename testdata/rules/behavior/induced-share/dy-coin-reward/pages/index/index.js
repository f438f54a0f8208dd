Page({
  data: { showTopup: false, stars: 0 },
  onShareAppMessage() {
    const uid = tt.getStorageSync('uid')
    return {
      title: '记下你的本周心情，新朋友登录就送20枚星币',
      path: '/pages/index/index?inviter=' + uid
    }
  }
})
