import { pay } from '../../utils/pay'

Page({
  data: { isIOS: false },
  onLoad() {
    this.setData({ isIOS: wx.getSystemInfoSync().platform === 'ios' })
  },
  onBuyCoins() {
    if (this.data.isIOS) {
      wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
      return
    }
    pay('coin', 60)
  }
})
