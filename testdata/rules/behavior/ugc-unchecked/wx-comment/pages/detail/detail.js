Page({
  sendComment(e) {}
})
