Page({
  onLoad() {
    tt.request({ url: 'https://restapi.amap.com/v3/ip', data: { key: 'b1c2d3' }, success: (r) => this.setData({ city: r.data.city }) })
  }
})
