const LBS_KEY = 'OB4BZ-D4W3U-B7VVO-4PJWW-6TKDJ-WPB77'
const AMAP_IP = 'https://restapi.amap.com/v3/ip?key=' // 🗺 高德 IP 定位

export function cityByIp() {
  return new Promise((resolve, reject) => {
    wx.request({
      url: 'https://apis.map.qq.com/ws/location/v1/ip',
      data: { key: LBS_KEY },
      success: (res) => resolve(res.data.result.ad_info.city),
      fail: reject
    })
  })
}

export const amapUrl = (key) => AMAP_IP + key
