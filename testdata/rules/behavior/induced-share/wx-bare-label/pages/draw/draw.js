Page({
  onShareAppMessage() {
    return { title: '小满杂货本周活动', path: '/pages/draw/draw' }
  }
})
