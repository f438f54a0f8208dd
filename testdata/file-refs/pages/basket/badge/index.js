Component({
  properties: { count: { type: Number, value: 0 } },
  methods: {
    openList() {
      wx.navigateTo({ url: '/pages/basket/list/index' })
    }
  }
})
