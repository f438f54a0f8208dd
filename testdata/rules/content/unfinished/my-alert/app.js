App({
  onLaunch() {
    my.request({
      url: 'https://api.example.com/shop',
      success: (res) => {
        if (!res.data.shop) {
          my.alert({ title: '提示', content: '店铺正在装修中，敬请期待' })
        }
      }
    })
  }
})
