Page({
  data: {}
})
