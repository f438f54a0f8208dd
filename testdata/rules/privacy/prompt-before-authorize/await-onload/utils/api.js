export function fetchWeather(lat, lng) {
  return new Promise((resolve, reject) => {
    wx.request({ url: 'https://api.xiaoxian.cn/weather', data: { lat, lng }, success: (r) => resolve(r.data), fail: reject })
  })
}
