Page({
  onBuy() {}
})
