Page({
  onPhone(e) {}
})
