package privacy

import (
	"regexp"
	"sort"
	"strings"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/script"
	"mpls/analysis/template"
)

// RecordOnEntry: the microphone switches on without the user doing
// anything: a recording started on entry (page load or show, app launch,
// component attach, module top level) with no prompt the user confirmed,
// or a `<live-pusher autopush>` that starts pushing sound and picture as
// soon as the page renders. WeChat forbids recording without the user
// knowing (WX §16.5.4); Douyin asks for a confirmed prompt before any
// authorization (DY §1.1.2.1).
//
// Recording starters: startRecord, getRecorderManager().start,
// joinVoIPChat (the privacy table's Record category), and the start of a
// camera context's video recording (createCameraContext().startRecord)
// and of a live-pusher context (createLivePusherContext().start).
//
// Judgment:
//   - these calls on entry are reported here only, not also by
//     privacy/prompt-before-authorize or privacy/repeated-authorize
//     (one call, one finding; this rule cites the recording section);
//   - a call behind a confirmed showModal or a consent check is fine: the
//     user knows;
//   - `<live-pusher>` is reported when autopush is written bare, "true" or
//     {{true}}, and no wx:if (or dialect) on it or an ancestor holds it
//     back; a bound value ({{ pushing }}) is not judged; nor is a url bound
//     to data that starts empty and is set only by a tap handler (nothing
//     is pushed before the user asks: pagedata.WaitsForUser).
//
// The fix is privacy/prompt-before-authorize's: ask first, with the
// purpose, and start only when the user confirms.
var RecordOnEntry = &rule.Rule{
	ID:       "privacy/record-on-entry",
	Severity: rule.Error,
	Citation: "WX §16.5.4, DY §1.1.2.1",
	Title:    rule.Msg{Zh: "进入页面即开始录音", En: "Recording starts on entry"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "页面加载/显示、小程序启动或组件挂载时直接开始录音（startRecord、RecorderManager.start、相机录像、直播推流 autopush），用户没有操作也没有确认。",
			En: "Recording starts on page load or show, app launch or component attach (startRecord, RecorderManager.start, camera video recording, live-pusher autopush) without any user action or confirmation."},
		Why: rule.Msg{Zh: "不得在用户不知情的情况下使用录音功能（微信 §16.5.4）；授权前须说明用途并由用户同意（抖音 §1.1.2.1）。",
			En: "Apps must not record without the user knowing (WX §16.5.4); the purpose must be explained and accepted before any authorization (DY §1.1.2.1)."},
		Wrong:   "const recorder = wx.getRecorderManager()\nPage({\n  onLoad() {\n    recorder.start({ format: 'mp3' })\n  }\n})",
		Right:   "const recorder = wx.getRecorderManager()\nPage({\n  onRecordTap() {\n    recorder.start({ format: 'mp3' })\n  }\n})",
		Excerpt: "16.5.4 不得在用户不知情的情况下，使用录音功能。（微信小程序平台运营规范）",
	},
	Check:        checkRecord,
	CheckProject: checkLivePusher,
}

// recordPurpose is the consent text for a recording starter.
func recordPurpose(c *script.Call) string {
	switch c.Factory + "." + c.API {
	case "createCameraContext.startRecord":
		return "需要使用你的摄像头和麦克风，用于录制视频。"
	case "createLivePusherContext.start":
		return "需要使用你的摄像头和麦克风，用于开始直播。"
	}
	if direct(c, "joinVoIPChat") {
		return "需要使用你的麦克风，用于语音通话。"
	}
	return ptable.Categories["Record"].Purpose
}

func checkRecord(c *rule.FileContext) {
	if s := c.Unit.Script; s != nil {
		for i := range s.Calls {
			call := &s.Calls[i]
			if timingOf(c.Platform, s, call) != timingRecord {
				continue
			}
			name := callName(call)
			where := entryWhere(call)
			var fixes []rule.Fix
			if fx, ok := consentFix(c, call, recordPurpose(call)); ok {
				fixes = append(fixes, fx)
			}
			c.Report(call.NameSpan, rule.Msg{
				Zh: "进入页面即开始录音：" + name + "（" + where + "），用户没有操作也没有确认。不得在用户不知情的情况下使用录音：请改为用户点击后开始，或先弹窗说明用途。",
				En: "Recording starts on entry: " + name + " (" + where + "), with no user action or confirmation. Apps must not record without the user knowing: start it when the user taps, or ask first with the purpose.",
			}, fixes...)
		}
	}
}

// checkLivePusher reports a <live-pusher autopush> that starts pushing on
// open. A project check: its url may bind a data key that stays empty
// until the user taps (pagedata.WaitsForUser), and then nothing is pushed
// before the user asks.
func checkLivePusher(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Template != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := c.Units[p]
		t := u.Template
		for i := range t.Elements {
			e := &t.Elements[i]
			if e.Tag != "live-pusher" {
				continue
			}
			a := e.Attr("autopush")
			if a == nil || !truthy(a) || conditional(t, i) {
				continue
			}
			if url := e.Attr("url"); url != nil && len(url.Interps) == 1 && strings.TrimSpace(url.Literal()) == "" {
				if m := keyRe.FindStringSubmatch(strings.TrimSpace(url.Interps[0].Expr)); m != nil && pagedata.WaitsForUser(c.Units, u, []string{m[1]}) {
					continue
				}
			}
			c.Report(p, a.NameSpan, rule.Msg{
				Zh: "<live-pusher autopush> 在页面打开时就开始推流，麦克风和摄像头随即开启，用户并不知情：去掉 autopush，由用户点击“开始直播”后调用 LivePusherContext.start()。",
				En: "<live-pusher autopush> starts pushing, microphone and camera included, as soon as the page opens, without the user knowing: drop autopush and call LivePusherContext.start() when the user taps a start button.",
			})
		}
	}
}

// keyRe is the data key a binding reads: pushUrl in {{pushUrl}} or
// {{room.pushUrl}}.
var keyRe = regexp.MustCompile(`^([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*$`)

// truthy: a boolean attribute written bare, "true" or {{true}}.
func truthy(a *template.Attr) bool {
	if !a.HasValue {
		return true
	}
	v := strings.TrimSpace(a.Value)
	if len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
		v = strings.TrimSpace(a.Interps[0].Expr)
	} else if len(a.Interps) > 0 {
		return false
	}
	return v == "true"
}

// conditional reports whether element i (or an ancestor) is rendered only
// under a condition.
func conditional(t *template.Facts, i int) bool {
	for _, e := range append([]int{i}, t.Ancestors(i)...) {
		for _, a := range t.Elements[e].Attrs {
			switch strings.ToLower(a.Name) {
			case "wx:if", "tt:if", "a:if", "s-if", "qq:if", "wx:elif", "tt:elif", "a:elif", "s-elif", "qq:elif", "wx:else", "tt:else", "a:else", "s-else", "qq:else":
				return true
			}
		}
	}
	return false
}
