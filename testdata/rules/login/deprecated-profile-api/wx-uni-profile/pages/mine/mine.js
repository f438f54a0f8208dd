Page({
  onProfile() {
    uni.getUserProfile({ desc: '展示头像昵称', success: (res) => console.log(res.userInfo) })
  }
})
