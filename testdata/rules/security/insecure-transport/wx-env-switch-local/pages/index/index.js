import { get } from '../../utils/http'

Page({
  data: { bills: [] },
  async onLoad() {
    const bills = await get('/bills')
    this.setData({ bills })
  }
})
