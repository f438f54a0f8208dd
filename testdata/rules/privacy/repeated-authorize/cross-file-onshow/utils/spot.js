export function locate(done) {
  wx.getLocation({ type: 'gcj02', success: done, fail: () => done(null) })
}
