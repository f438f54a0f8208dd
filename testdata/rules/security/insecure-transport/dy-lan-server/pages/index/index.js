const http = require('../../utils/http')

Page({
  data: { spots: [] },
  onLoad() {
    http.get('/spots').then(spots => this.setData({ spots }))
  },
  openReview(e) {
    tt.navigateTo({ url: '/pages/review/review?id=' + e.currentTarget.dataset.id })
  }
})
