const api = wx
const { chooseAddress } = wx

Page({
  data: { address: null, location: null },
  onLoad(options) {
    api.getLocation({ type: 'gcj02', success: (loc) => this.setData({ location: loc }) })
    chooseAddress({ success: (addr) => this.setData({ address: addr }) })
  }
})
