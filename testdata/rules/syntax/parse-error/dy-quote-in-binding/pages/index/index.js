Page({
  data: { ep: { liked: false, saved: true }, tabs: [] }
})
