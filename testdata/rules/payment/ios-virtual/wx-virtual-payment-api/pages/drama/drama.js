Page({
  onBuy() {
    wx.requestVirtualPayment({
      signData: JSON.stringify({ offerId: '123', buyQuantity: 1, env: 0, currencyType: 'CNY', productId: 'ep_2' }),
      paySig: this.data.paySig,
      signature: this.data.signature,
      mode: 'short_series_goods'
    })
  }
})
