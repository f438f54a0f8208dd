Page({
  data: { loading: true }
})
