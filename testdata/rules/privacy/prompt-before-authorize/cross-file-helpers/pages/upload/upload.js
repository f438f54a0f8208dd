import { whereAmI } from '@lib/where'

Page({
  onLoad() {
    getApp().pickPhoto().then((file) => this.setData({ file }))
  },
  onReady() {
    whereAmI()
  }
})
