import { pay } from '../../utils/pay'

const app = getApp()

Page({
  data: { shut: true, packs: [60, 300, 980] },
  onLoad() {
    const closed = !app.globalData.onSale || app.globalData.auditing
    this.setData({ shut: closed })
  },
  onRecharge(e) {
    pay('coin', e.currentTarget.dataset.amount)
  }
})
