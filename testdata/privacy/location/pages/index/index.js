Page({
  data: { distance: '' },
  onLocate() {
    wx.showModal({
      title: '使用位置',
      content: '需要获取你的位置信息，用于计算你到门店的距离。',
      success: (res) => {
        if (res.confirm) {
          wx.getLocation({
            type: 'gcj02',
            success: (loc) => this.setData({ distance: loc.latitude }),
            fail: () => wx.showToast({ title: '定位失败', icon: 'none' })
          })
        }
      }
    })
  }
})
