Page({
  onLoad() {
    my.getLocation({ type: 1, success: (res) => this.setData({ city: res.city }), fail: () => {} })
  }
})
