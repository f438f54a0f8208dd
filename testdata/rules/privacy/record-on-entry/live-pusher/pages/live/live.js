Page({
  data: { pushUrl: '' }
})
