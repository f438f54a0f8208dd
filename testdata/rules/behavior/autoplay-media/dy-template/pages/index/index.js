Page({
  data: { videoUrl: '' }
})
