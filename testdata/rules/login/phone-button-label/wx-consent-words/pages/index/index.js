Page({
  data: { nick: '' },
  onPhone(e) {
    // 用户点击后才拿到 code，交给服务端换手机号
    if (!e.detail.code) return
    wx.request({ url: 'https://api.xianguo.example.com/user/phone', method: 'POST', data: { code: e.detail.code } })
  }
})
