import { cityByIp } from '../../utils/location'
Page({
  onLoad() {
    cityByIp().then((city) => this.setData({ city }))
  }
})
