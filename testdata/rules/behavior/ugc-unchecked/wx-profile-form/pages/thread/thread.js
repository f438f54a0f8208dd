Page({
  data: { thread: {} }
})
