// Package privacy holds the rules about personal information and
// authorization prompts. They all read the one table in analysis/privacy.
package privacy

import (
	"strings"

	"mpls/analysis/fix"
	"mpls/analysis/lexicon"
	ptable "mpls/analysis/privacy"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// PromptBeforeAuthorize: a privacy API called on entry (page load or
// show, app launch or show, component attach) with no user-confirmed
// prompt before it.
// Reviewers open the page, see a system authorization dialog with no
// context, and reject (DY §1.1.2.1, WX §14.1.1, WX §14.4.1, LESSONS #04).
//
// "Prompt before" means a showModal whose success checks res.confirm (or
// an awaited one followed by an early return), or a consent flag / an
// authSetting check that proves the scope granted guarding the call, here
// or at every call site that leads here from an entry (analysis/script
// computes it as Call.EntryConfirmed; a tap handler reaching the same
// function unguarded is a user action, not an entry); or a
// showModal with showCancel: false whose title or content speaks of what
// it asks for (头像和昵称，用于…): its one button's success runs only after
// the user read it and tapped, res.confirm or not (a one-button '加载中'
// explains nothing and does not count; prompt_before_authorize_modal.go).
//
// Across files: a lifecycle that reaches the call through a helper of
// another file (onLoad → tools.getUserInfo → my.getAuthCode in
// common/js/tools.js, getApp().ensureUser(), an import through a path
// alias, a behaviour's or a component's method; see analysis/callgraph)
// is reported once at the helper's call, where the dialog comes from,
// whatever the number of entries that lead there: the message names one
// way in and the number of the others (a library's call, in
// miniprogram_npm or node_modules, stays on each page's call that leaves
// the page). The dialog of a scope shows once per user, so a scope the
// app's launch asks (App onLaunch or onShow reaching the call with no
// prompt first) is reported at the launch's way only: pages and
// components that call the same scope later, through helpers or in their
// own file, open no dialog. So a page's or a component's own calls are
// reported by the project check, which knows what the launch asked (a
// file's check reads no other file); the app's script, helpers and a
// lone file are checked file by file. See checkPromptProject (graph.go).
//
// A show lifecycle (a page's onShow, a component's pageLifetimes.show,
// App onShow) is an entry too: its first run opens the system dialog as
// the page opens, like onLoad. A call it reaches, written there or through
// helpers, is reported here unless privacy/repeated-authorize reports the
// same site (the call asks again on every show: a refusal path that nags,
// an API that shows something on every call); a bare call there asks
// nothing on later shows, so only this rule speaks. Such a call gets no
// fix (a dialog wrapped around it would show on every show); the message
// says to ask once. A call behind an authSetting check that says the
// scope is granted opens no dialog, in onShow as in onLoad. Only a grant
// proves that: authSetting[scope] is true when granted, false when
// refused and undefined when never asked, so a truthy or === true test
// (or a chain that has ruled out undefined and false) guards the call,
// while the else of `=== false` (or a `!== false` test) also runs for a
// scope never asked, where the call opens the dialog (analysis/script
// cond.go).
//
// A loop, an interval or a timer retry an entry starts repeats the call,
// but its first run is on entry too (onReady → setInterval(this.refresh)
// → wx.getLocation opens the dialog at the first tick): reported here,
// without a fix and saying to ask once before the loop starts, unless
// privacy/repeated-authorize reports the same site (its refusal path
// nags on every run), in the file and through helpers of other files.
//
// An authorize (wx, tt, swan, qq, my …) on entry is the dialog: it is
// reported, and a call of the scope it asks written in its success, fail
// or complete callback is not (swan.authorize({ scope: 'scope.userInfo',
// success() { swan.getUserInfo(…) } })): granted, it opens nothing;
// refused, it fails silently (answersAuthorize). A call after an
// authorize of another scope still opens its own dialog.
//
// Judgment: one call, one finding. The same call on entry is reported by
// a more specific rule when one applies (see timingOf): reading or writing
// the clipboard by privacy/clipboard-on-entry, starting a recording by
// privacy/record-on-entry (both carry this rule's fix), and a call that
// asks again by itself on every show, loop, interval tick or timer
// retry, by privacy/repeated-authorize. A call that onShow reaches
// through the file's own functions (onShow → checkLogin → tt.login) is
// reported here, at the call, and, when it asks again each time, by
// repeated-authorize at the call in onShow that repeats it: two problems,
// each fixed where it is reported.
// Alipay's my.getAuthCode asking for auth_user (the member-info dialog)
// counts as a prompting API; auth_base is silent. A call a one-shot
// setTimeout, wx.nextTick or a .then delays is still on entry and
// reported here, written in the callback or in the functions it calls,
// in this file or another (onLoad → setTimeout → this.signIn →
// utils/account.js signIn → tt.getUserInfo); a setInterval, an iteration
// callback or a timer that leads back to where it was set repeats
// (prompt_before_authorize_timer.go), and is reported as above. WeChat's
// getUserInfo has opened no dialog since 2021 and is left to
// login/deprecated-profile-api
// (see silentOn); Douyin's still asks and is reported.
//
// The fix wraps the statement in showModal({ success(res) { if
// (res.confirm) … } }) with the category's concrete purpose from the
// privacy table; for an awaited call it puts a one-line guard before it
// (`if (!(await wx.showModal({…})).confirm) return`), which keeps the
// statement's declarations in scope. It is not offered for a return
// statement or a declaration in callback style (wrapping would change what
// the code returns or declares), nor for a statement holding an await that
// does not start its line.
var PromptBeforeAuthorize = &rule.Rule{
	ID:       "privacy/prompt-before-authorize",
	Severity: rule.Error,
	Citation: "DY §1.1.2.1, WX §14.1.1, WX §14.4.1, LESSONS #04",
	Title:    rule.Msg{Zh: "授权前须先向用户说明用途并征得同意", En: "Ask the user, with the purpose, before a privacy authorization"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "在页面加载或显示、小程序启动或切到前台、组件挂载时（无需用户操作）直接调用获取位置、相册、相机、麦克风、剪贴板、用户信息等隐私接口，之前没有用户确认过的说明弹窗。",
			En: "A privacy API (location, album, camera, microphone, clipboard, profile …) is called on entry — page load or show, app launch or show, component attach — with no prompt the user confirmed first."},
		Why: rule.Msg{Zh: "审核要求在调用授权前告知用户用途、由用户主动触发；进入页面即弹出系统授权框会被驳回（抖音 §1.1.2.1；微信 §14.1.1、§14.4.1）。",
			En: "Reviewers require users to learn the purpose and trigger the authorization themselves; a system permission dialog on page entry is rejected (DY §1.1.2.1; WX §14.1.1, §14.4.1)."},
		Wrong:   "Page({\n  onLoad() {\n    wx.getLocation({ success: (res) => this.setData(res) })\n  }\n})",
		Right:   "Page({\n  onLoad() {\n    wx.showModal({\n      title: '授权提示',\n      content: '需要获取你的位置信息，用于为你显示附近的门店和距离。',\n      success: (res) => {\n        if (res.confirm) {\n          wx.getLocation({ success: (res) => this.setData(res) })\n        }\n      }\n    })\n  }\n})",
		Excerpt: "违规-在采集用户数据之前，必须确保经过用户明示同意授权，需弹出单独弹窗向用户如实披露采集数据内容，数据用途、使用范围等相关信息。……进入小程序请勿直接弹起用户授权，需增加一个【前置提醒】，用户点击同意后才能弹起相关授权。（抖音 版本审核常见问题 §1.1.2.1）",
	},
	Check:        checkPrompt,
	CheckProject: checkPromptProject,
}

