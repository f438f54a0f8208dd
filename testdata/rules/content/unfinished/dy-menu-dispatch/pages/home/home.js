Page({
  data: {
    canCheckIn: true,
    showPick: false,
    shortcuts: [
      { code: 'jobs', label: '找工作' },
      { code: 'salary', label: '查工资' }
    ]
  },
  handleAction: function (e) {
    const { type } = e.currentTarget.dataset;
    switch (type) {
      case 'checkIn':
        this.setData({ showPick: true });
        break;
      case 'leave':
        tt.navigateTo({ url: '/pages/profile/profile?from=leave' });
        break;
      case 'day':
      case 'night':
        this.setData({ showPick: false });
        tt.showToast({ title: '已选择' + (type === 'day' ? '白班' : '夜班') });
        break;
      default:
        tt.showToast({ title: '此功能暂未开放', icon: 'none' });
        break;
    }
  },
  goShortcut: function (e) {
    const code = e.currentTarget.dataset.code;
    if (code === 'jobs' || code === 'salary') {
      tt.navigateTo({ url: '/pages/profile/profile?tab=' + code });
    } else {
      tt.showToast({ title: '功能开发中', icon: 'none' });
    }
  }
});
