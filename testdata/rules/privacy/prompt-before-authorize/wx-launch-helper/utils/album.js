// 保存海报之前先申请相册权限
function askAlbum() {
  return new Promise((resolve) => {
    wx.authorize({
      scope: 'scope.writePhotosAlbum',
      success: () => resolve(true),
      fail: () => resolve(false)
    })
  })
}

module.exports = { askAlbum }
