Page({
  data: { round: 1 }
})
