Page({
  data: {
    services: [
      { tag: 'bank', name: '工资卡' },
      { name: '在线培训' }
    ]
  },
  handleMenu: function (e) {
    const { tag } = e.currentTarget.dataset;
    switch (tag) {
      case 'contract':
        tt.navigateTo({ url: '/pages/home/home?tab=contract' });
        break;
      case 'dorm':
        tt.navigateTo({ url: '/pages/home/home?tab=dorm' });
        break;
      default:
        tt.showToast({ title: '此功能暂未开放', icon: 'none' });
    }
  },
  openService: function (e) {
    switch (e.currentTarget.dataset.tag) {
      case 'bank':
        tt.navigateTo({ url: '/pages/home/home?tab=bank' });
        break;
      default:
        tt.showToast({ title: '敬请期待', icon: 'none' });
    }
  }
});
