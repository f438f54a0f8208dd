module.exports = {
  // 接口根地址
  ROOT: 'https://api.shancha.example.com',
  // 图片上传服务器
  // UPLOAD: 'https://upload.shancha.example.com',
  UPLOAD: 'http://test-upload.shancha.example.com',
  // 官网，只在“关于我们”里复制给用户
  SITE: 'http://www.shancha.example.com',
  // 图片空间，只在模板里当 <image> 的 src
  imageHosts: { cdn: 'http://cdn.shancha.example.com/' },
  TIMEOUT: 10000
}
