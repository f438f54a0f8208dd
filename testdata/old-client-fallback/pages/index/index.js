Page({
  data: {
    menu: [
      { id: 1, name: '茉莉青茶', price: 12 },
      { id: 2, name: '桂花乌龙', price: 15 }
    ]
  },

  onLoad() {
    if (typeof tt.getPrivacySetting !== 'function') {
      tt.showToast({ title: '请升级微信版本后点单', icon: 'none' })
      return
    }
    tt.getPrivacySetting({
      success: (res) => {
        this.setData({ needPrivacy: res.needAuthorization })
      }
    })
  },

  onOrder(e) {
    const id = e.currentTarget.dataset.id
    tt.reLaunch({ url: '/pages/mine/mine?order=' + id })
  }
})
