package privacy

import (
	"regexp"
	"strings"

	"mpls/analysis/fix"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// LocationNoFallback: a location API call that does nothing when the user
// refuses: no fail (or complete) callback, no .catch, no try. The feature
// then breaks for everyone who says no, and reviewers test exactly that:
// "用户拒绝授权时不可影响其功能与服务的正常使用" (DY §1.1.2.2).
//
// Reported: getLocation, getFuzzyLocation, startLocationUpdate and
// startLocationUpdateBackground (the table's Location category), called
// with an options object literal or, promise style, with no handler; a
// fail whose body only logs (console.log) counts as none: no user sees
// it. Also an authorize of a location scope whose refusal does nothing
// while the feature (locating, or the manual chooseLocation) sits in its
// success: the choice is reachable only after granting (the location
// calls inside that success are then not reported again).
//
// Judgment, to stay quiet when the failure is handled elsewhere:
//   - a call whose promise is returned (`return wx.getLocation(…)`, an
//     arrow's body) is the caller's to handle — unless it has a success
//     callback, which turns the promise off;
//   - a call whose options are a variable (`wx.getLocation(opts)`) may
//     well carry a fail: mpls cannot see it and does not guess;
//   - a call whose result nobody reads (callback style with no success or
//     complete, or a success whose body is empty or only declares locals
//     it never reads) breaks nothing when refused: the request itself is
//     the problem, and privacy/prompt-before-authorize reports it on entry;
//   - chooseLocation (the fallback itself) and onLocationChange (a
//     listener) are not reported.
//
// The fix (WeChat and QQ, callback style with a success handler) adds a
// fail that lets the user pick the place on the map with chooseLocation,
// whose result carries the same latitude/longitude, so it reuses the
// success handler: by reference, or by copying it when it is short (up to
// a dozen lines). It is not offered on Douyin, where tt.chooseLocation
// needs the same scope.userLocation the user just refused (Douyin's
// AuthSetting docs), so the fallback must be a manual city choice.
// Not marked safe: the fallback changes what the page does.
var LocationNoFallback = &rule.Rule{
	ID:       "privacy/location-no-fallback",
	Severity: rule.Warning,
	Citation: "DY §1.1.2.2, WX §14.4",
	Title:    rule.Msg{Zh: "获取位置失败（用户拒绝授权）时没有备用方案", En: "No fallback when the user refuses location"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "调用 getLocation、getFuzzyLocation、startLocationUpdate 等定位接口时没有 fail 回调、.catch 或 try/catch：用户拒绝定位授权后功能直接失效。",
			En: "A location API (getLocation, getFuzzyLocation, startLocationUpdate …) is called with no fail callback, .catch or try/catch: once the user refuses, the feature just stops."},
		Why: rule.Msg{Zh: "审核会拒绝定位授权来测试：用户拒绝授权时不可影响其功能与服务的正常使用，应允许用户自行选择位置或城市（抖音 §1.1.2.2；微信 §14.4）。",
			En: "Reviewers refuse the location prompt to test this: refusing must not break the service; let the user choose the place or city instead (DY §1.1.2.2; WX §14.4)."},
		Wrong:   "wx.getLocation({\n  type: 'gcj02',\n  success: this.onLocated\n})",
		Right:   "wx.getLocation({\n  type: 'gcj02',\n  success: this.onLocated,\n  fail: () => wx.chooseLocation({ success: this.onLocated })\n})",
		Excerpt: "用户拒绝授权时不可影响其功能与服务的正常使用，不得强制用户进行授权或直接通过IP拉取用户地理位置信息。（如：当用户拒绝地理位置授权时，可以让用户自行定位并选择所属城市；或允许用户使用其他非地理位置必须的功能）。（抖音 版本审核常见问题 §1.1.2.2）",
	},
	Check: checkLocationFallback,
}

func checkLocationFallback(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	src := c.Unit.Text
	asked := checkAuthorizeFallback(c, s)
	if c.Platform != rule.Douyin && manualChoice(s) {
		return // the page lets the user pick the place whatever they answer
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		a := apiOf(call)
		if a == nil || call.Factory != "" || a.Category != "Location" || call.HasFail && !failOnlyLogs(src, call) {
			continue
		}
		if inside(call.Span, asked) {
			continue // granted before it runs; the authorize's finding says it
		}
		if call.Options == nil && (call.NumArgs > 0 || call.Style == script.StyleCallback) {
			continue // options we cannot see, or a promise nobody awaits here
		}
		if returned(src, call) && !call.Options.Has("success") {
			continue // the promise goes to the caller, who handles its failure
		}
		if discardsResult(src, call) {
			continue // nothing uses the place, so refusing breaks nothing
		}
		name := callName(call)
		msg := rule.Msg{
			Zh: name + " 没有处理失败（fail、.catch 或 try/catch）：用户拒绝定位后功能就无法使用，审核会驳回。请在失败时让用户自行选择位置或城市。",
			En: name + " does not handle failure (fail, .catch or try/catch): when the user refuses location the feature stops working, and reviewers reject that. On failure, let the user choose the place or city.",
		}
		if c.Platform == rule.Douyin {
			msg.Zh = name + " 没有处理失败（fail、.catch 或 try/catch）：用户拒绝定位后功能就无法使用，审核会驳回。请在失败时让用户手动选择城市（tt.chooseLocation 需要同一授权，拒绝后也会失败）。"
			msg.En = name + " does not handle failure (fail, .catch or try/catch): when the user refuses location the feature stops working, and reviewers reject that. On failure, let the user pick a city by hand (tt.chooseLocation needs the same authorization and fails too)."
		}
		if call.HasFail { // its fail only logs
			msg.Zh = strings.Replace(msg.Zh, "没有处理失败（fail、.catch 或 try/catch）", "的 fail 只打印日志，用户什么也看不到", 1)
			msg.En = strings.Replace(msg.En, "does not handle failure (fail, .catch or try/catch)", "only logs its failure, which no user sees", 1)
		}
		var fixes []rule.Fix
		if fx, ok := fallbackFix(c, call); ok {
			fixes = append(fixes, fx)
		}
		c.Report(call.NameSpan, msg, fixes...)
	}
}

