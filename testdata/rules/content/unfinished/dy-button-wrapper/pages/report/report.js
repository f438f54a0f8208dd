Page({
  data: { items: [] },
  onLoad(query) {
    tt.request({
      url: 'https://clinic.example.com/api/report?id=' + query.id,
      success: (res) => this.setData({ items: res.data.items })
    })
  }
})
