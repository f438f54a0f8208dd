Page({
  onLoad() {
    tt.request({ url: 'http://api.xianguo.example.com/goods?page=' + 1 })
  }
})
