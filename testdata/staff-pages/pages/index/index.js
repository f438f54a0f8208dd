Page({
  data: { dishes: [] },
  onLoad() {
    wx.request({
      url: 'https://canteen.example.com/api/dishes/today',
      success: (res) => this.setData({ dishes: res.data.list })
    })
  }
})
