Page({
  data: { dishes: [] },

  onLoad() {
    wx.request({
      url: 'https://canteen.campus.example.com/api/today',
      success: (res) => this.setData({ dishes: res.data || [] })
    })
  }
})
