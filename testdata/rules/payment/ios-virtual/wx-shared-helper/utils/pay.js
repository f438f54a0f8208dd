// Every order of the app is paid here: the server prepares the order for
// a type and an amount, the client opens the payment.
function pay(type, amount) {
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
