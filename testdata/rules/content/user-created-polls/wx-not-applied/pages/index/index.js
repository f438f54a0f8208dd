Page({
  onCreate() {}
})
