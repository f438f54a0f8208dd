Page({
  data: { mode: '' }
})
