import { uploadIdentityCardPhoto } from '../../utils/files'

Page({
  onPickCard() {
    wx.chooseImage({ count: 1, success: (res) => uploadIdentityCardPhoto(res.tempFilePaths[0]) })
  }
})
