import { loadProfile } from '../../utils/profile'

Page({
  data: { me: null },
  onLoad() {
    tt.showModal({
      title: '发布需要你的抖音昵称',
      content: '发布的动态会显示你的抖音昵称和头像，是否授权？',
      success: (res) => {
        if (res.confirm) {
          loadProfile().then((me) => this.setData({ me }))
        }
      }
    })
  }
})
