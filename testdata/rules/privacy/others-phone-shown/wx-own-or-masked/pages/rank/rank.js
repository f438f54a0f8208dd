Page({
  data: { rank: [] },
  onLoad() {
    wx.request({
      url: 'https://api.example.com/rank',
      success: (res) => {
        const rank = res.data.map((r) => ({ ...r, mobile: r.mobile.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2') }))
        this.setData({ rank })
      }
    })
  }
})
