Page({
  data: { menu: false, help: false, notes: false },
  showMenu() {
    const menu = !this.data.menu
    this.setData({ menu })
  },
  showHelp() {
    this.data.help = true
    this.setData({})
  }
})
