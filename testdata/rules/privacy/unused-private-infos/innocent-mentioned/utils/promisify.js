export const promisify = (fn) => (o = {}) => new Promise((resolve, reject) => fn({ ...o, success: resolve, fail: reject }))
