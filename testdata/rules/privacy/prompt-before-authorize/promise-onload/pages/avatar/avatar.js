// 上传头像页：一进来就打开相册（不该这样）
Page({
  data: { avatar: '' },
  onLoad() {
    wx.chooseMedia({ count: 1, mediaType: ['image'] })
      .then((res) => this.setData({ avatar: res.tempFiles[0].tempFilePath }))
      .catch(() => wx.showToast({ title: '已取消', icon: 'none' }))
  }
})
