import { currentPoint } from '../../utils/locate'

// 取件路线：显示页面时通过公共方法定位
Page({
  data: { from: null },
  onShow() {
    currentPoint((p) => this.setData({ from: p }))
  },
  onShareAppMessage() {
    return { title: '取件路线' }
  }
})
