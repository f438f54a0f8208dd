Component({
  properties: { city: String },
  data: { list: [] },
  lifetimes: {
    attached() {
      wx.authorize({ scope: 'scope.userLocation', success: () => this.locate() })
    }
  },
  ready() {
    wx.chooseImage({ count: 1, success: (res) => this.setData({ photo: res.tempFilePaths[0] }) })
  },
  methods: {
    locate() {
      wx.getLocation({ type: 'gcj02', success: (loc) => this.triggerEvent('located', loc), fail: () => {} })
    }
  }
})
