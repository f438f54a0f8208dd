Page({
  buyVip() {},
  onSubscribe() {}
})
