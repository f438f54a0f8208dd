import { loadProfile } from '../../utils/profile'

Page({
  data: { me: null },
  onLoad() {
    loadProfile().then((me) => this.setData({ me }))
  }
})
