Page({
  data: { top: 20 },
  onShareAppMessage() {
    return {
      title: `面包券最高${this.data.top}元现金红包，先到先得`,
      path: '/pages/index/index'
    }
  },
  onLoad() {}
})
