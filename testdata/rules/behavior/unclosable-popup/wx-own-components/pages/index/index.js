Page({
  data: { showAd: false, showTip: false, showToast: false },
  onLoad() {
    this.setData({ showAd: true })
  },
  onCloseTip() { this.setData({ showTip: false }) }
})
