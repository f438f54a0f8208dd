Page({
  data: {
    entries: [
      { key: 'parcel', name: '快递代取' },
      { key: 'clean', name: '上门保洁' }
    ]
  },
  openEntry(e) {
    switch (e.currentTarget.dataset.key) {
      case 'parcel':
        wx.navigateTo({ url: '/pages/tools/tools?type=parcel' })
        break
      case 'clean':
        wx.navigateTo({ url: '/pages/tools/tools?type=clean' })
        break
      default:
        wx.showToast({ title: '功能暂未开放', icon: 'none' })
    }
  },
  tapCell(e) {
    const type = e.currentTarget.dataset.cellType
    if (type === 'repair') {
      wx.navigateTo({ url: '/pages/tools/tools?type=repair' })
    } else if (type === 'notice') {
      wx.navigateTo({ url: '/pages/tools/tools?type=notice' })
    } else {
      wx.showToast({ title: '敬请期待', icon: 'none' })
    }
  }
})
