const { withPosition } = require('../../utils/position.js')

Page({
  data: { near: false },
  onLoad() {
    // 先说明为什么要定位，用户同意后再取位置
    wx.showModal({
      title: '签到需要你的位置',
      content: '到店签到时核对你是否在门店附近，位置不会另作他用。',
      success: (res) => {
        if (res.confirm) {
          withPosition((pos) => this.setData({ near: !!pos }))
        }
      }
    })
  }
})
