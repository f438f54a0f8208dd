// 天气首页 ⛅：进入即定位
Page({
  data: { city: '定位中…', temp: '--' },
  async onLoad() {
    const { latitude, longitude } = await wx.getFuzzyLocation({ type: 'wgs84' })
    this.setData({ city: `${latitude},${longitude}` })
  },
  onReady() {
    wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => this.setData({ bg: res.tempFiles[0].tempFilePath }) })
  }
})
