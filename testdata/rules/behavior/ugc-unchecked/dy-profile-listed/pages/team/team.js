Page({
  data: { members: [] }
})
