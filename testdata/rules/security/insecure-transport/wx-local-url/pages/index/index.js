import fetch from '../../utils/fetch'

Page({
  data: { breads: [] },
  onLoad() {
    fetch('breads/today').then((d) => this.setData({ breads: d.list }))
  }
})
