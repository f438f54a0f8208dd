const apis = ['setClipboardData']
Page({
  data: { btnType: 'getPhoneNumber' },
  run(i) {
    return wx[apis[i]]({ data: 'INVITE' })
  }
})
