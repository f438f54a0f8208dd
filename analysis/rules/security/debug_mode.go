package security

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/text"
)

// DebugMode: the release build lets any user turn on the debug panel —
// wx.setEnableDebug({ enableDebug: true }) on launch or behind a button or
// switch — or shows a 调试模式 / 开发者选项 entry (WX §13.1: not a test
// build). The panel (vConsole) shows the request log, storage and tokens to
// whoever opens it.
//
// Judgment: enableDebug: true is reported when nothing decides it (on
// launch, in a handler), and a value the user picks (e.detail.value of a
// switch) always. Not reported: enableDebug: false; a value passed into a
// helper (setDebug(flag) in a platform adapter: nothing offers it); a call
// inside an if, else or && that tests anything but the API's existence (a
// build check, a config flag, envVersion); a function that checks the
// build first ('develop', 'trial', NODE_ENV, isDev, __DEV__). A
// commented-out call is not code. The entry text is reported where it
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
			if call.API != "setEnableDebug" || call.Namespace == "" || call.Factory != "" || call.Options == nil {
				continue
			}
			p := call.Options.Get("enableDebug")
			if p == nil {
				continue
			}
			body := s.Bodies[call.Func]
			if body.End <= body.Start || call.Span.Start < body.Start || call.Span.Start > body.End {
				body = text.Span{Start: 0, End: len(u.Text)}
			}
			before := string(u.Text[body.Start:call.Span.Start])
			switch v := strings.TrimSpace(p.Value); {
			case v == "true" || v == "!0":
				// on for everyone, unless a condition decides (a build
				// check, a config flag)
				if devGuard.MatchString(before) || conditional(before) {
					continue
				}
			case eventValue.MatchString(v) || isIdent(v) && eventValue.MatchString(before):
				// a switch or checkbox the user flips
			default:
				continue // off, or a helper's parameter: nothing offers it
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

// eventValue reads what a user chose in the interface: e.detail.value, a
// checkbox's dataset.
var eventValue = regexp.MustCompile(`\.detail\b|\.dataset\b`)

var identRe = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)

func isIdent(s string) bool { return identRe.MatchString(s) }

// ifRe opens an if statement; elseRe an else branch.
var (
	ifRe   = regexp.MustCompile(`\bif\s*\(`)
	elseRe = regexp.MustCompile(`\belse\s*\{`)
	// existence is a feature test of the API itself (if (wx.setEnableDebug)).
	existence = regexp.MustCompile(`(?:typeof\s+)?[\w$.]*setEnableDebug(?:\s*[!=]==?\s*['"]undefined['"])?|[!()&\s]`)
)

// conditional reports whether the code before the call (the text of its
// function up to it) leaves the call inside an if or else block, or after
// a && / ? on the same line, that tests something other than whether the
// API exists.
func conditional(before string) bool {
	line := before[strings.LastIndexAny(before, ";{}\n")+1:]
	if strings.Contains(line, "&&") || strings.Contains(line, "?") || strings.Contains(line, "||") {
		if existence.ReplaceAllString(strings.TrimRight(strings.TrimSpace(line), "&?|"), "") != "" {
			return true
		}
	}
	for _, m := range elseRe.FindAllStringIndex(before, -1) {
		if pagedata.MatchBrace(before, m[1]-1) < 0 { // still open at the call
			return true
		}
	}
	for _, m := range ifRe.FindAllStringIndex(before, -1) {
		closeParen := matchParen(before, m[1]-1)
		if closeParen < 0 {
			continue // the call is inside the condition
		}
		cond := before[m[1] : closeParen-1]
		rest := strings.TrimLeft(before[closeParen:], " \t\r\n")
		open := false
		switch {
		case strings.HasPrefix(rest, "{"):
			open = pagedata.MatchBrace(before, len(before)-len(rest)) < 0
		default: // if (x) wx.setEnableDebug(...): the call is the statement
			open = !strings.ContainsAny(rest, ";\n")
		}
		if open && existence.ReplaceAllString(cond, "") != "" {
			return true
		}
	}
	return false
}

// matchParen returns the index just past the parenthesis closing the one
// at open, or -1.
func matchParen(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}
