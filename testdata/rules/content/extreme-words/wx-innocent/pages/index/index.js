// 最佳实践：首页只拉一次数据，全网最低价标签由后台控制
const TAG_BEST = '最佳'
Page({
  data: { rank: '', tag: TAG_BEST },
  onTapItem(e) {
    wx.showToast({ title: '已加入购物车', icon: 'none' })
  }
})
