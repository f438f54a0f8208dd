// 腾讯云开发 / WeChat cloud
const SOURCE = 'wechat'
Page({
  data: { wxid: '', from: SOURCE, lat: 0, lng: 0 },
  onPhone() {}
})