// fallbackFix adds `fail: () => <ns>.chooseLocation({ success: … })`.
func fallbackFix(c *rule.FileContext, call *script.Call) (rule.Fix, bool) {
	if c.Platform != rule.WeChat && c.Platform != rule.QQ {
		return rule.Fix{}, false
	}
	if call.Style != script.StyleCallback || call.Options == nil {
		return rule.Fix{}, false // adding fail would turn off the promise the code uses
	}
	if call.Options.Has("fail") {
		return rule.Fix{}, false // a fail that only logs: rewriting it is the developer's call
	}
	succ := call.Options.Get("success")
	if succ == nil {
		return rule.Fix{}, false
	}
	src := c.Unit.Text
	ns := call.Namespace
	var handler func(indent, unit, eol string) string
	if !succ.IsFunc {
		ref := strings.TrimSpace(string(src[succ.ValueSpan.Start:succ.ValueSpan.End]))
		if ref == "" || strings.ContainsAny(ref, "\r\n") {
			return rule.Fix{}, false
		}
		handler = func(indent, unit, eol string) string {
			return "fail: () => " + ns + ".chooseLocation({ success: " + ref + " })"
		}
	} else {
		end := succ.ValueSpan.End
		if succ.KeySpan.End > end {
			end = succ.KeySpan.End
		}
		prop := string(src[succ.KeySpan.Start:end]) // success: (res) => {…} or success(res) {…}
		if strings.Count(prop, "\n") > 12 {
			return rule.Fix{}, false // too long to repeat; the message says what to do
		}
		if !strings.ContainsAny(prop, "\r\n") {
			handler = func(indent, unit, eol string) string {
				return "fail: () => " + ns + ".chooseLocation({ " + prop + " })"
			}
		} else {
			handler = func(indent, unit, eol string) string {
				in1, in2 := indent+unit, indent+unit+unit
				return "fail: () => {" + eol +
					in1 + ns + ".chooseLocation({" + eol +
					in2 + fix.Reindent(prop, unit+unit, eol) + eol +
					in1 + "})" + eol +
					indent + "}"
			}
		}
	}
	edits, ok := insertProp(src, call.Options, handler)
	if !ok {
		return rule.Fix{}, false
	}
	return rule.Fix{
		Title:     rule.Msg{Zh: "添加 fail：拒绝定位时改用 " + ns + ".chooseLocation 让用户选择位置", En: "Add a fail that falls back to " + ns + ".chooseLocation"},
		Edits:     edits,
		Preferred: true,
	}, true
}

// returned reports whether the call's value leaves its function: a return
// statement, or the expression body of an arrow function.
func returned(src []byte, call *script.Call) bool {
	st := call.Statement
	if st.Len() == 0 || st.End > len(src) {
		return false
	}
	if strings.HasPrefix(string(src[st.Start:st.End]), "return") {
		return true
	}
	before := strings.TrimRight(string(src[lineStart(src, st.Start):st.Start]), " \t")
	return strings.HasSuffix(before, "=>")
}

// discardsResult reports whether a callback-style call throws the place
// away: no success or complete, or a success function whose body is empty
// or only declares locals from the result that it never reads.
func discardsResult(src []byte, call *script.Call) bool {
	if call.Style != script.StyleCallback || call.Options == nil || call.Options.Has("complete") {
		return false
	}
	succ := call.Options.Get("success")
	if succ == nil {
		return true
	}
	if !succ.IsFunc || succ.ValueSpan.End > len(src) {
		return false
	}
	body, ok := funcBody(string(src[succ.ValueSpan.Start:succ.ValueSpan.End]))
	return ok && unusedLocalsOnly(body)
}

