Page({
  data: { books: [] },
  onLoad(options) {
    // a reminder card from yesterday opens today's check-in directly
    if (options.from === 'reminder') {
      wx.navigateTo({ url: '../signin/signin' })
    }
  }
})
