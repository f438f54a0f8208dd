package privacy

import (
	"strconv"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// RepeatedAuthorize: an API that asks for an authorization (location,
// profile, album, authorize …, the table's prompting APIs) called where it
// runs again and again without the user asking: onShow, App onShow,
// pageLifetimes.show, a loop or iteration callback, a setInterval, or a
// function only a timer calls (a retry). Douyin rejects "强制反复调起用户授权"
// (DY §1.1.1.4) and wants the prompt only when the user uses the feature
// (DY §1.1.2.1).
//
// Judgment:
//   - a call behind a user-confirmed prompt or a consent check (an
//     authSetting test, an agreed flag) is not reported: after such a
//     check no system dialog shows;
//   - a call inside a one-shot setTimeout is not a repetition (it is
//     privacy/prompt-before-authorize's when on entry);
//   - a call written in the show lifecycle (or a loop) is reported here
//     and not also by privacy/prompt-before-authorize, and clipboard and
//     recording calls on entry go to their own rules (see timingOf);
//   - a call onShow reaches through other functions is reported on the
//     call in onShow that leads there (onShow → checkLogin → handleLogin),
//     once for all it leads to; through a helper of another file, on the
//     page's call that leaves the page (see analysis/callgraph), with the
//     way in the message;
//   - a refusal handler that asks again: the fail callback of an
//     authorization shows a dialog whose button, whichever is pressed (no
//     res.confirm check, or showCancel: false), asks again, opens the
//     settings or calls the same or an ...auth... helper: reported on the
//     dialog.
//
// No automatic fix: the call has to move to a user action (a tap), or to
// onLoad behind a prompt, which only the developer can decide.
var RepeatedAuthorize = &rule.Rule{
	ID:       "privacy/repeated-authorize",
	Severity: rule.Warning,
	Citation: "DY §1.1.1.1, DY §1.1.1.4, WX §16.6.2",
	Title:    rule.Msg{Zh: "反复调起授权", En: "Authorization requested again and again"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "在 onShow、pageLifetimes.show、循环、setInterval 或定时重试中调用定位、用户信息、相册、authorize 等需要授权的接口：每次页面显示或每轮循环都会再次请求授权。",
			En: "An API that asks for authorization (location, profile, album, authorize …) is called from onShow, pageLifetimes.show, a loop, a setInterval or a timer retry: it asks again every time the page shows or the loop runs."},
		Why: rule.Msg{Zh: "审核禁止强制反复调起用户授权，登录或授权后也不可再反复拉起（抖音 §1.1.1.4、§1.1.1.1）。授权应由用户操作触发。",
			En: "Reviewers reject apps that keep requesting an authorization, including after login (DY §1.1.1.4, §1.1.1.1). Request it when the user acts."},
		Wrong:   "Page({\n  onShow() {\n    wx.getLocation({ success: (res) => this.setData(res), fail: () => {} })\n  }\n})",
		Right:   "Page({\n  onLocateTap() {\n    wx.getLocation({ success: (res) => this.setData(res), fail: () => {} })\n  }\n})",
		Excerpt: "自定义话术-禁止强制反复调起用户授权。……实现登录功能，登录后不可再反复拉起相关授权。（抖音 版本审核常见问题 §1.1.1.4）",
	},
	Check:        checkRepeated,
	CheckProject: checkRepeatedProject,
}

// showChain: c repeats only because a show lifecycle reaches it through
// the file's own functions (onShow → checkLogin → tt.login), not from a
// loop or a timer and not written in the lifecycle itself. Such a call is
// on entry with no prompt (prompt-before-authorize, at the call) and
// repeated by the call in onShow (this rule, at that call).
func showChain(s *script.Facts, c *script.Call) bool {
	if !c.OnEntry || loopRepeats(s, c) {
		return false
	}
	_, _, ok := showSite(s, c)
	return ok
}

func line(c *rule.FileContext, call *script.Call) string {
	if c.Unit.Index == nil {
		return "?"
	}
	return strconv.Itoa(c.Unit.Index.LineOf(call.NameSpan.Start) + 1)
}

func checkRepeated(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	checkReasks(c)
	sites := map[text.Span]bool{}
	for i := range s.Calls {
		call := &s.Calls[i]
		if timingOf(c.Platform, s, call) != timingRepeated {
			continue
		}
		name := callName(call)
		if showChain(s, call) {
			// the call in onShow that leads here repeats it: the finding
			// goes there, once for every call it leads to
			site, way, _ := showSite(s, call)
			if sites[site] {
				continue
			}
			sites[site] = true
			c.Report(site, rule.Msg{
				Zh: "每次显示页面都经由 " + way + " 调用 " + name + "（第 " + line(c, call) + " 行），会反复请求授权：审核禁止强制反复调起用户授权。请改为用户点击时调用，或只在 onLoad 经用户确认后调用一次。",
				En: name + " (line " + line(c, call) + ") is called every time the page shows, through " + way + ", so it asks for authorization over and over; reviewers reject repeated authorization requests. Call it when the user taps, or once in onLoad after the user agreed.",
			})
			continue
		}
		w := repeatWhere(call)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + " " + w.Zh + "调用，会反复请求授权：审核禁止强制反复调起用户授权。请改为用户点击时调用，或只在 onLoad 经用户确认后调用一次。",
			En: name + " is called " + w.En + ", so it asks for authorization over and over; reviewers reject repeated authorization requests. Call it when the user taps, or once in onLoad after the user agreed.",
		})
	}
}
