// every page of the shop is a Component with the share menu switched on
export function createComponent(options) {
  options.methods = Object.assign({
    onShareAppMessage() {
      return { title: '花语小铺' }
    }
  }, options.methods)
  return Component(options)
}
