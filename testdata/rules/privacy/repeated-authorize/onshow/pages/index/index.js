Page({
  data: { city: '' },
  onShow() {
    this.setData({ city: '定位中…' }); wx.getLocation({ type: 'gcj02', success: (loc) => this.refresh(loc), fail: () => {} })
  },
  refresh() {}
})
