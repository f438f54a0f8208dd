Component({
  properties: { city: String },
  data: { list: [] },
  lifetimes: {
    attached() {
      wx.authorize({ scope: 'scope.userLocation', success: () => this.locate() })
    }
  },
  ready() {
    wx.getUserProfile({ desc: '用于完善会员资料', success: (res) => this.setData({ user: res.userInfo }) })
  },
  methods: {
    locate() {
      wx.getLocation({ type: 'gcj02', success: (loc) => this.triggerEvent('located', loc), fail: () => {} })
    }
  }
})
