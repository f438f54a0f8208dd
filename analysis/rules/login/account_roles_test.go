package login_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// TestTestAccountNamesRolePages: where features are kept for an account
// with a role, the finding says so and names them, in both languages;
// beside a password login it adds them to the usual request.
func TestTestAccountNamesRolePages(t *testing.T) {
	for dir, want := range map[string][]string{
		"wx-staff-workbench":  {"派单中心 pages/work/dispatch", "我的工单 pages/work/orders"},
		"wx-server-role-page": {"商家后台 pages/shop/console"},
	} {
		fs, _ := ruletest.Findings(t, root+"test-account/"+dir, "", "login/test-account")
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings", dir, len(fs))
		}
		zh, en := fs[0].Message.In("zh-CN"), fs[0].Message.In("en")
		if !strings.Contains(zh, "特定角色") || !strings.Contains(en, "with a role") {
			t.Errorf("%s: the role is not said:\n%s\n%s", dir, zh, en)
		}
		for _, w := range want {
			if !strings.Contains(zh, w) || !strings.Contains(en, w) {
				t.Errorf("%s: %q not named:\n%s\n%s", dir, w, zh, en)
			}
		}
	}

	// The same workbench beside a password login: the finding stays on the
	// login page (app.json's route) and adds the roles.
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(root+"test-account/wx-staff-workbench")); err != nil {
		t.Fatal(err)
	}
	app, _ := os.ReadFile(filepath.Join(dir, "app.json"))
	os.WriteFile(filepath.Join(dir, "app.json"), []byte(strings.Replace(string(app), `"pages/mine/mine",`, `"pages/mine/mine", "pages/account/signin",`, 1)), 0o644)
	os.MkdirAll(filepath.Join(dir, "pages/account"), 0o755)
	os.WriteFile(filepath.Join(dir, "pages/account/signin.wxml"), []byte(`<view>账号登录</view>
<input placeholder="手机号" bindinput="onPhone"/>
<input password placeholder="密码" bindinput="onPass"/>
<button bindtap="submit">登录</button>
`), 0o644)
	os.WriteFile(filepath.Join(dir, "pages/account/signin.js"), []byte("Page({ onPhone() {}, onPass() {}, submit() {} })\n"), 0o644)
	mine, _ := os.ReadFile(filepath.Join(dir, "pages/mine/mine.wxml"))
	os.WriteFile(filepath.Join(dir, "pages/mine/mine.wxml"), append(mine, []byte(`<navigator url="/pages/account/signin">账号登录</navigator>`+"\n")...), 0o644)
	fs, res := ruletest.Findings(t, dir, "", "login/test-account")
	if len(fs) != 1 {
		t.Fatalf("with a password login: %d findings", len(fs))
	}
	zh, en := fs[0].Message.In("zh-CN"), fs[0].Message.In("en")
	if l := ruletest.Line(res, fs[0]); !strings.HasPrefix(l, "app.json:") || !strings.Contains(zh, "登录页 pages/account/signin") {
		t.Errorf("with a password login: at %s", l)
	}
	if !strings.Contains(zh, "测试账号须有该角色") || !strings.Contains(zh, "派单中心 pages/work/dispatch") ||
		!strings.Contains(en, "the test account must have it") || !strings.Contains(en, "我的工单 pages/work/orders") {
		t.Errorf("with a password login:\n%s\n%s", zh, en)
	}
}
