Page({
  data: { limit: 20 },
  onPick() {
    tt.chooseImage({ count: 9 })
  }
})
