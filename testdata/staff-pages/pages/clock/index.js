Page({
  data: { done: false },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.clockIn(res.latitude, res.longitude),
      fail: () => wx.showToast({ title: '请允许定位后再打卡', icon: 'none' })
    })
  },
  clockIn(lat, lng) {
    wx.request({
      url: 'https://canteen.example.com/api/staff/clock',
      method: 'POST',
      data: { lat, lng },
      success: () => this.setData({ done: true })
    })
  }
})
