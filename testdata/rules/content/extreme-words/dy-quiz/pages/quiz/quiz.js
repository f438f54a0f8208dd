Page({
  data: { step: 1, picks: {} },
  onPick(e) {
    const { q, choice } = e.currentTarget.dataset
    this.setData({ ['picks.' + q]: choice, step: this.data.step + 1 })
  }
})
