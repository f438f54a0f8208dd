Page({
  onSearch() {},
  submitOrder() {}
})
