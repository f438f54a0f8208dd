Page({
  onChooseAvatar(e) {
    this.setData({ avatar: e.detail.avatarUrl })
  }
})
