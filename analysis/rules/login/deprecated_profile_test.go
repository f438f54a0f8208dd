package login_test

import (
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// TestDeprecatedProfileMerged: the uses of one file are one finding at the
// first, its message naming the lines of the others (and only those the
// rule counts: the calls left out in recommended are not named).
func TestDeprecatedProfileMerged(t *testing.T) {
	cases := []struct {
		dir, path string
		zh, en    string // "" : the message names no other line
	}{
		{"wx-member-page-once", "pages/member/member.wxml", "同一文件另有 2 处：第 7、14 行。", " 2 more in this file: lines 7, 14."},
		{"wx-member-page-once", "pages/points/points.wxml", "", ""},
		{"wx-profile-apis", "pages/mine/mine.wxml", "同一文件另有 2 处：第 4、6 行。", " 2 more in this file: lines 4, 6."},
		{"wx-profile-apis", "pages/mine/mine.js", "同一文件另有 1 处：第 13 行。", " 1 more in this file: line 13."},
		{"wx-result-unread", "pages/login/login.js", "同一文件另有 2 处：第 40、50 行。", " 2 more in this file: lines 40, 50."},
		{"wx-result-unread-strict", "pages/login/login.js", "同一文件另有 4 处：第 29、40、50、59 行。", " 4 more in this file: lines 29, 40, 50, 59."},
		{"wx-uncalled-helpers-strict", "utils/profile.js", "同一文件另有 2 处：第 11、17 行。", " 2 more in this file: lines 11, 17."},
		{"wx-fallback-and-disabled", "pages/member/member.wxml", "同一文件另有 1 处：第 15 行。", " 1 more in this file: line 15."},
		{"wx-fallback-strict", "pages/member/member.wxml", "同一文件另有 4 处：第 7、10、12、15 行。", " 4 more in this file: lines 7, 10, 12, 15."},
	}
	for _, c := range cases {
		fs, _ := ruletest.Findings(t, root+"deprecated-profile-api/"+c.dir, "", "login/deprecated-profile-api")
		n := 0
		for _, f := range fs {
			if f.Path != c.path {
				continue
			}
			n++
			zh, en := f.Message.Zh, f.Message.En
			if c.zh == "" {
				if strings.Contains(zh, "同一文件另有") || strings.Contains(en, "more in this file") {
					t.Errorf("%s %s: names other lines: %s", c.dir, c.path, en)
				}
				continue
			}
			if !strings.Contains(zh, c.zh) || !strings.Contains(en, c.en) {
				t.Errorf("%s %s:\n got %s\n     %s\nwant …%s\n     …%s", c.dir, c.path, zh, en, c.zh, c.en)
			}
		}
		if n != 1 {
			t.Errorf("%s %s: %d findings, want 1", c.dir, c.path, n)
		}
	}
}
