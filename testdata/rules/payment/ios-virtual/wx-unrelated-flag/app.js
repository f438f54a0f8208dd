App({
  globalData: { onSale: false, auditing: false },
  onLaunch() {
    wx.request({
      url: 'https://api.manhua.example.com/app/switches',
      success: (res) => {
        const onSale = !!res.data.sale
        this.globalData.onSale = onSale
      }
    })
  }
})
