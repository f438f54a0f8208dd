Page({
  onLoad() {
    my.confirm({
      title: '授权提示',
      content: '需要获取你的位置信息，用于为你显示附近的门店和距离。',
      success: (res) => {
        if (res.confirm) {
          my.getLocation({ type: 1, success: (res) => this.setData({ city: res.city }), fail: () => {} })
        }
      }
    })
  }
})
