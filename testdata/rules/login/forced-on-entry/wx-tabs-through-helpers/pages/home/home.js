const session = require('../../utils/session')

Page({
  onLoad() {
    session.api('/banners').then((list) => this.setData({ list }))
  },
  onBuyTap() {
    if (session.mustLogin()) this.setData({ buying: true })
  }
})
