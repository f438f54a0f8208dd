import { uploadPhoto, siteLink } from '../../api/http.js'
import config from '../../api/config.js'

Page({
  data: { cdn: config.imageHosts.cdn, photo: '' },
  choosePhoto() {
    tt.chooseImage({
      count: 1,
      success: (res) => {
        uploadPhoto(res.tempFilePaths[0]).then(() => this.setData({ photo: res.tempFilePaths[0] }))
      }
    })
  },
  copySite() {
    tt.setClipboardData({ data: siteLink('about') })
  }
})
