Page({
  data: { balance: 0 },
  onBuy(e) {
    const sku = e.currentTarget.dataset.sku
    tt.request({
      url: 'https://api.tingshu.example.com/order',
      method: 'POST',
      data: { sku },
      success: (res) => { tt.showToast({ title: '下单成功' }) }
    })
  }
})
