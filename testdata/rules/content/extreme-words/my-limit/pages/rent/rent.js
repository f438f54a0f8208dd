Page({
  data: {
    goods: [{ id: 1, name: '运动相机', deposit: 1899 }]
  },
  onRent() {
    my.showToast({ content: '已提交' })
  }
})
