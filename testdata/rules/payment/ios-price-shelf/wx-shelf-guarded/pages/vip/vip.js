Page({
  data: { isIOS: false, isIos: false, platform: '' }
})
