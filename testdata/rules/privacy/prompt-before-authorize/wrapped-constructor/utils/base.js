// The project's own page constructor: mixes shared helpers into every page.
const shared = {
  toast(msg) { wx.showToast({ title: msg, icon: 'none' }) }
}
export function basePage(options) {
  return Page(Object.assign({}, shared, options))
}
