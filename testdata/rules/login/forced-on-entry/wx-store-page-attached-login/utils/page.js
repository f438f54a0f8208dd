// pages of the shop are Components; createPage adds the share menu
export function createPage(options) {
  options.methods = Object.assign({
    onShareAppMessage() {
      return { title: '花语小铺' }
    }
  }, options.methods)
  return Component(options)
}