// funcBody returns the text inside the braces of a function, arrow or
// method written out in full; ok is false for an expression-bodied arrow.
func funcBody(fn string) (string, bool) {
	fn = strings.TrimSpace(fn)
	open := strings.IndexByte(fn, '{')
	if open < 0 || !strings.HasSuffix(fn, "}") {
		return "", false
	}
	// the head (`function (res)`, `success(res)`, `(res) =>`, `res =>`)
	// ends in `)` or `=>` right before the brace: otherwise the brace
	// opens an object in an expression body
	head := strings.TrimSpace(fn[:open])
	if !strings.HasSuffix(head, ")") && !strings.HasSuffix(head, "=>") {
		return "", false
	}
	return fn[open+1 : len(fn)-1], true
}

// localDecl is `const name = res.path` with no call, no assignment
// besides its own and nothing but a member path on the right.
var localDecl = regexp.MustCompile(`^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*[A-Za-z_$][\w$.]*$`)

// unusedLocalsOnly reports whether a function body has no statement but
// local declarations (of plain member paths) that no later statement
// reads. Comments are dropped; anything else, a string included, counts
// as a use.
func unusedLocalsOnly(body string) bool {
	var stmts []string
	for _, line := range strings.Split(body, "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		for _, st := range strings.Split(line, ";") {
			if st = strings.TrimSpace(st); st != "" {
				stmts = append(stmts, st)
			}
		}
	}
	for i, st := range stmts {
		m := localDecl.FindStringSubmatch(st)
		if m == nil {
			return false
		}
		word := regexp.MustCompile(`(^|[^\w$.])` + regexp.QuoteMeta(m[1]) + `($|[^\w$])`)
		for _, later := range stmts[i+1:] {
			if word.MatchString(later) {
				return false
			}
		}
	}
	return true
}

// checkAuthorizeFallback reports an authorize of a location scope whose
// refusal does nothing (no fail, or a fail that only logs) while its
// success leads on to the feature: a user who says no is stuck, and a
// manual choice reachable only after granting is no fallback (DY
// §1.1.2.2). It returns the spans of the authorize calls it read, so the
// location calls inside their success are not reported again.
func checkAuthorizeFallback(c *rule.FileContext, s *script.Facts) []text.Span {
	src := c.Unit.Text
	var out []text.Span
	for i := range s.Calls {
		call := &s.Calls[i]
		if sc := authorizeScope(call); !isLocationScope(sc) || call.Style != script.StyleCallback {
			continue
		}
		out = append(out, call.Span)
		if call.HasFail && !failOnlyLogs(src, call) || discardsResult(src, call) {
			continue
		}
		name := callName(call)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + "（位置授权）被拒绝时什么也不做（没有 fail，或 fail 只打印日志），而定位和手动选择都只在授权成功后才有：用户拒绝后功能就无法使用，审核会驳回。请在失败时让用户手动选择城市或地点。",
			En: name + " (location) does nothing when refused (no fail, or a fail that only logs), and locating and choosing by hand both come only after granting: a user who refuses is stuck, and reviewers reject that. On refusal, let the user choose the city or place by hand.",
		})
	}
	return out
}

// failOnlyLogs reports whether the call's fail option (with no complete)
// is a function whose body only logs or is empty: the failure is seen by
// the developer's console and by no user.
func failOnlyLogs(src []byte, call *script.Call) bool {
	if call.Options == nil || call.Options.Has("complete") {
		return false
	}
	f := call.Options.Get("fail")
	if f == nil || !f.IsFunc || f.ValueSpan.End > len(src) {
		return false
	}
	body, ok := funcBody(string(src[f.ValueSpan.Start:f.ValueSpan.End]))
	if !ok {
		return false
	}
	for _, line := range strings.Split(body, "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		for _, st := range strings.Split(line, ";") {
			if st = strings.TrimSpace(st); st != "" && !consoleCall.MatchString(st) {
				return false
			}
		}
	}
	return true
}

var consoleCall = regexp.MustCompile(`^console\.(log|warn|error|info|debug)\(.*\)$`)

// manualChoice reports whether the script lets the user pick a place on
// the map by itself (wx.chooseLocation or choosePoi outside any location
// call or authorize, which would make the choice wait for a grant): on
// WeChat and QQ the picker needs no location authorization, so a refusal
// leaves the page working, which is what the rulebooks ask (a pin icon in
// the header that opens the map, beside a getLocation whose fail only
// logs). Douyin's picker needs the same authorization and is no fallback.
func manualChoice(s *script.Facts) bool {
	var gated []text.Span
	for i := range s.Calls {
		c := &s.Calls[i]
		if a := apiOf(c); a != nil && a.Category == "Location" && !pickerAPI(c.API) || isLocationScope(authorizeScope(c)) {
			gated = append(gated, c.Span)
		}
	}
	for i := range s.Calls {
		c := &s.Calls[i]
		if c.Factory == "" && pickerAPI(c.API) && !inside(c.Span, gated) {
			return true
		}
	}
	return false
}

func pickerAPI(api string) bool { return api == "chooseLocation" || api == "choosePoi" }

func inside(s text.Span, in []text.Span) bool {
	for _, o := range in {
		if o.Start <= s.Start && s.End <= o.End && o != s {
			return true
		}
	}
	return false
}
