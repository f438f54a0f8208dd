Page({
  onTap() {
    tt.getLocation({ success: (r) => this.setData(r), fail: () => {} })
  }
})
