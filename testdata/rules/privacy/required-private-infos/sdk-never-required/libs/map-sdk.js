// A map SDK copied into the project. It can ask for the location, but no
// page requires it any more, so nothing ships a getLocation call.
function MapSDK(key) { this.key = key }
MapSDK.prototype.locate = function (cb) {
  wx.getLocation({ type: 'gcj02', success: cb, fail: cb })
}
module.exports = MapSDK