// promptAPI returns the table entry when call c is a prompting privacy API.
func promptAPI(c *script.Call) *ptable.API {
	if a := apiOf(c); a != nil && a.Prompt && !pickerOnly(c, a) {
		return a
	}
	if authCodeAsks(c) {
		return &alipayUserAuth
	}
	return nil
}

// pickerOnly: WeChat's (and QQ's) map pickers ask no authorization since
// 2022-06-13: the user picks a place or cancels, which is the consent.
// Douyin's tt.chooseLocation still needs scope.userLocation.
func pickerOnly(c *script.Call, a *ptable.API) bool {
	return (a.Name == "chooseLocation" || a.Name == "choosePoi") && (c.Namespace == "wx" || c.Namespace == "qq")
}

// answersAuthorize: call, a prompting API of a, is written in the
// success, fail or complete callback of an authorize (wx, tt, swan, qq,
// my …) for a scope a needs. The one system dialog is the authorize's,
// reported at the authorize; the call after it runs once the user has
// answered: granted, it opens nothing, refused, it fails silently.
// swan.authorize({ scope: 'scope.userInfo', success() {
// swan.getUserInfo(…) } }) is one prompt, not two. An authorize for
// another scope asks nothing for this call, which stays reported.
func answersAuthorize(s *script.Facts, call *script.Call, a *ptable.API) bool {
	if s == nil || a == nil || direct(call, "authorize") {
		return false
	}
	for i := range s.Calls {
		au := &s.Calls[i]
		if !direct(au, "authorize") || au.Options == nil || !au.Span.Contains(call.Span.Start) {
			continue
		}
		p := au.Options.Get("scope")
		if p == nil || !p.IsString || !scopeCovers(p.String, a) {
			continue
		}
		for _, k := range []string{"success", "fail", "complete"} {
			if cb := au.Options.Get(k); cb != nil && cb.IsFunc && cb.ValueSpan.Contains(call.Span.Start) {
				return true
			}
		}
	}
	return false
}

