const { memberGet } = require('../../utils/members')

Page({
  data: { news: [] },
  onLoad() {
    memberGet('/v1/public/news').then((news) => this.setData({ news }))
  }
})
