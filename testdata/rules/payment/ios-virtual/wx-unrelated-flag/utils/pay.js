// All orders go through here: the server prices the order, the client pays.
function pay(type, amount) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: 'https://api.manhua.example.com/order/prepare',
      method: 'POST',
      data: { type, amount },
      success: (res) => wx.requestPayment({ ...res.data, success: resolve, fail: reject }),
      fail: reject
    })
  })
}

module.exports = { pay }
