// pages/renew/index.js
Page({
  data: {},
  onLoad(options) {}
})
