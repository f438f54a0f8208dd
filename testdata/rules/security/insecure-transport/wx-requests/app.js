App({
  globalData: { imgHost: 'http://img.xianguo.example.com', token: '' },
  onLaunch() {
    console.log('🍉 鲜果派 启动')
  }
})
