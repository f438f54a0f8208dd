function get(url) {
  return new Promise((resolve) => wx.request({ url, success: (r) => resolve(r.data) }))
}

module.exports = { get }
