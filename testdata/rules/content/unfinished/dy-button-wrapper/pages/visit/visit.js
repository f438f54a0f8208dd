Page({
  data: { doctor: {} },
  book() {
    tt.navigateTo({ url: '/pages/report/report?id=' + this.data.doctor.id })
  }
})
