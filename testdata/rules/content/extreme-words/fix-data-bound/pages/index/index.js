// 首页 🏠
Page({
  data: {
    slogan: '🥛 全城最好喝的酸奶',
    cls: '最佳',
    hidden: '史上最强（未显示）',
    list: [
      { title: '最受欢迎的草莓味', price: 12 },
      { title: '芒果味', price: 15 }
    ]
  },
  onLoad() {
    this.setData({ tip: '全网最低价，限时三天' })
    wx.showToast({ title: '欢迎光临', icon: 'none' })
  }
})
