const { call } = require('../../utils/api')

// The nickname typed on the sub-page is saved here, with the profile, and
// shown to other members: one finding, at the save. Reading a nickname
// from a response (res.data.nick) publishes nothing.
Page({
  data: { nick: '' },
  editNick() {
    wx.navigateTo({ url: '/pages/nickname/nickname?current=' + this.data.nick })
  },
  onRefresh() {
    call('/me/refresh', {}, 'POST').then((res) => {
      wx.showToast({ title: res.data.nick })
    })
  },
  onSave() {
    call('/me', { nick: this.data.nick }, 'PUT')
  }
})
