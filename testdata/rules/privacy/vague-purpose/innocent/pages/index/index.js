Page({
  onLoad() {
    wx.showModal({ title: '版本更新', content: '为了更好的体验，请升级到最新版本', showCancel: false })
    wx.showToast({ title: '提升体验中', icon: 'none' })
  },
  onLocateTap() {
    wx.showModal({
      title: '获取位置',
      content: '需要获取你的位置，用于查找离你最近的自提门店',
      success: (res) => { if (res.confirm) wx.getLocation({ success: () => {}, fail: () => {} }) }
    })
  }
})
