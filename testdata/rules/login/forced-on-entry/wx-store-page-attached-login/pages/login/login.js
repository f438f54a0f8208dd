Page({
  onPhone(e) {
    wx.request({
      url: 'https://api.huayu.example.com/login/phone',
      method: 'POST',
      data: { code: e.detail.code },
      success: () => wx.navigateBack()
    })
  }
})
