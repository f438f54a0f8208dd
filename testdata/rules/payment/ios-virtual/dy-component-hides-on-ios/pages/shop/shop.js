Page({
  data: { total: 59, orderId: '' }
})
