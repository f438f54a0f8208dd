Page({
  data: { tab: '' }
})
