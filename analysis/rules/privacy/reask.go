package privacy

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A refusal handler that asks again: the fail callback of an
// authorization shows a dialog whose button, whichever the user presses
// (the success callback does not look at res.confirm, or the dialog has
// no cancel button), asks for the authorization again, opens the
// settings page or calls a function that does (the same helper, an
// ...Auth... helper). Refusing then leads nowhere but back to the
// dialog: the repetition DY §1.1.1.1 and WX §16.6.2 forbid.

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
		if promptAPI(r) != nil || direct(r, "openSetting") {
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
