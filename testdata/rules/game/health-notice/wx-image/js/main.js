export default class Main {
  constructor() {
    const img = wx.createImage()
    img.src = 'images/health-notice.png'
  }
}
