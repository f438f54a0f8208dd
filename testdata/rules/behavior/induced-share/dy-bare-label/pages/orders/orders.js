Page({
  data: { orders: [] }
})
