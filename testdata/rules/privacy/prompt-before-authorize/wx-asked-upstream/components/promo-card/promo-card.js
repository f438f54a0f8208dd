Component({
  properties: { title: String },
  methods: {
    onTap() {
      wx.navigateTo({ url: '/pages/flash/flash' })
    }
  }
})
