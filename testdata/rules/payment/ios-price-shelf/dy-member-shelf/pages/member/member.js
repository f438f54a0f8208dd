Page({
  onOpen() {}
})
