const HOST = 'https://api.example.com'

// Identity documents for real-name verification go to the operator only.
export function uploadIdentityCardPhoto(filePath) {
  return new Promise((resolve, reject) => {
    wx.uploadFile({ url: HOST + '/verify/photo', filePath, name: 'photo', success: resolve, fail: reject })
  })
}
