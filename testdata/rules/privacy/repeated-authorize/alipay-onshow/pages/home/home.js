import { silentId } from '../../utils/member'

Page({
  onShow() {
    silentId((code) => this.setData({ code }))
  }
})
