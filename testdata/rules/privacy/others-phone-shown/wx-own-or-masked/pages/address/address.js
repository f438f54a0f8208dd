Page({
  data: { addresses: [], stores: [], team: [] },
  call(e) {
    wx.makePhoneCall({ phoneNumber: e.currentTarget.dataset.phone })
  },
  goRank() {
    wx.navigateTo({ url: '/pages/rank/rank' })
  }
})
