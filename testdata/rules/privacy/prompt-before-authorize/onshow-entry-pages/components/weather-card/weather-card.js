// 天气卡片：所在页面每次显示时按当前位置刷新天气
Component({
  data: { temp: '' },
  pageLifetimes: {
    show() {
      wx.getLocation({
        type: 'wgs84',
        success: (res) => this.fetchWeather(res),
        fail: () => this.setData({ temp: '--' })
      })
    }
  },
  methods: {
    fetchWeather() {}
  }
})
