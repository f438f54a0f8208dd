export default class Main {
  constructor() {
    const ctx = canvas.getContext('2d')
    ctx.fillText('🃏 经典梭哈 · 好友房', 120, 300)
    ctx.fillText('💰 百家乐 ' + this.room, 120, 340)
  }
  onBet() {
    wx.showToast({ title: '下注成功', icon: 'none' })
  }
  initLabels(label) {
    label.string = '🐎 赌马大赛'
  }
}
