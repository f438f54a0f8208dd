const { listSlides, listNotices } = require('../../api/trips')

Page({
  data: { slides: [], notices: [] },
  onLoad() {
    this.loadSlides()
    this.loadNotices()
  },
  async loadSlides() {
    const slides = await listSlides()
    this.setData({ slides })
  },
  loadNotices() {
    listNotices().then((notices) => this.setData({ notices }))
  }
})
