Page({
  data: { topupShown: false, coinBalance: 0, gemPrice: 6, diamonds: 0 },
  openTopup() {
    this.setData({ topupShown: true })
  },
  onPaid() {
    this.setData({ topupShown: false })
  }
})
