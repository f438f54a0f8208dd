// 旧版“修改头像”页，路由已从 app.json 移除，文件还留在目录里
Page({
  data: { avatar: '' },
  pickAvatar() {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      success: (res) => this.setData({ avatar: res.tempFiles[0].tempFilePath })
    })
  }
})
