export function whereAmI() {
  return wx.getLocation({ type: 'wgs84' })
}
