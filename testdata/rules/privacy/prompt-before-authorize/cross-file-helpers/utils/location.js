// where the user is, for the pick-up points nearby
function currentSpot() {
  return new Promise((resolve, reject) => {
    wx.getLocation({ type: 'gcj02', success: resolve, fail: reject })
  })
}

function askThenLocate() {
  return new Promise((resolve) => {
    wx.showModal({
      title: '需要你的位置',
      content: '用于展示离你最近的自提点',
      success: (res) => {
        if (res.confirm) {
          currentSpot().then(resolve)
        }
      }
    })
  })
}

module.exports = { currentSpot, askThenLocate }
