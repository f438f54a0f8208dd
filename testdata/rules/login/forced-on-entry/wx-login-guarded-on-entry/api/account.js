const HOST = 'https://api.lvye.example.com'

// exchanges a wx.login code for a session; no token for a new visitor
function exchangeCode(code) {
  return new Promise((resolve) => {
    wx.request({
      url: HOST + '/session/code',
      method: 'POST',
      data: { code },
      success: (res) => resolve(res.data || {}),
      fail: () => resolve({})
    })
  })
}

module.exports = { exchangeCode }
