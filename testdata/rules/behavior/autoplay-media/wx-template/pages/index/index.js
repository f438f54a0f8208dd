Page({
  data: { videoUrl: '', clipUrl: '', bgmUrl: '', liveUrl: '', auto: false }
})
