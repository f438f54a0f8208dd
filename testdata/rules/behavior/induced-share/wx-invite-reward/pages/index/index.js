Page({
  data: { sheet: false },
  showSheet() {
    this.setData({ sheet: true })
  },
  hideSheet() {
    this.setData({ sheet: false })
  },
  onShareAppMessage() {
    return { title: '小鹿鲜花', path: '/pages/index/index' }
  }
})
