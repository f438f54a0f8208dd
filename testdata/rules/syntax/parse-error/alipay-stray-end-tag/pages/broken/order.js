Page({
  data: { total: "12.00", paid: true }
})
