import { locate } from '../../utils/spot'

Page({
  onShow() {
    this.reload()
  },
  reload() {
    locate((spot) => this.setData({ spot }))
  }
})
