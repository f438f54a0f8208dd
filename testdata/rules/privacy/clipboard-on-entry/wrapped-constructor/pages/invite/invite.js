const base = require('../../utils/base')

// The same constructor, but the invite code is copied as soon as the page loads.
base.Page({
  onLoad(query) {
    wx.setClipboardData({ data: '邀请码 ' + query.code })
  }
})
