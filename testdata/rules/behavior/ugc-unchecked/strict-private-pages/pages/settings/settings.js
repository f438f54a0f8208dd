// A profile page whose menu also links to cash-out: one link is not what
// the page is for, and the avatar it uploads is shown to others.
Page({
  onPickAvatar() {
    wx.chooseImage({
      count: 1,
      success: (res) => {
        wx.uploadFile({ url: 'https://api.example.com/profile/avatar', filePath: res.tempFilePaths[0], name: 'file' })
      }
    })
  },
  toCash() {
    wx.navigateTo({ url: '/pages/withdraw/withdraw' })
  }
})
