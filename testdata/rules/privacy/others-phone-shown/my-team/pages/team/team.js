Page({
  data: { list: [] },
  onLoad() {
    my.request({ url: 'https://api.example.com/team', success: (res) => this.setData({ list: res.data }) })
  }
})
