const app = getApp()

Component({
  data: { plan: { id: 'vip-30', price: 30 }, closed: false },
  pageLifetimes: {
    show() {
      // closed on iPhones while the build is in review
      this.setData({ closed: app.globalData.reviewing && app.globalData.apple })
    }
  },
  methods: {
    openSheet() {
      this.selectComponent('#sheet').open()
    }
  }
})
