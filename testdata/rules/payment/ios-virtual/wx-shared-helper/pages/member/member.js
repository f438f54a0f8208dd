const { pay } = require('../../utils/pay')

Page({
  data: { levels: [{ id: 1, name: '黄金', price: 99 }], picked: 0 },
  onUpgrade() {
    const level = this.data.levels[this.data.picked]
    pay('vip', level.price).then(() => wx.showToast({ title: '升级成功' }))
  }
})
