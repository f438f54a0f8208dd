// The location dialog is the authorize's (reported: the stores page
// reaches it on load). The getLocation in its success runs once granted
// and asks nothing; the one in its fail runs after a refusal and fails
// silently. locateAndSave (the 海报 tab, on load) asks the album scope,
// which answers nothing about the location: its getLocation still opens
// the location dialog.
function locate(done) {
  wx.authorize({
    scope: 'scope.userLocation',
    success() {
      wx.getLocation({ type: 'gcj02', success: done })
    },
    fail: () => {
      wx.getLocation({ type: 'wgs84', success: done, fail: () => done({ latitude: 0, longitude: 0 }) })
    }
  })
}

function locateAndSave(done) {
  wx.authorize({
    scope: 'scope.writePhotosAlbum',
    complete() {
      wx.getLocation({ success: done })
    }
  })
}

module.exports = { locate, locateAndSave }
