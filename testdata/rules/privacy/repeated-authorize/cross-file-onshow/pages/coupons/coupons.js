import { locate } from '../../utils/spot'

Page({
  onShow() {
    this.setData({ shown: true })
  },
  onNearbyTap() {
    locate((spot) => this.setData({ spot }))
  }
})
