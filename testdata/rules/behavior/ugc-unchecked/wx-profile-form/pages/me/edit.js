import { getProfile, updateProfile } from '../../api/user'

// Nickname, motto and intro show on the runner's public card: one flow,
// one finding at the call that saves them, naming the three fields.
Page({
  data: { user: {} },
  onLoad() {
    getProfile().then((user) => this.setData({ user }))
  },
  onSave(e) {
    updateProfile(e.detail.value).then(() => wx.navigateBack())
  }
})
