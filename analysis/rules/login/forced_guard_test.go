package login

import (
	"context"
	"strings"
	"testing"

	"mpls/analysis/parse"
	"mpls/analysis/text"
)

// stepOf parses src, finds the call of load() marked by the first "load("
// and judges it.
func stepOf(t *testing.T, src string) int {
	t.Helper()
	tree, err := parse.Parse(context.Background(), parse.JavaScript, nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	j := &judge{files: map[string]*jsFile{"p.js": {tree: tree, src: []byte(src)}}}
	defer j.close()
	i := strings.Index(src, "load(")
	if i < 0 {
		t.Fatalf("no load( in %q", src)
	}
	return j.step("p.js", text.Span{Start: i, End: i + len("load")})
}

func TestStepGuard(t *testing.T) {
	for src, want := range map[string]bool{
		// only a logged-in user gets there
		"if (wx.getStorageSync('token')) { this.load() }":                      true,
		"const userId = tt.getStorageSync('userId'); if (userId) { load() }":   true,
		"const u = wx.getStorageSync('theme'); if (u) load()":                  false, // a key that names no login
		"const s = wx.getStorageSync('openid'); if (s) load()":                 true,
		"if (!this.data.isLogin) { this.setData({ g: 1 }) } else { load() }":   true,
		"if (!token) return; load()":                                           true,
		"function f() { if (!token) { toast(); return } load() }":              true,
		"app.globalData.userInfo && load()":                                    true,
		"!token || load()":                                                     true,
		"token ? load() : null":                                                true,
		"if (token !== '') load()":                                             true,
		"if (userInfo != null && userInfo.id) load()":                          true,
		"if (list.length > 0 && token) load()":                                 true,
		"if (this.data.needLogin) { go() } else { load() }":                    true,
		"if (isGuest) return; load()":                                          true,
		"if (hasLogin()) load()":                                               true,
		"if (store.get('accessToken')) load()":                                 true,
		"if (Boolean(app.globalData.memberId)) load()":                         true,
		"if (token && Date.now() > wx.getStorageSync('expiresAt')) { load() }": true,
		// a visitor gets there too
		"if (!token) { load() }":                                     false,
		"if (token) { show() } else { load() }":                      false,
		"if (token || city) load()":                                  false,
		"if (!token || expired) load()":                              false,
		"if (tokenExpired) load()":                                   false,
		"if (!tokenExpired) load()":                                  false,
		"if (token) return; load()":                                  false,
		"if (!token) { toast() } load()":                             false, // no early return
		"if (!token) return; else x(); load()":                       false,
		"if (city) load()":                                           false,
		"if (res.code === 0) load()":                                 false,
		"if (loginType === 1) load()":                                false,
		"token || load()":                                            false,
		"if (load()) token()":                                        false, // the condition itself runs
		"if (wx.getStorageSync('token')) { x() }\nload()":            false,
		"if (token) { x() }; function g() { if (!token) {} load() }": false,
	} {
		if got := stepOf(t, src)&stepGuard != 0; got != want {
			t.Errorf("%q: guarded %v, want %v", src, got, want)
		}
	}
}

func TestStepPublicRequest(t *testing.T) {
	for src, want := range map[string]int{
		"ajax.load('/client/noauth/banner/list', null, 'GET')":    stepPath,
		"http.load(`/api/public/routes?city=${c}`)":               stepPath,
		"load('https://x.example.com/open/v1/slides')":            stepPath,
		"load('/v1/no-auth/slides')":                              stepPath,
		"load('/guest/home')":                                     stepPath,
		"const U = '/anon/cfg'; load(U)":                          stepPath,
		"load('/v1/notices', { needLogin: false })":               stepFlag,
		"load({ url: '/v1/notices', auth: false })":               stepFlag,
		"load({ url: '/v1/notices', header: {}, noToken: true })": stepFlag,
		"load('/v1/notices', {}, { 'skip-auth': true })":          stepFlag,
		"load('/v1/public/x', { needLogin: false })":              stepPath | stepFlag,
		"load('/v1/member/points')":                               0,
		"load('/v1/openings/list')":                               0, // a segment, not a prefix
		"load('https://open.example.com/v1/me')":                  0, // a host is no path segment
		"load('/v1/notices', { needLogin: true })":                0,
		"load('/v1/x', { success: () => go('/pages/public/a') })": 0, // inside a callback
		"load('public')":                                          0,
		"load('/v1/notices?from=public')":                         0,
	} {
		if got := stepOf(t, src) &^ (stepGuard | stepRead); got != want {
			t.Errorf("%q: step %b, want %b", src, got, want)
		}
	}
}

func TestStepPublicRead(t *testing.T) {
	for src, want := range map[string]bool{
		// content every visitor sees
		"http.load(ctx + '/module/getHomeModuleList', {}, cb)":  true,
		"load('/shop/goods/list', { cid })":                     true,
		"load(`/api/category/tree?level=${n}`)":                 true,
		"load(base + '/bottomIcon/getBottomIcons')":             true,
		"const U = '/v2/banner/index'; load(U)":                 true,
		"load('https://api.example.com/goods/detail?id=' + id)": true,
		// the user's own data, or nothing that says what it is
		"load('/shop/order/list')":                                  false,
		"load('/user/detail')":                                      false,
		"load('/v1/member/points')":                                 false,
		"load('/goods/collect/list')":                               false,
		"load('/v1/deals')":                                         false,
		"load('https://home.example.com/v1/x')":                     false, // a host names no endpoint
		"load('/v1/x', { success: () => go('/pages/home/index') })": false,
		"load('goods')":                                             false,
	} {
		if got := stepOf(t, src)&stepRead != 0; got != want {
			t.Errorf("%q: public read %v, want %v", src, got, want)
		}
	}
}

// authBranchOf parses src and tells whether the call of go() marked by
// the first "go(" sits in a branch of a refused session.
func authBranchOf(t *testing.T, src string) bool {
	t.Helper()
	tree, err := parse.Parse(context.Background(), parse.JavaScript, nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	i := strings.Index(src, "go(")
	if i < 0 {
		t.Fatalf("no go( in %q", src)
	}
	n := nodeAt(tree.RootNode(), text.Span{Start: i, End: i + len("go")})
	return n != nil && inAuthBranch(n, []byte(src))
}

func TestAuthBranch(t *testing.T) {
	for src, want := range map[string]bool{
		// the server refused the session
		"if (res.statusCode === 401) { go() }":                           true,
		"if (result.data.code == 401) { x(); go() }":                     true,
		"if (res.data.code === 10021 || res.data.code === 10022) go()":   true,
		"if (body.msg === 'token失效') go()":                               true,
		"if (res.data.message.includes('未登录')) go()":                     true,
		"if (msg.indexOf('登录已过期') > -1) go()":                            true,
		"if (res.statusCode === 401 && !refreshing) go()":                true,
		"switch (res.data.code) { case 0: ok(); break; case 401: go() }": true,
		"res.data.errcode === 40001 && go()":                             true,
		"if (res.data.code === 'TOKEN_EXPIRED') go()":                    true,
		// no refusal: success, any failure, a local token check
		"if (res.data.code === 0) go()":                   false,
		"if (res.statusCode === 200) go()":                false,
		"if (res.data.code !== 0) go()":                   false,
		"if (res.data.code == 401) { x() } else { go() }": false,
		"if (!wx.getStorageSync('token')) go()":           false,
		"if (res.statusCode === 401 || !token) go()":      false,
		"go()": false,
	} {
		if got := authBranchOf(t, src); got != want {
			t.Errorf("%q: refused-session branch %v, want %v", src, got, want)
		}
	}
}
