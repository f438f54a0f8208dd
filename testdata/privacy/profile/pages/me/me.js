Page({
  data: { avatar: '', nickname: '' },
  onAvatar(e) {
    this.setData({ avatar: e.detail.avatarUrl })
  }
})
