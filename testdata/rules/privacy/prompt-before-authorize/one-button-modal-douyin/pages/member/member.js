// The 我的 tab asks once for the profile, after a dialog with only 确定
// that says what it takes and for what: the user reads it and taps before
// tt.getUserProfile opens.
Page({
  data: { member: {}, asked: false },
  onShow() {
    this.refreshMember()
  },
  refreshMember() {
    tt.request({
      url: 'https://api.example-shop.cn/member/info',
      success: (res) => {
        this.setData({ member: res.data })
        if (!res.data.avatar && !this.data.asked) {
          this.askProfile()
        }
      }
    })
  },
  askProfile() {
    this.setData({ asked: true })
    tt.showModal({
      title: '完善资料',
      content: '我们将获取你的抖音头像和昵称，用于展示在会员卡上',
      showCancel: false,
      success: () => {
        tt.getUserProfile({
          desc: '用于展示在会员卡上',
          success: (res) => this.setData({ 'member.avatar': res.userInfo.avatarUrl, 'member.nick': res.userInfo.nickName })
        })
      }
    })
  }
})
