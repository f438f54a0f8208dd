package security

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/text"
)

// DebugMode: the release build lets any user turn on the debug panel —
// wx.setEnableDebug({ enableDebug: true }) on launch or behind a button or
// switch — or shows a 调试模式 / 开发者选项 entry (WX §13.1: not a test
// build). The panel (vConsole) shows the request log, storage and tokens to
// whoever opens it.
//
// Judgment: enableDebug: false (turning it off) is fine, and so is a call
// inside a function that checks the build is a development or trial one
// (envVersion, 'develop', 'trial', NODE_ENV, isDev, __DEV__): no user gets
// it. A commented-out call is not code. The entry text is reported where it
// is shown, since that is what the reviewer sees.
var DebugMode = &rule.Rule{
	ID:       "security/debug-mode",
	Severity: rule.Warning,
	Citation: "WX §13.1",
	Title:    rule.Msg{Zh: "向所有用户开放调试模式（setEnableDebug、开发者选项）", En: "Debug mode offered to every user (setEnableDebug, developer options)"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "正式版里任何用户都能打开调试面板：启动时或按钮、开关里调用 setEnableDebug({ enableDebug: true })，或界面上有“调试模式”“开发者选项”“vConsole”入口。只在开发版、体验版里打开（判断了 envVersion 等）不报告。",
			En: "Any user of the release build can turn on the debug panel: setEnableDebug({ enableDebug: true }) on launch or behind a button or switch, or a 调试模式 / 开发者选项 / vConsole entry in the interface. Turning it on only in the develop or trial build (a check of envVersion and the like) is not reported."},
		Why: rule.Msg{Zh: "提交的小程序应该是完成品，不得为测试版（运营规范 §13.1）；调试面板会向任何打开它的人展示请求日志、本地存储和登录凭证。",
			En: "A submitted mini-program must be a finished product, not a test build (WX §13.1); the debug panel shows the request log, local storage and login tokens to whoever opens it."},
		Wrong: `<switch bindchange="toggleDebug" />调试模式
toggleDebug(e) { wx.setEnableDebug({ enableDebug: e.detail.value }) }`,
		Right: `const { envVersion } = wx.getAccountInfoSync().miniProgram
if (envVersion === 'develop') wx.setEnableDebug({ enableDebug: true })`,
		Excerpt: "13.1 提交的微信小程序应该是一个完成品，要求可以打开、可以运行，且不得为测试版。（微信小程序平台运营规范 §13.1）",
	},
	Check: checkDebugMode,
}

// devGuard names a check that the build is not the release one.
var devGuard = regexp.MustCompile(`envVersion|['"](?:develop|development|trial|dev)['"]|NODE_ENV|\bisDev\b|\bIS_DEV\b|__DEV__|\bisDebug\b|\bDEBUG\b`)

func checkDebugMode(c *rule.FileContext) {
	u := c.Unit
	if s := u.Script; s != nil {
		for _, call := range s.Calls {
			if call.API != "setEnableDebug" || call.Namespace == "" || call.Factory != "" {
				continue
			}
			if p := call.Options.Get("enableDebug"); p != nil && strings.TrimSpace(p.Value) == "false" || call.Options == nil && call.NumArgs > 0 {
				continue // turned off, or options we cannot read
			}
			if guarded(u, s.Bodies[call.Func], call.Span) {
				continue
			}
			c.Report(call.NameSpan, rule.Msg{
				Zh: call.Namespace + ".setEnableDebug 在正式版里为用户打开调试面板：请删除，或只在开发版、体验版（envVersion 为 develop/trial）里打开。",
				En: call.Namespace + ".setEnableDebug turns the debug panel on for users of the release build. Remove it, or turn it on only in the develop or trial build (envVersion develop/trial).",
			})
		}
	}
	for _, h := range content.VisibleHits(c.Lexicon, "debug-mode", u) {
		c.Report(h.Span, rule.Msg{
			Zh: "界面上的“" + h.Text + "”入口让任何用户打开调试功能：正式版请删除这个入口。",
			En: "The \"" + h.Text + "\" entry lets any user turn on debugging. Remove it from the release build.",
		})
	}
}

// guarded reports whether the function holding the call (the file, at top
// level) checks for a development or trial build before it.
func guarded(u *rule.Unit, body, call text.Span) bool {
	if body.End <= body.Start || call.Start < body.Start || call.Start > body.End {
		body = text.Span{Start: 0, End: len(u.Text)}
	}
	return devGuard.Match(u.Text[body.Start:call.Start])
}
