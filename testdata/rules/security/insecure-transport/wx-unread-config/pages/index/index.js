import { current } from '../../utils/env'
import { openPush } from '../../utils/push'

Page({
  onLoad() {
    wx.request({ url: current.apiBase + '/goods', success: (res) => this.setData({ goods: res.data }) })
    openPush()
  }
})
