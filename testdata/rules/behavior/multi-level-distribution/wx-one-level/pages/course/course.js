Page({
  pick(e) { this.setData({ level: e.currentTarget.dataset.level }) }
})
