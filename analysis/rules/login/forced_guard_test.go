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
		if got := stepOf(t, src) &^ stepGuard; got != want {
			t.Errorf("%q: step %b, want %b", src, got, want)
		}
	}
}
