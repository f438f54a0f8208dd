Page({
  onPhone(e) {
    console.log('授权结果', e.detail.code)
  }
})
