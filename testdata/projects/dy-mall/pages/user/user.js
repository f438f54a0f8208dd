Page({
  onOrders() {
    tt.showToast({ title: '订单页面加载中', icon: 'none' })
  },

  // 用户主动点击后选择收货地址
  onAddress() {
    tt.chooseAddress({
      success: (addr) => {
        tt.showToast({ title: '已选择：' + addr.userName, icon: 'none' })
      },
      fail: () => {
        tt.showToast({ title: '未选择地址', icon: 'none' })
      }
    })
  },

  onService() {
    tt.makePhoneCall({ phoneNumber: '4000000000' })
  }
})
