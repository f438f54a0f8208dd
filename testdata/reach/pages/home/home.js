const api = require('../../utils/api.js')

Page({
  onTap() {
    api.list()
  }
})
