function menuFor(user) {
  const sections = [{
    title: '服务',
    items: [{ text: '附近食堂', url: '/pages/nearby/index' }]
  }]
  if (user.role === 'staff' || user.role === 'cook') {
    sections.push({
      title: '员工',
      items: [{ text: '上班打卡', url: '/pages/clock/index' }]
    })
  }
  switch (user.role) {
    case 'cook':
      sections.push({ title: '后厨', items: [{ text: '出餐看板', url: '/pages/kitchen/index' }] })
      break
    default:
      break
  }
  return sections
}

Page({
  data: { sections: [] },
  onShow() {
    const user = wx.getStorageSync('user') || {}
    this.setData({ sections: menuFor(user) })
  },
  open(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.url })
  }
})
