App({
  globalData: { apple: false, reviewing: true, member: null },
  onLaunch() {
    const sys = tt.getSystemInfoSync()
    // the flag is named after the phone, not the platform
    this.globalData.apple = sys.platform === 'ios'
    tt.request({
      url: 'https://api.tiku.example.com/app/review-state',
      success: (res) => { this.globalData.reviewing = !!res.data.reviewing }
    })
  }
})
