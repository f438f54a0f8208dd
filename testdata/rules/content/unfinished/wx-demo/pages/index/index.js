Page({
  data: { books: [] },
  onLoad() {
    wx.showModal({
      title: '说明',
      content: '本小程序仅供演示，书目数据均为模拟生成，数据均为随机生成。',
      showCancel: false
    })
  }
})
