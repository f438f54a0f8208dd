Page({
  onKefu() {},
  getCoupon() {}
})
