Page({
  data: { videoUrl: '', clipUrl: '', bgmUrl: '' }
})
