Page({
  data: {
    history: ['测试', '玫瑰'],
    env: 'test'
  }
})
