const app = getApp()

function post(path, data) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: app.globalData.base + path,
      method: 'POST',
      data,
      header: { token: wx.getStorageSync('token') },
      success: (res) => resolve(res.data),
      fail: reject
    })
  })
}

module.exports = { post }
