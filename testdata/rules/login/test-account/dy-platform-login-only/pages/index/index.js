Page({
  data: { jobs: [], applyShown: false, jobId: 0 },
  onLoad() {
    tt.request({
      url: 'https://api.kuaipin.example.com/jobs',
      success: (res) => this.setData({ jobs: res.data.list })
    })
  },
  openApply(e) {
    this.setData({ applyShown: true, jobId: e.currentTarget.dataset.id })
  },
  closeApply() {
    this.setData({ applyShown: false })
  }
})
