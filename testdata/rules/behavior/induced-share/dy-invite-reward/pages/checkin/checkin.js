Page({
  checkIn() {
    tt.showToast({ title: '签到成功', icon: 'none' })
  },
  onShareAppMessage() {
    return { title: '洁净到家', path: '/pages/index/index' }
  }
})
