/** 接口服务器 */
const apiHost = 'https://notes.example.cn'

/** 旧的图片空间，已经不用了 */
const cdnDomain = 'http://old-cdn.example.cn/'

/** 上传服务器 */
const uploadServer = 'http://upload.example.cn'

module.exports = {
  apiHost,
  cdnDomain,
  uploadServer
}
