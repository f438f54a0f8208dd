Page({
  onLoad() {
    qq.getUserInfo({ success: (r) => this.setData({ user: r.userInfo }) })
  },
  onProfile(e) { this.setData({ user: e.detail.userInfo }) }
})
