// 天气首页 ⛅：进入即定位
Page({
  data: { city: '定位中…', temp: '--' },
  async onLoad() {
    if (!(await wx.showModal({ title: '授权提示', content: '需要获取你的位置信息，用于查询你所在城市的天气。' })).confirm) return
    const { latitude, longitude } = await wx.getFuzzyLocation({ type: 'wgs84' })
    this.setData({ city: `${latitude},${longitude}` })
  },
  onReady() {
    wx.showModal({
      title: '授权提示',
      content: '需要访问你选择的照片或视频，用于上传图片。',
      success: (res) => {
        if (res.confirm) {
          wx.chooseMedia({ count: 1, mediaType: ['image'], success: (res) => this.setData({ bg: res.tempFiles[0].tempFilePath }) })
        }
      }
    })
  }
})
