Page({
  data: {},
})
