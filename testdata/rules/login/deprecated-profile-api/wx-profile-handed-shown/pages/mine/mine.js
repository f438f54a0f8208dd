const session = require('../../utils/session.js')

Page({
  data: { me: null },
  onShow() {
    session.withSealed((sealed) => {
      this.setData({ me: sealed })
    })
  }
})
