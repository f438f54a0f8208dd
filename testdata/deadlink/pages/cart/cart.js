Page({
  data: { total: 0 },
  pay() {
    wx.requestPayment({
      timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '',
      success: () => wx.redirectTo({ url: '/pages/paid/paid' })
    })
  },
  // 礼品卡改在门店发放，这里只提示
  openGift() {
    wx.showToast({ title: '请到门店领取', icon: 'none' })
  },
  openClub() {
    wx.showToast({ title: '敬请期待', icon: 'none' })
    return
    wx.navigateTo({ url: '/pages/club/club' })
  }
})
