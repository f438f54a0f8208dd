// 取当前位置并写回页面
function refreshHere(page) {
  wx.getLocation({
    type: 'gcj02',
    success: (loc) => page.setData({ here: loc }),
    fail: () => page.setData({ here: null })
  })
}

module.exports = { refreshHere }
