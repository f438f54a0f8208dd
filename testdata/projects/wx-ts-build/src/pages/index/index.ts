Page({
  data: { address: null as WechatMiniprogram.ChooseAddressSuccessCallbackResult | null },
  onPhone(e: WechatMiniprogram.CustomEvent) {
    console.log('phone code', e.detail.code)
  },
  pickAddress() {
    wx.chooseAddress({
      success: (address) => this.setData({ address }),
      fail: () => wx.showToast({ title: '未选择地址', icon: 'none' }),
    })
  },
})
