Page({
  onTap() {
    tt.chooseImage({ count: 1 })
  }
})
