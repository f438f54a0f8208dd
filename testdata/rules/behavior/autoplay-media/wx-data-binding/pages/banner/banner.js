Page({
  data: { autoplay: true }
})
