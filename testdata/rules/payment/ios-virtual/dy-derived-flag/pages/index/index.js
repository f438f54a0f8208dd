Page({
  data: {},
  onShow() {}
})
