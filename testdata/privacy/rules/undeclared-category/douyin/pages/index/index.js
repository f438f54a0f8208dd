Page({
  locate() {
    tt.getLocation({ success() {}, fail() {} })
  },
  pick() {
    tt.chooseImage({ count: 1 })
  }
})
