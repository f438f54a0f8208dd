// 联调时用同事电脑上的服务
const server = 'http://192.168.3.27:8090'

function get(path, data) {
  return new Promise((resolve, reject) => {
    tt.request({
      url: server + path,
      data,
      success: res => resolve(res.data),
      fail: reject
    })
  })
}

module.exports = { get }
