Page({
  data: { total: "12.00" }
})
