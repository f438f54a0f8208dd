Page({
  data: {},
  onRow(e) {
    const { tag } = e.currentTarget.dataset
    switch (tag) {
      case 'orders':
        wx.navigateTo({ url: '/pages/service/service?tab=orders' })
        break
      case 'address':
        wx.chooseAddress({})
        break
      case 'service':
        wx.makePhoneCall({ phoneNumber: '4001234567' })
        break
      case 'vip':
        wx.navigateTo({ url: '/pages/wallet/wallet' })
        break
      default:
        wx.showToast({ title: '该功能暂未开放', icon: 'none' })
    }
  }
})
