package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/rule"
)

// otherBooks are the words by which a message would cite or speak of
// another platform's review: a Douyin developer must never be told about
// WeChat's rulebook or pre-screen, nor a WeChat one about Douyin's FAQ.
var otherBooks = map[string][]string{
	rule.Douyin: {"微信小程序平台运营规范", "80+ 次提审经验", "微信代码审核机审", "微信机审", "公众平台", "WeChat Mini Program Operating Rules", "WeChat's pre-screen"},
	rule.WeChat: {"抖音小程序审核常见问题", "Douyin Mini Program review FAQ"},
	rule.QQ:     {"抖音小程序审核常见问题", "Douyin Mini Program review FAQ"},
}

// TestMessagesCiteTheProjectsOwnPlatform checks every rule fixture, in both
// languages: each finding speaks of its own platform's review only.
func TestMessagesCiteTheProjectsOwnPlatform(t *testing.T) {
	var dirs []string
	filepath.WalkDir("../../testdata/rules", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "expected.txt" {
			dirs = append(dirs, filepath.Dir(p))
		}
		return nil
	})
	if len(dirs) < 50 {
		t.Fatalf("found only %d rule fixtures", len(dirs))
	}
	checked := map[string]int{}
	for _, dir := range dirs {
		res, err := New(Settings{}).CheckPath(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range res.Projects {
			for _, f := range pr.Findings {
				checked[pr.Env.Platform]++
				for _, locale := range []string{"zh-CN", "en"} {
					msg := f.Message.In(locale)
					for _, w := range otherBooks[pr.Env.Platform] {
						if strings.Contains(msg, w) {
							t.Errorf("%s: %s [%s] on a %s project speaks of %q: %s", dir, f.Path, f.Rule, pr.Env.Platform, w, msg)
						}
					}
				}
			}
		}
	}
	if checked[rule.Douyin] == 0 || checked[rule.WeChat] == 0 {
		t.Fatalf("no Douyin or WeChat findings checked: %v", checked)
	}
}
