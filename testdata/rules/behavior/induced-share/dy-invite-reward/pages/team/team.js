Page({
  onShareAppMessage() {
    return { title: '一起管理门店', path: '/pages/team/team' }
  }
})
