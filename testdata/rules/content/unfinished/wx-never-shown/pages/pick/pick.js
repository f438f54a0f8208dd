Page({
  data: { pick: false },
  toggle(e) {
    const name = e.currentTarget.dataset.name
    this.setData({ [name]: true })
  }
})
