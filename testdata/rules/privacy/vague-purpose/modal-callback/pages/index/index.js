Page({
  onLoad() {
    wx.showModal({
      title: '温馨提示',
      content: '为了给您提供更好的服务，我们需要获取您的位置😊',
      success: (res) => {
        if (res.confirm) wx.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
      }
    })
  }
})
