import { pay } from '../../utils/pay'

Page({
  data: { price: 30 },
  onBuy() {
    // the order names where it was placed: not a platform check
    const source = { platform: 'weapp', channel: 'course' }
    pay('vip', this.data.price, source)
  }
})
