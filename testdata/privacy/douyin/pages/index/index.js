Page({
  onLocate() {
    tt.getLocation({
      success: (res) => this.setData({ lat: res.latitude }),
      fail: () => tt.chooseLocation({})
    })
  },
  onPhone(e) {
    tt.request({ url: 'https://api.example.com/login', method: 'POST', data: e.detail })
  }
})
