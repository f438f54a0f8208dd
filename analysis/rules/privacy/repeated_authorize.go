package privacy

import (
	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// RepeatedAuthorize: an authorization asked for again and again without
// the user asking, on a path that runs again and again (onShow, App
// onShow, pageLifetimes.show, through the file's functions or a helper of
// another file; a loop or iteration callback; a setInterval; a timer
// retry). WeChat and Douyin show a scope's system dialog once: after the
// user decides, later calls succeed or fail without a dialog, and only
// the settings page undoes a refusal. So a bare call on such a path asks
// nothing again; what the rulebooks forbid ("强制反复调起用户授权",
// DY §1.1.1.4; WX §16.6.2 allows asking again only after the user shows
// the wish to grant it) is code that asks again by itself:
//   - the refusal path asks again: the fail callback (through the file's
//     functions) calls openSetting, authorize or the same API, or shows a
//     dialog whose button leads there, or calls an ...auth... helper —
//     then every show ends in that nag;
//   - or the API shows something on every call: Alipay's my.getAuthCode
//     with auth_user (until the user agrees; closing the dialog fires
//     onShow), Douyin's tt.login with force (the default: the host's
//     login panel for users not signed in), the pickers the table counts
//     as prompting, getUserProfile from a dialog's button (see reask.go).
//
// Judgment:
//   - a call behind a user-confirmed prompt or a consent check (an
//     authSetting test, an agreed flag) is not reported: after such a
//     check no system dialog shows;
//   - a call behind a flag the way sets on its first run (`if (count ===
//     0) {…; count = 1}`, `if (asked) return; this.setData({ asked:
//     true })`) runs once, not on every show (onceguard.go); a flag set
//     only when the user agreed (in the success callback) or cleared
//     again (onHide, complete) does not stop the next show;
//   - a call inside a one-shot setTimeout is not a repetition (it is
//     privacy/prompt-before-authorize's when on entry);
//   - a call this rule reports is not reported again at the same site by
//     privacy/prompt-before-authorize; a bare call in the show lifecycle,
//     or in a loop or an interval an entry starts, which this rule
//     leaves, is that rule's (its first run is an entry);
//     clipboard and recording calls on entry go to their own rules (see
//     timingOf);
//   - a call onShow reaches through other functions is reported on the
//     call in onShow that leads there (onShow → checkLogin → handleLogin),
//     once for all it leads to; through a helper of another file, on the
//     page's call that leaves the page (see analysis/callgraph), with the
//     way in the message;
//   - a refusal handler that asks again wherever it runs: the fail
//     callback of an authorization shows a dialog whose button, whichever
//     is pressed (no res.confirm check, or showCancel: false), asks again
//     or calls the same or an ...auth... helper: reported on the dialog
//     (reask.go). A dialog that only opens the settings page is not, off
//     a repeating path: it runs once per tap (save-poster → authorize →
//     refusal → "去设置" → openSetting), the user comes back and goes on,
//     and tapping again is the wish WX §16.6.2 waits for;
//
// No automatic fix: the nag has to move to a user action (a tap on a
// "去设置" button), or be shown once behind a flag, which only the
// developer can decide.
var RepeatedAuthorize = &rule.Rule{
	ID:       "privacy/repeated-authorize",
	Severity: rule.Warning,
	Citation: "DY §1.1.1.1, DY §1.1.1.4, WX §16.6.2",
	Title:    rule.Msg{Zh: "反复调起授权", En: "Authorization requested again and again"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "每次页面显示（onShow、pageLifetimes.show）或每轮循环、定时重试都会再次催促用户授权：用户拒绝后的失败回调弹窗引导去设置页（openSetting）或再次调用 authorize / 同一接口；或调用每次都会弹出界面的接口（支付宝 auth_user 授权、抖音 tt.login 登录框、选择相册等选择器）。只是在 onShow 中调用 wx.getLocation、wx.authorize 不算：系统授权弹窗只出现一次，之后静默成功或失败；用标记只提示一次的也不算。",
			En: "Every time the page shows (onShow, pageLifetimes.show), or a loop or a timer retry runs, the user is pushed to authorize again: after a refusal the fail path shows a dialog leading to the settings page (openSetting) or calls authorize or the same API again; or the call shows something on every call (Alipay's auth_user dialog, Douyin's tt.login panel, the album and other pickers). A bare wx.getLocation or wx.authorize in onShow is not this: the system dialog shows once, then calls succeed or fail silently; nor is a reminder shown once behind a flag."},
		Why: rule.Msg{Zh: "审核禁止强制反复调起用户授权，登录或授权后也不可再反复拉起（抖音 §1.1.1.4、§1.1.1.1）；用户拒绝后，只能在用户表现出授权意向后再次提醒（微信 §16.6.2）。每次显示都弹窗催促，用户拒绝后无法正常使用。",
			En: "Reviewers reject apps that keep pushing for an authorization, including after login (DY §1.1.1.4, §1.1.1.1); after a refusal, WeChat allows reminding the user only once they show they want to grant it (WX §16.6.2). A nag on every show leaves no way to use the app after saying no."},
		Wrong:   "Page({\n  onShow() {\n    wx.getLocation({\n      success: (res) => this.setData(res),\n      fail: () => wx.showModal({\n        content: '需要定位权限，去设置开启？',\n        success: (r) => r.confirm && wx.openSetting()\n      })\n    })\n  }\n})",
		Right:   "Page({\n  onShow() {\n    wx.getLocation({\n      success: (res) => this.setData(res),\n      fail: () => this.setData({ denied: true }) // 页面上显示“去设置”按钮\n    })\n  },\n  onOpenSettingTap() {\n    wx.openSetting()\n  }\n})",
		Excerpt: "自定义话术-禁止强制反复调起用户授权。……实现登录功能，登录后不可再反复拉起相关授权。（抖音 版本审核常见问题 §1.1.1.4）；如果用户选择拒绝授权，你可以在用户表现出向你授予权限的意向后再次提醒他们。（微信小程序平台运营规范 §16.6.2）",
	},
	Check:        checkRepeated,
	CheckProject: checkRepeatedProject,
}

