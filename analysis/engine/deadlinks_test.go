package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeadLinkedPageFindings: a page opened only by a method no template
// binds and no code calls (testdata/deadlink: the gift page) gets no
// finding a user would have to see; strict reports it, and binding the
// method again brings it back.
func TestDeadLinkedPageFindings(t *testing.T) {
	// the cart's 敬请期待 toast is seen: the cart is the entry page
	want := "pages/cart/cart.js content/unfinished\npages/paid/paid.wxml content/extreme-words"
	if got := strings.Join(findingKeys(t, "../../testdata/deadlink"), "\n"); got != want {
		t.Errorf("recommended:\n got %q\nwant %q", got, want)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath("../../testdata/deadlink")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sorted()) != 6 {
		t.Errorf("strict must report the gift and club pages too: %v", res.Sorted())
	}

	dir := t.TempDir()
	for _, f := range []string{"app.json", "project.config.json", "pages/cart/cart.js", "pages/cart/cart.wxml", "pages/paid/paid.js", "pages/paid/paid.wxml", "pages/gift/gift.js", "pages/gift/gift.wxml", "pages/club/club.js", "pages/club/club.wxml", "pages/club-card/club-card.js", "pages/club-card/club-card.wxml"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/deadlink", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "pages/paid/paid.wxml" {
			b = append(b, "<button bindtap=\"openGift\">送朋友一杯</button>\n"...)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := findingKeys(t, dir)
	if strings.Join(got, "\n") != "pages/cart/cart.js content/unfinished\npages/gift/gift.wxml content/extreme-words\npages/paid/paid.wxml content/extreme-words" {
		t.Errorf("with openGift bound, the gift page is reached: %q", got)
	}
}

// TestDeadCasePageFindings: a page opened only in a case of a menu
// handler's switch over data-tag whose row is commented out of the
// template (testdata/deadlink-case: the team page) gets no finding a user
// would have to see; strict reports it. A row supplying the value, or a
// call of the handler from code, brings it back; the same app for Douyin
// (ttml, tt.) is judged the same.
func TestDeadCasePageFindings(t *testing.T) {
	const fixture = "../../testdata/deadlink-case"
	reached := "pages/faq/faq.wxml content/extreme-words\npages/orders/orders.wxml content/extreme-words"
	if got := strings.Join(findingKeys(t, fixture), "\n"); got != reached {
		t.Errorf("recommended:\n got %q\nwant %q", got, reached)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath(fixture)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sorted()) != 3 {
		t.Errorf("strict must report the team page too: %v", res.Sorted())
	}
	files := []string{"app.json", "project.config.json", "pages/mine/mine.js", "pages/mine/mine.wxml",
		"pages/orders/orders.js", "pages/orders/orders.wxml", "pages/team/team.js", "pages/team/team.wxml", "pages/faq/faq.js", "pages/faq/faq.wxml"}
	variant := func(edit func(name string, b []byte) (string, []byte)) []string {
		dir := t.TempDir()
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(fixture, f))
			if err != nil {
				t.Fatal(err)
			}
			name, b := edit(f, b)
			os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return findingKeys(t, dir)
	}
	all := reached + "\npages/team/team.wxml content/extreme-words"
	rowBack := variant(func(f string, b []byte) (string, []byte) {
		if f == "pages/mine/mine.wxml" {
			b = []byte(strings.NewReplacer("<!-- ", "", " -->", "").Replace(string(b)))
		}
		return f, b
	})
	if got := strings.Join(rowBack, "\n"); got != all {
		t.Errorf("with the team row back, the team page is reached: %q", got)
	}
	called := variant(func(f string, b []byte) (string, []byte) {
		if f == "pages/mine/mine.js" {
			b = []byte(strings.Replace(string(b), "data: {},", "data: {},\n  onLoad(q) { if (q.team) this.onMenu({ currentTarget: { dataset: { tag: 'team' } } }) },", 1))
		}
		return f, b
	})
	if got := strings.Join(called, "\n"); got != all {
		t.Errorf("with onMenu called from code, the team page is reached: %q", got)
	}
	douyin := variant(func(f string, b []byte) (string, []byte) {
		if strings.HasSuffix(f, ".wxml") {
			f = strings.TrimSuffix(f, ".wxml") + ".ttml"
		}
		if f == "project.config.json" {
			b = []byte(strings.Replace(string(b), `"wx5d0c1e9a7b3f2648"`, `"tt5d0c1e9a7b3f2648"`, 1))
		}
		return f, []byte(strings.ReplaceAll(string(b), "wx.", "tt."))
	})
	if got := strings.Join(douyin, "\n"); got != strings.ReplaceAll(reached, ".wxml", ".ttml") {
		t.Errorf("Douyin: %q", got)
	}
}

// TestDeadEventNamedHandler: a page handler named like an event
// (onMobileLogin) is no platform callback: when no template binds it and
// no code calls it, the SMS login page it alone opens is not reached
// (testdata/deadlink-event), while the notice page onTabItemTap opens — an
// event the platform calls — is; strict reports both. Binding the handler
// brings the SMS page back.
func TestDeadEventNamedHandler(t *testing.T) {
	const fixture = "../../testdata/deadlink-event"
	if got := strings.Join(findingKeys(t, fixture), "\n"); got != "pages/notice/notice.ttml content/extreme-words" {
		t.Errorf("recommended: got %q", got)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath(fixture)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range res.Sorted() {
		if f.Rule == "content/extreme-words" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("strict must report the SMS page too: %v", res.Sorted())
	}
	dir := t.TempDir()
	for _, f := range []string{"app.json", "project.config.json", "pages/index/index.js", "pages/index/index.ttml", "pages/login/login.js", "pages/login/login.ttml", "pages/sms-login/sms-login.js", "pages/sms-login/sms-login.ttml", "pages/notice/notice.js", "pages/notice/notice.ttml"} {
		b, err := os.ReadFile(filepath.Join(fixture, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "pages/login/login.ttml" {
			b = append(b, "<view class=\"link\" bindtap=\"onMobileLogin\">手机验证码登录</view>\n"...)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := "pages/notice/notice.ttml content/extreme-words\npages/sms-login/sms-login.ttml content/extreme-words"
	if got := findingKeys(t, dir); !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("with onMobileLogin bound, the SMS page is reached: %q", got)
	}
}
