Page({
  data: { pets: [] }
})
