// 相册页：每次显示都先说明用途，用户同意后才读取位置给照片打点
Page({
  data: { spot: '' },
  onShow() {
    tt.showModal({
      title: '位置授权说明',
      content: '我们会读取你的位置，只用于给本次上传的照片标注拍摄城市，可随时在设置中关闭。',
      confirmText: '同意',
      cancelText: '不用了',
      success: (res) => {
        if (res.confirm) {
          tt.getLocation({ success: (loc) => this.setData({ spot: loc.city }) })
        }
      }
    })
  }
})
