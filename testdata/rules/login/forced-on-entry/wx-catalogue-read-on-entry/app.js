const http = require('./utils/http')

App({
  globalData: { token: '', tabs: [] },
  onShow() {
    this.loadTabs()
  },
  // the shop's own tab bar (icons and titles) comes from the back office
  loadTabs() {
    http.get('/shop/navIcons/getTabbarIcons', {}, (body) => {
      this.globalData.tabs = body.data || []
    })
  }
})
