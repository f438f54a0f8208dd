Page({
  onRecharge() {
    const amount = 60
    wx.showLoading({ title: '充值 60 金币' })
    getOrder(amount).then((res) => wx.requestPayment(res.payParams))
  },
  onBuyCoins(res) {
    if (res.ok) wx.requestPayment(res.payParams)
  },
  onBuyDiamonds(res) {
    if (res.ok)
      wx.requestPayment(res.payParams) // 💎 钻石
  }
})

function getOrder(amount) {
  return new Promise((resolve) => wx.request({ url: 'https://api.xianguo.example.com/coin/order', data: { amount }, success: (r) => resolve(r.data) }))
}
