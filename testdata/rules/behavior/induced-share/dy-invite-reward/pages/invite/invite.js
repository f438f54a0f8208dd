Page({
  data: { panelShown: false },
  openPanel() {
    this.setData({ panelShown: true })
  },
  closePanel() {
    this.setData({ panelShown: false })
  },
  savePoster() {
    tt.showToast({ title: '海报已生成', icon: 'none' })
  },
  onShareAppMessage() {
    return { title: '洁净到家 · 预约保洁', path: '/pages/index/index' }
  }
})
