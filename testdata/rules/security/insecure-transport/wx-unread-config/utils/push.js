// pushServer is read, rewritten and requested: still reported.
const pushServer = 'http://push.shop.example.com'

export function openPush() {
  const address = pushServer.replace('http', 'ws')
  wx.connectSocket({ url: address })
}
