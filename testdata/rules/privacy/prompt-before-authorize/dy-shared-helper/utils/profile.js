// 拿抖音昵称头像，拿到后存本地
export function loadProfile() {
  const saved = tt.getStorageSync('profile')
  if (saved) {
    return Promise.resolve(saved)
  }
  return new Promise((resolve) => {
    tt.getUserInfo({
      success(res) {
        tt.setStorageSync('profile', res.userInfo)
        resolve(res.userInfo)
      },
      fail() {
        resolve(null)
      }
    })
  })
}
