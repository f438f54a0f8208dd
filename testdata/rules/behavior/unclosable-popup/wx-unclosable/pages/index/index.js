Page({
  data: { showAd: true, showNotice: false, showSheet: false, showGuide: true }
})
