const app = getApp()

Page({
  data: {
    drinks: [
      { id: 1, name: '桂花乌龙', price: 16 },
      { id: 2, name: '茉莉奶绿', price: 14 }
    ]
  },
  addDrink(e) {
    app.globalData.cart.push(e.currentTarget.dataset.id)
    wx.showToast({ title: '已加入', icon: 'success' })
  }
})
