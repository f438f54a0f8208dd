Page({
  data: { goods: [] }
})