// scopeCovers: authorizing scope answers the dialog API a would open
// (its WeChat or Douyin scope; scope.userInfo for the profile APIs).
func scopeCovers(scope string, a *ptable.API) bool {
	return scope != "" && (scope == a.Scope || scope == a.DouyinScope || a.Category == "UserInfo" && scope == "scope.userInfo")
}

// alipayUserAuth is Alipay's my.getAuthCode asked for the auth_user scope:
// it opens the dialog that hands over the member's profile (auth_base,
// the silent scope, does not).
var alipayUserAuth = ptable.API{Name: "getAuthCode", Category: "UserInfo", Prompt: true}

func authCodeAsks(c *script.Call) bool {
	if c.Namespace != "my" || !direct(c, "getAuthCode") || c.Options == nil {
		return false
	}
	p := c.Options.Get("scopes")
	if p == nil {
		return false
	}
	return strings.Contains(p.Value, "auth_user") || strings.Contains(p.String, "auth_user")
}

// entryWhere describes where the call runs: "onLoad → initMap".
func entryWhere(c *script.Call) string {
	if len(c.EntryPath) == 0 {
		return "module top level"
	}
	return strings.Join(c.EntryPath, " → ")
}

func checkPrompt(c *rule.FileContext) {
	if ownByProject(c.Env, c.Unit.Path) {
		return // a page's or component's own calls: checkPromptProject
	}
	reportOwn(c, nil)
}

// ownByProject: the calls a page's or a component's own entries reach in
// its file are reported by checkPromptProject, which knows the scopes
// the app's launch asked first (launchScopes); a file check reads no
// other file. The app's script, helpers, and files of no project (a
// lone file) stay with checkPrompt.
func ownByProject(env *rule.Env, path string) bool {
	p := env.Project
	if p == nil || p.App == nil || p.App.File == nil || p.IsAppFile(path) {
		return false
	}
	if _, ok := p.PageOf(path); ok {
		return true
	}
	return p.IsComponentFile(path)
}

