Page({
  book() {
    tt.navigateTo({ url: '/pages/booking/booking' })
  }
})
