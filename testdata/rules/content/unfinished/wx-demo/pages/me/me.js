Page({
  data: {
    history: ['测试', '玫瑰'],
    env: 'test',
    vipTip: '会员功能开发中，敬请期待',
    note: 'TODO 接入会员'
  }
})
