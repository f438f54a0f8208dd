Page({
  data: { supportsUserProfile: !!wx.getUserProfile, hasGetUserProfile: !!wx.getUserProfile, hasProfile: false, phoneOk: false },
  onShow() { this.setData({ phoneOk: !!wx.getStorageSync('phone') }) },
  onJoin() {},
  onJoinLegacy(e) { this.setData({ member: e.detail.userInfo }) },
  onCoupon(e) { this.setData({ member: e.detail.userInfo }) }
})
