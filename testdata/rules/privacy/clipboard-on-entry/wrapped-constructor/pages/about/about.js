const base = require('../../utils/base')

// Built through the project's base.Page: the copy is bound to a button.
base.Page({
  onCopyContactTap() {
    wx.setClipboardData({ data: this.data.contact })
  }
})