// showChain: c repeats only because a show lifecycle reaches it through
// the file's own functions (onShow → checkLogin → tt.login), not from a
// loop or a timer and not written in the lifecycle itself. Such a call is
// on entry with no prompt (prompt-before-authorize, at the call) and, when
// it asks each time, repeated by the call in onShow (this rule, at that
// call).
func showChain(s *script.Facts, c *script.Call) bool {
	if !c.OnEntry || loopRepeats(s, c) {
		return false
	}
	_, _, ok := showSite(s, c)
	return ok
}

// repeatCandidate: c runs again and again and is a prompting call (or
// Douyin's tt.login, whose login panel the table does not count).
func repeatCandidate(platform string, s *script.Facts, c *script.Call) bool {
	if timingOf(platform, s, c) == timingRepeated {
		return true
	}
	return hostLogin(platform, c) && !c.Confirmed && repeats(s, c)
}

// chainSteps are the steps of the way showEdges found, ending at c.
func chainSteps(u *rule.Unit, edges []int32, c *script.Call) []step {
	s := u.Script
	var out []step
	for _, ei := range edges {
		e := &s.Edges[ei]
		out = append(out, step{u: u, body: bodyOf(s, s.Funcs[e.From].Name), at: e.Site.Start})
	}
	return append(out, step{u: u, body: bodyOf(s, s.Funcs[c.Unit].Name), at: c.NameSpan.Start, allow: failSpan(c)})
}

// failSpan is the refusal callback of c (zero for none).
func failSpan(c *script.Call) text.Span {
	if p := c.Options.Get("fail"); p != nil {
		return p.ValueSpan
	}
	return text.Span{}
}

// unitSteps are the bodies of the given functions of the file.
func unitSteps(u *rule.Unit, units []int32) []step {
	var out []step
	for _, f := range units {
		if b := bodyOf(u.Script, u.Script.Funcs[f].Name); b.Len() > 0 {
			out = append(out, step{u: u, body: b, at: -1})
		}
	}
	return out
}

// repeatedVerdict is what this rule does with call: ok when it reports
// it, chain when the finding goes to the call in the show lifecycle that
// leads there (showChain), not to call itself; why words the reason.
func repeatedVerdict(c *rule.FileContext, call *script.Call) (why rule.Msg, chain, ok bool) {
	s := c.Unit.Script
	if !repeatCandidate(c.Platform, s, call) {
		return rule.Msg{}, false, false
	}
	why, ok = asksEachTime(c.Platform, c.Unit, call, linePos(c.Unit))
	if !ok {
		return rule.Msg{}, false, false
	}
	extra := unitSteps(c.Unit, refusalUnits(s, call))
	if showChain(s, call) {
		edges, _ := showEdges(s, call)
		if onceGuarded(chainSteps(c.Unit, edges, call), extra) {
			return rule.Msg{}, false, false
		}
		return why, true, true
	}
	if call.InShow && !loopRepeats(s, call) && int(call.Unit) < len(s.Funcs) &&
		onceGuarded([]step{{u: c.Unit, body: bodyOf(s, s.Funcs[call.Unit].Name), at: call.NameSpan.Start, allow: failSpan(call)}}, extra) {
		return rule.Msg{}, false, false
	}
	return why, false, true
}

