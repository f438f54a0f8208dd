import config from './config.js'

export function get(path, data = {}) {
  return new Promise((resolve, reject) => {
    tt.request({
      url: `${config['ROOT']}/cdn/sign`,
      data,
      success: (res) => resolve(res.data),
      fail: reject
    })
  })
}

export function uploadPhoto(filePath) {
  return new Promise((resolve, reject) => {
    let url = config['UPLOAD'] + '/photo/upload'
    tt.uploadFile({
      url: url,
      filePath,
      name: 'file',
      header: { token: tt.getStorageSync('token') },
      success: resolve,
      fail: reject
    })
  })
}

export function siteLink(page) {
  const link = config['SITE'] + '/' + page
  return link
}
