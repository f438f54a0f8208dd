Page({
  onLoad() {
    tt.showModal({
      title: '授权提示',
      content: '需要获取你的收货地址，用于填写配送信息。',
      success: (res) => {
        if (res.confirm) {
          tt.chooseAddress({
            success: (addr) => this.setData({ addr }),
          })
        }
      }
    })
  }
})
