package privacy

import (
	"regexp"
	"strconv"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A refusal handler that asks again: the fail callback of an
// authorization shows a dialog whose button, whichever the user presses
// (the success callback does not look at res.confirm, or the dialog has
// no cancel button), asks for the authorization again or calls a
// function that does (the same helper, an ...Auth... helper). Refusing
// then leads nowhere but back to the dialog: the repetition DY §1.1.1.1
// and WX §16.6.2 forbid. A dialog that opens the settings page once is
// not that: the user leaves the settings as they please and goes on
// using the app, and asking again when they tap the feature again is
// what WX §16.6.2 allows ("在用户表现出向你授予权限的意向后再次提醒他们").
// On a path that runs by itself (every show, a timer) the settings
// dialog does come back each time: asksOnRefusal counts it there.

// reasks lists, for a prompting call, the dialogs of its fail callback
// that ask again.
func reasks(src []byte, s *script.Facts, c *script.Call) []*script.Call {
	if c.Options == nil {
		return nil
	}
	fail := c.Options.Get("fail")
	if fail == nil || !fail.IsFunc {
		return nil
	}
	var out []*script.Call
	for i := range s.Calls {
		m := &s.Calls[i]
		if m.Factory != "" || m.Namespace == "" || (m.API != "showModal" && m.API != "confirm" && m.API != "alert") || !within(m.Span, fail.ValueSpan) || m.Options == nil {
			continue
		}
		ok := m.Options.Get("success")
		if ok == nil || !ok.IsFunc {
			continue
		}
		oneButton := false
		if p := m.Options.Get("showCancel"); p != nil && strings.TrimSpace(p.Value) == "false" {
			oneButton = true
		}
		if m.API == "alert" {
			oneButton = true
		}
		if asksAgain(src, s, c, ok.ValueSpan, oneButton) {
			out = append(out, m)
		}
	}
	return out
}

// asksAgain: something in span (a dialog's success callback) that runs
// whichever button was pressed asks for the authorization again.
func asksAgain(src []byte, s *script.Facts, c *script.Call, span text.Span, oneButton bool) bool {
	for i := range s.Calls {
		r := &s.Calls[i]
		if !within(r.Span, span) || r.LocalConfirmed && !oneButton {
			continue
		}
		if promptAPI(r) != nil && !direct(r, "openSetting") {
			return true
		}
	}
	again := func(name string) bool {
		return name != "" && (name == c.Func || strings.Contains(strings.ToLower(name), "auth"))
	}
	for i := range s.Ext {
		x := &s.Ext[i]
		if within(x.Span, span) && (!x.LocalConfirmed || oneButton) && again(x.Name) && !missingMethod(src, s, x) {
			return true
		}
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		if within(e.Site, span) && (!e.Confirmed || oneButton) && int(e.To) < len(s.Funcs) && again(s.Funcs[e.To].Name) {
			return true
		}
	}
	return false
}

// missingMethod reports a call of a method the file's own object literal
// does not have (`let tools = {getUserInfo() {…}}` … tools.getAuthCode()):
// it throws, whichever button was pressed, and asks nothing again.
func missingMethod(src []byte, s *script.Facts, x *script.ExtCall) bool {
	if x.Object == "" || strings.ContainsAny(x.Object, ".()") {
		return false
	}
	decl := regexp.MustCompile(`\b(?:let|var|const)\s+` + regexp.QuoteMeta(x.Object) + `\s*=\s*\{`)
	if !decl.Match(src) {
		return false
	}
	if _, ok := s.Bodies[x.Name]; ok {
		return false
	}
	for _, a := range s.Assignments {
		if a.Object == x.Object && a.Prop == x.Name {
			return false
		}
	}
	return true
}

func within(a, b text.Span) bool { return b.Start <= a.Start && a.End <= b.End && b.Len() > 0 }

// checkReasks reports each such dialog once, on the dialog call.
func checkReasks(c *rule.FileContext) {
	s := c.Unit.Script
	done := map[text.Span]bool{}
	for i := range s.Calls {
		call := &s.Calls[i]
		if promptAPI(call) == nil || silentOn(c.Platform, call) || isClipboard(call) {
			continue
		}
		for _, m := range reasks(c.Unit.Text, s, call) {
			if done[m.NameSpan] {
				continue
			}
			done[m.NameSpan] = true
			name, dlg := callName(call), callName(m)
			c.Report(m.NameSpan, rule.Msg{
				Zh: "用户拒绝 " + name + " 授权后，" + dlg + " 弹窗不论点哪个按钮都会再次请求授权：拒绝后无路可走，审核禁止强制反复调起用户授权。请让用户可以取消，取消后继续使用其他功能。",
				En: "When the user refuses " + name + ", the " + dlg + " dialog asks for the authorization again whichever button is pressed: refusing leads nowhere, and reviewers reject repeated authorization requests. Let the user cancel and carry on without it.",
			})
		}
	}
}

// What makes a call on a path that runs again and again (every show, a
// loop, a timer) ask again each time. WeChat and Douyin show a scope's
// dialog once: after the user decides, later calls succeed or fail
// without a dialog, and a refusal is undone only in the settings page.
// So a bare call repeats nothing the user sees; these do:
//   - an API whose every call shows something: Alipay's
//     my.getAuthCode with auth_user (its dialog comes back until the
//     user agrees, and closing it fires onShow: Alipay's own reference
//     warns against onShow), Douyin's tt.login with force (the default)
//     opens the host's login panel while the user is not signed in, the
//     pickers the table counts as prompting (chooseImage, chooseMedia,
//     chooseVideo, chooseAddress, chooseInvoiceTitle, Douyin's
//     chooseLocation), getUserProfile from a dialog's button (it needs
//     a tap; outside one it fails without a dialog);
//   - a refusal path that asks again: the fail callback (through the
//     file's functions) calls openSetting, authorize or the same API, or
//     shows a dialog whose button does, or calls an ...auth... helper.

// hostLogin: Douyin's tt.login with force on (the default): the host's
// login panel opens while the user is not signed in to Douyin.
func hostLogin(platform string, c *script.Call) bool {
	if c.Namespace != "tt" || !direct(c, "login") {
		return false
	}
	if p := c.Options.Get("force"); p != nil && strings.TrimSpace(p.Value) == "false" {
		return false
	}
	return true
}

var pickers = map[string]bool{
	"chooseImage": true, "chooseMedia": true, "chooseVideo": true, "chooseAddress": true,
	"chooseInvoiceTitle": true, "chooseLocation": true,
}

// everyCall says what c shows on every call, when it does.
func everyCall(platform string, s *script.Facts, c *script.Call) (rule.Msg, bool) {
	switch {
	case hostLogin(platform, c):
		return rule.Msg{Zh: "tt.login 默认 force: true，用户未登录抖音时每次调用都会弹出抖音登录框",
			En: "tt.login (force defaults to true) opens Douyin's login panel on every call while the user is not signed in"}, true
	case authCodeAsks(c):
		return rule.Msg{Zh: "my.getAuthCode（auth_user）在用户同意前每次调用都会弹出授权框，授权框关闭又会触发 onShow",
			En: "my.getAuthCode with auth_user shows its dialog on every call until the user agrees, and closing it fires onShow again"}, true
	case c.Factory == "" && pickers[c.API] && promptAPI(c) != nil:
		return rule.Msg{Zh: callName(c) + " 每次调用都会打开选择界面，关闭后页面再次显示又会打开",
			En: callName(c) + " opens its picker on every call, and closing it shows the page again"}, true
	case direct(c, "getUserProfile") && !silentOn(platform, c) && inDialogButton(s, c):
		return rule.Msg{Zh: callName(c) + " 每次调用都会弹出授权框",
			En: callName(c) + " shows its dialog on every call"}, true
	}
	return rule.Msg{}, false
}

func isDialog(m *script.Call) bool {
	return m.Factory == "" && m.Namespace != "" && (m.API == "showModal" || m.API == "confirm" || m.API == "alert")
}

// inDialogButton: c is in the success callback of a dialog (a tap on its
// button).
func inDialogButton(s *script.Facts, c *script.Call) bool {
	for i := range s.Calls {
		m := &s.Calls[i]
		if !isDialog(m) || m.Options == nil {
			continue
		}
		if ok := m.Options.Get("success"); ok != nil && ok.IsFunc && within(c.Span, ok.ValueSpan) {
			return true
		}
	}
	return false
}

// region is code a callback runs: spans of the file and the functions
// called from them (through the file's own call graph).
type region struct {
	spans []text.Span
	units map[int32]bool
}

func grow(s *script.Facts, spans ...text.Span) region {
	r := region{spans: spans, units: map[int32]bool{}}
	for changed := true; changed; {
		changed = false
		for i := range s.Edges {
			e := &s.Edges[i]
			if r.units[e.To] || int(e.To) >= len(s.Funcs) {
				continue
			}
			if r.units[e.From] || r.inSpans(e.Site) {
				r.units[e.To], changed = true, true
			}
		}
	}
	return r
}

func (r region) inSpans(sp text.Span) bool {
	for _, x := range r.spans {
		if within(sp, x) {
			return true
		}
	}
	return false
}

func (r region) has(sp text.Span, unit int32) bool { return r.units[unit] || r.inSpans(sp) }

// asksOnRefusal finds, on the refusal path of c, what asks again: the
// call (openSetting, authorize, c's API again) or the dialog leading to
// one. at is where, ok false when nothing does.
func asksOnRefusal(src []byte, s *script.Facts, c *script.Call) (at *script.Call, dialog, ok bool) {
	if c.Options == nil {
		return nil, false, false
	}
	fail := c.Options.Get("fail")
	if fail == nil {
		return nil, false, false
	}
	reg := grow(s, fail.ValueSpan)
	again := func(r *script.Call) bool {
		return direct(r, "openSetting") || direct(r, "authorize") || r.Namespace != "" && r.API == c.API && r.Factory == c.Factory
	}
	authHelper := func(rg region) bool {
		for i := range s.Ext {
			x := &s.Ext[i]
			if rg.has(x.Span, x.Unit) && (x.Name == c.Func || strings.Contains(strings.ToLower(x.Name), "auth")) && !missingMethod(src, s, x) {
				return true
			}
		}
		return false
	}
	for i := range s.Calls {
		r := &s.Calls[i]
		if !reg.has(r.Span, r.Unit) {
			continue
		}
		if again(r) {
			return r, false, true
		}
		if !isDialog(r) || r.Options == nil {
			continue
		}
		okp := r.Options.Get("success")
		if okp == nil || !okp.IsFunc {
			continue
		}
		sub := grow(s, okp.ValueSpan)
		for j := range s.Calls {
			if r2 := &s.Calls[j]; sub.has(r2.Span, r2.Unit) && again(r2) {
				return r, true, true
			}
		}
		if authHelper(sub) {
			return r, true, true
		}
	}
	if authHelper(reg) {
		return nil, false, true
	}
	return nil, false, false
}

// refusalUnits are the functions c's refusal path runs (a flag set there
// also keeps the next show from asking).
func refusalUnits(s *script.Facts, c *script.Call) []int32 {
	if c.Options == nil || c.Options.Get("fail") == nil {
		return nil
	}
	var out []int32
	for u := range grow(s, c.Options.Get("fail").ValueSpan).units {
		out = append(out, u)
	}
	return out
}

// asksEachTime says why c, run again and again, asks the user again each
// time (see above); ok false when it does not. pos words where a call of
// c's file is ("line 12", "utils/auth.js:12").
func asksEachTime(platform string, u *rule.Unit, c *script.Call, pos func(*script.Call) rule.Msg) (rule.Msg, bool) {
	s := u.Script
	if m, ok := everyCall(platform, s, c); ok {
		return m, true
	}
	at, dialog, ok := asksOnRefusal(u.Text, s, c)
	switch {
	case !ok:
		return rule.Msg{}, false
	case at == nil:
		return rule.Msg{Zh: "用户拒绝后又调用授权函数再次请求", En: "after a refusal it calls an authorization helper to ask again"}, true
	case dialog:
		p := pos(at)
		return rule.Msg{Zh: "用户拒绝后，" + callName(at) + " 弹窗（" + p.Zh + "）又引导用户去授权或打开设置页",
			En: "after a refusal, the " + callName(at) + " dialog (" + p.En + ") sends the user back to authorize or to the settings page"}, true
	}
	p := pos(at)
	return rule.Msg{Zh: "用户拒绝后又调用 " + callName(at) + "（" + p.Zh + "）",
		En: "after a refusal it calls " + callName(at) + " (" + p.En + ") again"}, true
}

// linePos words a call's place in the file being reported.
func linePos(u *rule.Unit) func(*script.Call) rule.Msg {
	return func(c *script.Call) rule.Msg {
		ln := lineOf(u, c)
		return rule.Msg{Zh: "第 " + ln + " 行", En: "line " + ln}
	}
}

// filePos words a call's place in another file.
func filePos(u *rule.Unit) func(*script.Call) rule.Msg {
	return func(c *script.Call) rule.Msg {
		w := where(u, c.NameSpan.Start)
		return rule.Msg{Zh: w, En: w}
	}
}

func lineOf(u *rule.Unit, call *script.Call) string {
	if u.Index == nil {
		return "?"
	}
	return strconv.Itoa(u.Index.LineOf(call.NameSpan.Start) + 1)
}
