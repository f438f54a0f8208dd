import { locateOnce } from './common/locate'

App({
  globalData: { here: null },
  onShow() {
    locateOnce(this)
  }
})
