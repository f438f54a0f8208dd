const ROOT = 'https://bakery.example.com/api/'

// 门店旧系统的接口还没迁完，传 legacy 时走老服务器
const fetch = (path, data = {}, method = 'GET', legacy) => {
  let url = ROOT + path
  if (legacy) {
    url = `http://old.bakery.example.com/api/${path}`
  }
  const session = wx.getStorageSync('session') || ''
  return new Promise((resolve, reject) => {
    wx.request({
      url: url,
      data,
      method,
      header: { 'X-Session': session },
      success: (res) => resolve(res.data),
      fail: reject
    })
  })
}

export default fetch
