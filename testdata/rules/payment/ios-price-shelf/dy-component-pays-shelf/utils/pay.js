const BASE = 'https://api.example.com'

function createOrder(uid, sku) {
  return new Promise((resolve, reject) => {
    tt.request({
      url: BASE + '/order/create',
      method: 'POST',
      data: { uid, sku },
      success: (res) => resolve(res.data),
      fail: reject
    })
  })
}

function launchPay(orderInfo) {
  return new Promise((resolve, reject) => {
    tt.pay({
      orderInfo,
      service: 5,
      success: resolve,
      fail: reject
    })
  })
}

async function startPay(uid, sku) {
  const order = await createOrder(uid, sku)
  return launchPay(order.orderInfo)
}

module.exports = { startPay }
