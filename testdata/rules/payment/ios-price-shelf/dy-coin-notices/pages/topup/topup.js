Page({
  data: { packs: [], picked: 0, wallet: 0 },
  onLoad() {
    tt.request({
      url: 'https://api.mandu.example.com/diamond/packs',
      success: (res) => { this.setData({ packs: res.data.list, wallet: res.data.wallet }) }
    })
  },
  onPick(e) {
    this.setData({ picked: e.currentTarget.dataset.idx })
  }
})
