// 会员页：只有用户之前已经同意过定位才静默刷新附近场馆
Page({
  data: { venues: [] },
  onShow() {
    tt.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === true) {
          tt.getLocation({ success: (loc) => this.nearVenues(loc) })
        }
      }
    })
  },
  nearVenues() {}
})
