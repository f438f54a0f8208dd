const { listSlides, listDeals } = require('../../api/trips')

Page({
  data: { slides: [], deals: [] },
  onLoad() {
    listSlides().then((slides) => this.setData({ slides }))
    listDeals().then((deals) => this.setData({ deals }))
  }
})
