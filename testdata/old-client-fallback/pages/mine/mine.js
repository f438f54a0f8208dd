Page({
  data: {
    canUseProfile: false,
    nickName: ''
  },

  onLoad() {
    if (tt.getUserProfile) {
      this.setData({ canUseProfile: true })
    }
  },

  onTapAvatar() {
    if (this.data.canUseProfile) {
      tt.getUserProfile({
        success: (res) => {
          this.setData({ nickName: res.userInfo.nickName })
        }
      })
    } else {
      tt.showToast({ title: '请先升级微信版本', icon: 'none' })
    }
  },

  onTapHelp() {
    tt.showModal({
      title: '帮助',
      content: '头像无法显示时，请检查微信版本是否为最新',
      showCancel: false
    })
  }
})
