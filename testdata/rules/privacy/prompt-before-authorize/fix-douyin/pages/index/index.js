Page({
  onLoad() {
    tt.chooseAddress({
      success: (addr) => this.setData({ addr }),
    })
  }
})
