const config = require('../../utils/config')
import { APP_SECRET } from '../../utils/const'
Page({
  onLogin() {
    wx.login({
      success: ({ code }) => {
        wx.request({
          url: 'https://api.weixin.qq.com/sns/jscode2session?appid=wx8a3f2c1d9e7b6054&secret=3f9a0c1b2d4e5f60718293a4b5c6d7e8&js_code=' + code + '&grant_type=authorization_code'
        })
      }
    })
  }
})