// reportOwn reports the prompting calls of c's file its own entries
// reach with no prompt the user confirmed, but those skip leaves out.
func reportOwn(c *rule.FileContext, skip func(*script.Call, *ptable.API) bool) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		a, again, ok := promptsHere(c, call)
		if !ok || skip != nil && skip(call, a) {
			continue
		}
		scope := ""
		if a.Name == "authorize" && call.Options != nil {
			if p := call.Options.Get("scope"); p != nil && p.IsString {
				scope = p.String
			}
		}
		where := entryWhere(call)
		name := callName(call)
		msg := rule.Msg{
			Zh: "进入页面即调用 " + name + "（" + where + "），之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途。",
			En: name + " runs on entry (" + where + ") with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose.",
		}
		var fixes []rule.Fix
		switch {
		case again && loopRepeats(s, call):
			// an interval, a loop or a retry an entry starts: its first
			// run asks on entry; a dialog wrapped around it would show on
			// every run: no fix, and the message says to ask once, before
			msg = rule.Msg{
				Zh: "进入页面即调用 " + name + "（" + where + "），之后由循环或定时器反复调用：第一次调用就弹出系统授权框，之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或在启动循环或定时器之前先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + " runs on entry (" + where + ") and then again from a loop or timer: its first run opens the system dialog with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask once with the purpose before the loop or timer starts (check getSetting's authSetting first, or keep a flag).",
			}
		case again:
			// wrapping a call that runs on every show in a dialog would ask
			// on every show: no fix, and the message says to ask once
			msg = rule.Msg{
				Zh: "进入页面即调用 " + name + "（" + where + "，首次进入就弹出系统授权框），之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + " runs on entry (" + where + "; the system dialog opens on the first visit) with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose, once (check getSetting's authSetting first, or keep a flag).",
			}
		default:
			if fx, ok := consentFix(c, call, promptPurpose(c, a, scope)); ok {
				fixes = append(fixes, fx)
			}
		}
		if call.UnaskedPasses {
			// the developer checked getSetting, but only for a refusal
			msg.Zh += "注意：从未询问过的权限在 authSetting 中没有这一项（undefined），只排除“已拒绝”的判断（如 === false 的 else 分支）在首次进入时也会执行到这里。"
			msg.En += " Note: authSetting has no entry for a scope never asked (undefined), so a test that only rules out a refusal (the else of === false) lets the first visit through."
		}
		c.Report(call.NameSpan, msg, fixes...)
	}
}

// promptsHere: checkPrompt reports call, a prompting API (a) its own
// file's entry reaches with no prompt the user confirmed; again when it
// runs again after (a show lifecycle, a loop, a timer retry).
func promptsHere(c *rule.FileContext, call *script.Call) (a *ptable.API, again, ok bool) {
	s := c.Unit.Script
	t := timingOf(c.Platform, s, call)
	if t != timingPrompt && (t != timingRepeated || !call.OnEntry || repeatedAtCall(c, call)) || call.EntryConfirmed {
		return nil, false, false
	}
	a = promptAPI(call)
	if a == nil || oneButtonPrompted(s, call, c.Lexicon) || answersAuthorize(s, call, a) {
		return nil, false, false
	}
	return a, t == timingRepeated, true
}

