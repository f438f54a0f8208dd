package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestNavigationInsideReturnedExpression: a navigation written inside
// what a function returns (`return new Promise(resolve => { … navigateTo
// … })`, a returned call, a chain continued on the next line) runs when
// the function runs, so the page it opens is reached and keeps its
// findings; a navigation after a bare `return;` or `return` alone on its
// line is still dead. Found on a real app nobody here had labelled: its
// login helper wraps tt.login in a returned Promise and opens the login
// page from the callback, and the login button's 微信一键登录 was dropped.
func TestNavigationInsideReturnedExpression(t *testing.T) {
	cases := []struct {
		name, body string
		reached    bool
	}{
		{"returned promise", `return new Promise((resolve) => {
      tt.login({
        success: (res) => {
          if (!res.code) {
            tt.navigateTo({ url: '../login/login' })
          }
          resolve(res)
        }
      })
    })`, true},
		{"returned call", `return tt.navigateTo({ url: '/pages/login/login' })`, true},
		{"chain on the next line", `return session
      .then((s) => { if (!s) tt.navigateTo({ url: '/pages/login/login' }) })`, true},
		{"after a bare return", `tt.showToast({ title: '稍后开放', icon: 'none' });
    return;
    tt.navigateTo({ url: '/pages/login/login' })`, false},
		{"after return alone on its line", `return
    tt.navigateTo({ url: '/pages/login/login' })`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{
				"project.config.json":    `{"appid": "tt0c4e2b9a7d1f3e5a01", "projectname": "reading-room"}`,
				"app.json":               `{"pages": ["pages/home/home", "pages/login/login"]}`,
				"app.js":                 "App({\n  onLaunch() { this.ensureLogin() },\n  ensureLogin() {\n    " + tc.body + "\n  }\n})\n",
				"pages/home/home.js":     "Page({})\n",
				"pages/home/home.ttml":   "<view>今日书单</view>\n",
				"pages/login/login.js":   "Page({ onLogin() { tt.login({}) } })\n",
				"pages/login/login.ttml": "<button bindtap=\"onLogin\">微信一键登录</button>\n",
			}
			for f, txt := range files {
				p := filepath.Join(dir, f)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(txt), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got := slices.Contains(findingKeys(t, dir), "pages/login/login.ttml login/non-platform-wording")
			if got != tc.reached {
				t.Errorf("login page's finding kept = %v, want %v: %v", got, tc.reached, findingKeys(t, dir))
			}
		})
	}
}
