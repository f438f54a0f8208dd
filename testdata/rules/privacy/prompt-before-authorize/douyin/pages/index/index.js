// 抖音小程序：附近好店
Page({
  data: { shops: [] },
  onLoad() {
    tt.getLocation({ type: 'gcj02', success: (res) => this.fetchShops(res), fail: () => this.setData({ shops: [] }) })
    tt.chooseImage({ count: 1 }).then((res) => this.setData({ cover: res.tempFilePaths[0] }))
  },
  onPickCity() {
    tt.chooseLocation({ success: (res) => this.fetchShops(res) })
  },
  onAskLocation() {
    tt.showModal({
      title: '获取位置',
      content: '需要获取你的位置，用于推荐附近的好店',
      success: (res) => {
        if (res.confirm) tt.getLocation({ success: (loc) => this.fetchShops(loc), fail: () => {} })
      }
    })
  },
  fetchShops() {}
})
