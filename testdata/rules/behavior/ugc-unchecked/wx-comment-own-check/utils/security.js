export function checkText(content) {
  return wx.cloud.callFunction({ name: 'msgSecCheck', data: { content } }).then((r) => r.result.pass)
}
