// 首页 🏠
Page({
  data: {
    slogan: '🥛 全城好喝的酸奶',
    cls: '最佳',
    hidden: '史上最强（未显示）',
    list: [
      { title: '受欢迎的草莓味', price: 12 },
      { title: '芒果味', price: 15 }
    ]
  },
  onLoad() {
    this.setData({ tip: '特惠价，限时三天' })
    wx.showToast({ title: '欢迎光临', icon: 'none' })
  }
})
