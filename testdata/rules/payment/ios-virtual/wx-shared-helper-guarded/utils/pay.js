// Every order of the app is paid here. Memberships and coins are digital,
// so the payment stays closed on iOS, whatever the page asks for.
function pay(type, amount) {
  const { platform } = wx.getSystemInfoSync()
  if (platform === 'ios') {
    wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
    return Promise.reject(new Error('ios'))
  }
  return new Promise((resolve, reject) => {
    wx.request({
      url: 'https://api.shanju.example.com/order/prepare',
      method: 'POST',
      data: { type, amount },
      success: (res) => {
        wx.requestPayment({ ...res.data, success: resolve, fail: reject })
      },
      fail: reject
    })
  })
}

module.exports = { pay }
