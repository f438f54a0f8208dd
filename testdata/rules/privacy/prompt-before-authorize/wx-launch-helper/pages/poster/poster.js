const album = require('../../utils/album.js')

Page({
  data: { allowed: false },
  onLoad() {
    // 相册权限与启动时的定位不是同一个授权：照样弹出系统授权框
    album.askAlbum().then((allowed) => this.setData({ allowed }))
  }
})
