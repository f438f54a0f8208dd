module.exports = {
  appSecret: 'your-app-secret-here',
  fileMd5: '0123456789abcdef0123456789abcdef',
  token: 'abcdefabcdefabcdefabcdefabcdefab'
}
