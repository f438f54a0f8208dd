Page({
  data: { orders: [] },
  onShow() {
    this.setData({ orders: tt.getStorageSync('orders') || [] })
  }
})
