Page({
  data: { jobs: [] },
  onLoad() {
    tt.request({ url: 'https://api.xiaolu.example.com/jobs', success: (res) => this.setData({ jobs: res.data }) })
  }
})
