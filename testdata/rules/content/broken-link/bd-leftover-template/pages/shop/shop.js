Page({
  data: { shops: [] },
  openReview() {
    swan.navigateTo({ url: '../review/review' })
  }
})