// consentFix wraps the call's statement in a showModal whose success runs
// it when the user confirms; for await-style calls it inserts an awaited
// showModal and an early return before the statement, so variables the
// statement declares stay in scope.
func consentFix(c *rule.FileContext, call *script.Call, purpose string) (rule.Fix, bool) {
	src := c.Unit.Text
	st := call.Statement
	if st.Len() == 0 || st.End > len(src) {
		return rule.Fix{}, false
	}
	stmt := string(src[st.Start:st.End])
	ns := call.Namespace
	if ns == "" || ns == "uni" || ns == "Taro" {
		ns = c.Namespace
	}
	eol := fix.LineEnding(src)
	unit := fix.IndentUnit(src)
	indent := fix.LineIndent(src, st.Start)
	title := rule.Msg{Zh: "添加授权前说明弹窗", En: "Add pre-authorization prompt"}
	content := quoteJS(purpose)
	atLineStart := strings.TrimSpace(string(src[lineStart(src, st.Start):st.Start])) == ""
	modal := ns + ".showModal"
	if ns == "my" {
		modal = "my.confirm" // Alipay has no showModal; confirm reports res.confirm too
	}

	if call.Style == script.StyleAwait {
		if !atLineStart {
			return rule.Fix{}, false // an await inside a larger expression: no place for a guard
		}
		// One statement, no new name: two guards in one function never clash.
		// WeChat's showModal returns a promise when given no callback; the
		// other platforms do not document one, so theirs is wrapped.
		ask := ns + ".showModal({ title: '授权提示', content: " + content + " })"
		if ns != "wx" {
			ask = "new Promise((resolve) => " + modal + "({ title: '授权提示', content: " + content + ", success: resolve, fail: () => resolve({}) }))"
		}
		guard := "if (!(await " + ask + ").confirm) return" + eol + indent
		return rule.Fix{Title: title, Preferred: true, Safe: true, Edits: []rule.Edit{{Span: text.Span{Start: st.Start, End: st.Start}, NewText: guard}}}, true
	}
	if strings.HasPrefix(stmt, "return") || strings.HasPrefix(stmt, "const ") || strings.HasPrefix(stmt, "let ") || strings.HasPrefix(stmt, "var ") {
		return rule.Fix{}, false // wrapping would change what the code returns or declares
	}
	if hasAwait(stmt) {
		return rule.Fix{}, false // the success callback is not async
	}
	in1, in2, in3 := indent+unit, indent+unit+unit, indent+unit+unit+unit
	body := fix.Reindent(stmt, unit+unit+unit, eol)
	wrapped := modal + "({" + eol +
		in1 + "title: '授权提示'," + eol +
		in1 + "content: " + content + "," + eol +
		in1 + "success: (res) => {" + eol +
		in2 + "if (res.confirm) {" + eol +
		in3 + body + eol +
		in2 + "}" + eol +
		in1 + "}" + eol +
		indent + "})"
	return rule.Fix{Title: title, Preferred: true, Safe: true, Edits: []rule.Edit{{Span: st, NewText: wrapped}}}, true
}

// hasAwait reports whether a statement's text uses the await keyword.
func hasAwait(stmt string) bool {
	for i := strings.Index(stmt, "await"); i >= 0; {
		before := i == 0 || !isIdentByte(stmt[i-1])
		after := i+5 >= len(stmt) || !isIdentByte(stmt[i+5])
		if before && after {
			return true
		}
		j := strings.Index(stmt[i+5:], "await")
		if j < 0 {
			break
		}
		i += 5 + j
	}
	return false
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// quoteJS writes s as a single-quoted JavaScript string.
func quoteJS(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `'`, `\'`)
	return "'" + s + "'"
}

// promptPurpose is the prompt's text for API a: the purpose app.json
// already gives the scope (permission[scope].desc, which the developer
// wrote for this very use) when it names one, else the category's
// stock purpose. A reviewer reads the prompt against the declaration:
// the same use in both is what passes.
func promptPurpose(c *rule.FileContext, a *ptable.API, scope string) string {
	stock := ptable.Purpose(a, scope)
	if scope == "" {
		scope = a.Scope
	}
	if c.Project == nil || c.Project.App == nil || scope == "" {
		return stock
	}
	perm := c.Project.App.PermissionFor(scope)
	if perm == nil && strings.HasPrefix(scope, "scope.userFuzzyLocation") {
		perm = c.Project.App.PermissionFor("scope.userLocation")
	}
	if perm == nil || !perm.HasDesc {
		return stock
	}
	return purposeFromDesc(stock, perm.Desc.Value, c.Lexicon)
}

// purposeFromDesc writes desc ("你的位置信息将用于展示附近的门店") as a
// prompt in stock's form ("需要获取你的位置信息，用于…。"); a desc that
// is blank, vague or bare gives stock back.
func purposeFromDesc(stock, desc string, lex *lexicon.Lexicon) string {
	d := strings.TrimSpace(desc)
	d = strings.TrimRight(d, "。.！!；;，, ")
	if d == "" || privacydecl.Vague(d, lex) || privacydecl.Bare(d) {
		return stock
	}
	need, _, ok := strings.Cut(stock, "，用于")
	if !ok {
		return stock
	}
	use := d
	if i := strings.Index(d, "用于"); i >= 0 {
		use = d[i:]
	} else if p := privacydecl.BadPrefix(d); p != "" {
		use = "用于" + strings.TrimPrefix(d, p)
	} else {
		use = "用于" + d
	}
	if privacydecl.Bare(strings.TrimPrefix(use, "用于")) {
		return stock
	}
	return need + "，" + use + "。"
}
