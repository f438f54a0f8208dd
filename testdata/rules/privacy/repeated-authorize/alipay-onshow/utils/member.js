export function fetchMember(done) {
  my.getAuthCode({
    scopes: 'auth_user',
    success: (res) => my.request({ url: 'https://api.qingning.cn/member', data: { code: res.authCode }, success: (r) => done(r.data) })
  })
}

export function silentId(done) {
  my.getAuthCode({ scopes: 'auth_base', success: (res) => done(res.authCode) })
}
