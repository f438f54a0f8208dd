Page({
  onShow() {
    tt.getLocation({ success: (res) => this.setData({ lat: res.latitude }), fail: () => {} })
  }
})