// repeatedAtCall: this rule reports call at the call itself, so
// privacy/prompt-before-authorize leaves it (one finding per site).
func repeatedAtCall(c *rule.FileContext, call *script.Call) bool {
	_, chain, ok := repeatedVerdict(c, call)
	return ok && !chain
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
		why, chain, ok := repeatedVerdict(c, call)
		if !ok {
			continue
		}
		name := callName(call)
		if chain {
			// the call in onShow that leads here repeats it: the finding
			// goes there, once for every call it leads to
			site, way, _ := showSite(s, call)
			if sites[site] {
				continue
			}
			sites[site] = true
			c.Report(site, rule.Msg{
				Zh: "每次显示页面都经由 " + way + " 调用 " + name + "（第 " + lineOf(c.Unit, call) + " 行），" + why.Zh + "：每次显示都再次催促授权，审核禁止强制反复调起用户授权。请只在用户点击时请求或引导去设置，或用标记只提示一次。",
				En: name + " (line " + lineOf(c.Unit, call) + ") is called every time the page shows, through " + way + ", and " + why.En + ": every show asks again, and reviewers reject repeated authorization requests. Ask, or send the user to the settings, only when they tap, or prompt once behind a flag.",
			})
			continue
		}
		w := repeatWhere(call)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + " " + w.Zh + "调用，" + why.Zh + "：每次都再次催促授权，审核禁止强制反复调起用户授权。请只在用户点击时请求或引导去设置，或用标记只提示一次。",
			En: name + " is called " + w.En + ", and " + why.En + ": it asks again each time, and reviewers reject repeated authorization requests. Ask, or send the user to the settings, only when they tap, or prompt once behind a flag.",
		})
	}
}

// hopSteps are the steps of a way through other files.
func hopSteps(c *rule.ProjectContext, h *callgraph.Hit) []step {
	var out []step
	for i := 1; i < len(h.Hops); i++ {
		prev := h.Hops[i-1]
		if u := c.Units[prev.Path]; u != nil && u.Script != nil {
			out = append(out, step{u: u, body: bodyOf(u.Script, prev.Func), at: h.Hops[i].Site.Start})
		}
	}
	if u := c.Units[h.Path]; u != nil && u.Script != nil && len(h.Hops) > 0 {
		out = append(out, step{u: u, body: bodyOf(u.Script, h.Hops[len(h.Hops)-1].Func), at: h.Call.NameSpan.Start, allow: failSpan(h.Call)})
	}
	return out
}

// checkRepeatedProject reports a call a show lifecycle reaches through a
// helper of another file, when it asks again each time, on the page's
// call that leaves the page: once for each (start file, call site, API).
func checkRepeatedProject(c *rule.ProjectContext) {
	type key struct {
		path string
		span text.Span
		api  string
	}
	done := map[key]bool{}
	for _, x := range crossHits(c) {
		why, ok := repeatedCross(c, x)
		if !ok {
			continue
		}
		h := &x.hit
		u := c.Units[h.Path]
		k := key{x.start, h.Leave(), h.Call.API}
		if done[k] {
			continue
		}
		done[k] = true
		name, at, w := callName(h.Call), where(u, h.Call.NameSpan.Start), h.Words()
		c.Report(x.start, k.span, rule.Msg{
			Zh: "每次显示页面都经由 " + w + " 调用 " + name + "（" + at + "），" + why.Zh + "：每次显示都再次催促授权，审核禁止强制反复调起用户授权。请只在用户点击时请求或引导去设置，或用标记只提示一次。",
			En: name + " (" + at + ") is called every time the page shows, through " + w + ", and " + why.En + ": every show asks again, and reviewers reject repeated authorization requests. Ask, or send the user to the settings, only when they tap, or prompt once behind a flag.",
		})
	}
}

// repeatedCross: this rule reports x, a call a show lifecycle reaches
// through a helper of another file, because it asks again each time.
func repeatedCross(c *rule.ProjectContext, x crossHit) (rule.Msg, bool) {
	if !x.show || x.loop {
		return rule.Msg{}, false
	}
	h := &x.hit
	u := c.Units[h.Path]
	if u == nil || u.Script == nil {
		return rule.Msg{}, false
	}
	why, ok := asksEachTime(c.Platform, u, h.Call, filePos(u))
	if !ok || onceGuarded(hopSteps(c, h), unitSteps(u, refusalUnits(u.Script, h.Call))) {
		return rule.Msg{}, false
	}
	return why, true
}
