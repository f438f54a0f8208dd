// TODO: 接入会员体系（敬请期待）
Page({
  data: { status: '' }
})
