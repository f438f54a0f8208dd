export const callApi = (name, opts = {}) => new Promise((resolve, reject) => wx[name]({ ...opts, success: resolve, fail: reject }))
