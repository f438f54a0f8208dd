package privacy_test

import (
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// A helper's prompting call that several pages reach on load is one
// finding at the call, naming one way in and how many other entries lead
// there; the launch's way is named as the launch's.
func TestSharedHelperNamesOthers(t *testing.T) {
	for _, tc := range []struct {
		dir, zh, en string
	}{
		{"wx-shared-helper", "进入页面即经由 pages/classes/classes.js onLoad → utils/position.js withPosition 调用 wx.getLocation（另有 2 个入口同样经此调用）", "wx.getLocation (and 2 other entries) runs on entry through pages/classes/classes.js onLoad"},
		{"dy-shared-helper", "进入页面即经由 pages/feed/feed.js onLoad → utils/profile.js loadProfile 调用 tt.getUserInfo（另有 2 个入口同样经此调用）", "tt.getUserInfo (and 2 other entries) runs on entry through pages/feed/feed.js onLoad"},
		{"wx-launch-helper", "小程序启动即经由 app.js onLaunch → utils/spot.js ensureSpot 调用 wx.getLocation，", "wx.getLocation runs at launch through app.js onLaunch → utils/spot.js ensureSpot with"},
		{"dy-launch-helper", "小程序启动即经由 app.js onShow → common/locate.js locateOnce 调用 tt.getLocation（首次进入就弹出系统授权框）", "tt.getLocation (the system dialog opens on the first visit) runs at launch through app.js onShow"},
	} {
		fs, _ := ruletest.Findings(t, root+"prompt-before-authorize/"+tc.dir, "", "privacy/prompt-before-authorize")
		found := false
		for _, f := range fs {
			if strings.Contains(f.Message.Zh, tc.zh) && strings.Contains(f.Message.En, tc.en) {
				found = true
			}
		}
		if !found {
			for _, f := range fs {
				t.Logf("%s: %s | %s", f.Path, f.Message.Zh, f.Message.En)
			}
			t.Errorf("%s: no finding says %q / %q", tc.dir, tc.zh, tc.en)
		}
	}
}
