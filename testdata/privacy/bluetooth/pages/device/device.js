Page({
  connect() {
    wx.showModal({
      title: '连接手环',
      content: '需要使用蓝牙，用于连接你的智能手环同步步数。',
      success: (res) => {
        if (res.confirm) {
          wx.openBluetoothAdapter({
            success: () => wx.startBluetoothDevicesDiscovery({}),
            fail: () => wx.showToast({ title: '请打开蓝牙', icon: 'none' })
          })
        }
      }
    })
  }
})
