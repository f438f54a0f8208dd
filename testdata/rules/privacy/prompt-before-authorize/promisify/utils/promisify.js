export const promisify = (fn) => (options = {}) =>
  new Promise((resolve, reject) => fn({ ...options, success: resolve, fail: reject }))
