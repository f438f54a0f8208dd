// Dialogs that explain nothing: one button saying hello, and a dialog with
// 取消 whose success runs on either button without reading res.confirm.
Page({
  onLoad() {
    tt.showModal({
      title: '欢迎回来',
      content: '今天也要开心哦',
      showCancel: false,
      success: () => {
        tt.getUserProfile({ desc: '用于展示会员卡', success: (res) => this.setData({ nick: res.userInfo.nickName }) })
      }
    })
  },
  onReady() {
    tt.showModal({
      title: '授权提示',
      content: '需要获取你的位置，用于推荐附近的门店',
      success: () => {
        tt.getLocation({ success: (loc) => this.setData({ loc }) })
      }
    })
  }
})
