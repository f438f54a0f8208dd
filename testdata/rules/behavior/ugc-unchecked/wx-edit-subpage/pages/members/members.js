const { call } = require('../../utils/api')

Page({
  data: { members: [] },
  onLoad() {
    call('/members', {}, 'GET').then((res) => this.setData({ members: res.data }))
  }
})
