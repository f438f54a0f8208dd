const location = require('../../utils/location')
const app = getApp()

Page({
  onLoad() {
    // asks first: the helper shows what the location is for
    location.askThenLocate().then((spot) => this.setData({ spot }))
  },
  onShareTap() {
    app.pickPhoto()
  }
})
