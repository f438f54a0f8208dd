Page({
  data: { showAd: false, showCoupon: false, showSheet: false, showTip: false, showShare: false },
  onCloseAd() {},
  onReceive() {},
  onSheetLeave() {}
})
