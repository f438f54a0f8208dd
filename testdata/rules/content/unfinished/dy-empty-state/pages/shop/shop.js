Page({
  data: { goods: [], coupons: [] },
  onLoad() {
    tt.request({
      url: 'https://api.jiejiao.example/goods',
      success: (res) => this.setData({ goods: res.data.goods, coupons: res.data.coupons })
    })
  }
})
