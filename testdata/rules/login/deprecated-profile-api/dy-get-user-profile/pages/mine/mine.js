Page({
  onProfile() {
    tt.getUserProfile({ success: (res) => console.log(res.userInfo) })
  }
})
