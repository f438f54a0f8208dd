// A search box sends what users type, and an order sends a note to the
// shop before the payment: neither is published to other users.
Page({
  data: { keyword: '', note: '' },
  onKeyword(e) { this.setData({ keyword: e.detail.value }) },
  onNote(e) { this.setData({ note: e.detail.value }) },
  onSearch() {
    wx.request({ url: 'https://api.example.com/search', data: { q: this.data.keyword } })
  },
  submitOrder() {
    wx.request({
      url: 'https://api.example.com/orders',
      method: 'POST',
      data: { note: this.data.note },
      success: (res) => wx.requestPayment(res.data.payment)
    })
  }
})
