package payment

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/component"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Payment through shared code (the other half of IOSVirtual). Real apps
// pay through a helper (`pay(type, amount)` in utils/) or a payment
// component; what is bought is visible only where the helper is called or
// the component is used: `pay('vip', level.price)` in a membership page,
// `<pay-panel>` under 开通会员 ¥{{price}}. So:
//   - a page (or component) function that reaches, through the project's
//     call graph, a payment call in another file is judged at the call
//     that leaves the page, with the evidence around it (the strings and
//     names of that function, the page's route, the text of the element
//     whose tap runs it);
//   - a component that pays is judged at each element that uses it, with
//     the evidence of the using page (the attributes passed, the route,
//     a purchase phrase in its text).
//
// Not reported: a payment call an iOS check keeps from running in the
// helper's file (Call.IOSGuarded), a way that leaves a file by a call
// behind a platform check (ExtCall.IOSGuarded: `if (isIOS) return` before
// `pay('vip')`), a page whose template hides things under a platform
// condition, whose paying button (or the component) shows only under a
// condition while its script reads the platform, and a call the
// file-local half already reports. A project where nothing pays is not
// walked at all.

// sharedKey identifies one place a finding goes.
type sharedKey struct {
	path string
	span text.Span
}

// way is a page function that pays for virtual goods through shared code.
type way struct {
	path  string // the page's (or component's) script
	start string // the function the way starts from (a tap handler)
	leave text.Span
	what  string // the evidence
	hit   callgraph.Hit
}

// virtualWays lists, per page function, the ways through shared code to
// a payment for virtual goods that no iOS check keeps off (see above);
// calls in local are left out.
func virtualWays(c *rule.ProjectContext, g *callgraph.Graph, groups map[string][]*rule.Unit, local map[*script.Call]bool) []way {
	var out []way
	if _, ok := projectPays(c.Units); !ok {
		return nil // nothing pays: no walk needed (keystrokes stay cheap)
	}
	gd := newGuards(c.Units, groups)
	for _, p := range sortedPaths(c.Units) {
		u := c.Units[p]
		if u.Script == nil || !startsHere(c, p) {
			continue
		}
		aware := -1 // pageIOSAware, read at the first payment found
		f := u.Script
		names := map[string]bool{}
		for i := 1; i < len(f.Funcs); i++ {
			n := f.Funcs[i].Name
			if n == "" || names[n] {
				continue
			}
			names[n] = true
			for _, h := range g.From(p, n) {
				if !IsPayCall(h.Call) || !h.Cross() || h.Call.IOSGuarded || local[h.Call] || guardedOnWay(c.Units, h) {
					continue
				}
				if aware < 0 {
					aware = 0
					if pageIOSAware(gd, p) {
						aware = 1
					}
				}
				if aware == 1 || tapHiddenOnIOS(gd, u, n) {
					continue
				}
				if what, ok := sharedEvidence(c.Env, groups, u, h); ok {
					out = append(out, way{path: p, start: n, leave: h.Leave(), what: what, hit: h})
				}
			}
		}
	}
	return out
}

func checkIOSVirtualShared(c *rule.ProjectContext, local map[*script.Call]bool) {
	g := callgraph.For(c.Env)
	groups := byBase(c.Units)
	done := map[sharedKey]bool{}
	for _, w := range virtualWays(c, g, groups, local) {
		k := sharedKey{w.path, w.leave}
		if done[k] {
			continue
		}
		done[k] = true
		h := w.hit
		name := h.Call.Namespace + "." + h.Call.API
		c.Report(w.path, w.leave, rule.Msg{
			Zh: "这里经共用的支付代码（" + h.Words() + "）调用 " + name + " 购买虚拟商品（线索：" + w.what + "），一路上没有 iOS 判断：iOS 上不可购买虚拟商品，审核会驳回。请在 iOS 上关闭这个入口，并提示“" + iosFallbackText + "”。",
			En: "This pays through shared code (" + h.Words() + " → " + name + ") for virtual goods (evidence: " + w.what + ") with no iOS check on the way; virtual goods may not be sold on iOS and reviewers reject it. Close this entry on iOS and show \"" + iosFallbackText + "\".",
		})
	}
	componentPays(c, g, local, done)
}

// startsHere: pages and components, whose functions users trigger.
func startsHere(c *rule.ProjectContext, p string) bool {
	pr := c.Project
	if pr == nil {
		return false
	}
	if _, ok := pr.PageOf(p); ok {
		return true
	}
	return pr.IsComponentFile(p)
}

// pageIOSAware: the page's template hides something under a platform
// condition (the buy button, usually).
func pageIOSAware(gd *guards, p string) bool {
	for _, o := range companions(gd.groups, p) {
		if o.Template != nil && templateIOSAware(o.Template, gd.flags(p)) {
			return true
		}
	}
	return false
}

// tapHiddenOnIOS: an element whose tap runs fn shows only under a platform
// condition (any condition, when the page's script reads the platform:
// wx:if="{{canPay}}").
func tapHiddenOnIOS(gd *guards, u *rule.Unit, fn string) bool {
	anyCond := readsPlatform(u.Script)
	for _, o := range companions(gd.groups, u.Path) {
		t := o.Template
		if t == nil {
			continue
		}
		for _, b := range t.Bindings {
			if b.Handler == fn && b.Elem >= 0 && iosConditioned(t, b.Elem, anyCond, gd.flags(u.Path)) {
				return true
			}
		}
	}
	return false
}

// guardedOnWay reports whether an iOS check stands on the way: where the
// way leaves a file, the call it leaves by is behind a platform check
// there (ExtCall.IOSGuarded: `if (isIOS) return` before `pay('vip')`, in
// that function or at every call of the file leading to it). A way whose
// leaving call mpls cannot find is judged by its text: a function that
// names the platform before the call it makes counts as a check.
func guardedOnWay(units map[string]*rule.Unit, h callgraph.Hit) bool {
	for i := 1; i < len(h.Hops); i++ {
		prev := h.Hops[i-1]
		u := units[prev.Path]
		if u == nil || u.Script == nil || h.Hops[i].Path == prev.Path {
			continue
		}
		site := h.Hops[i].Site
		if x := extAt(u.Script, site); x != nil {
			if x.IOSGuarded {
				return true
			}
			continue
		}
		start := funcStart(u.Script, prev.Func, site.Start)
		if site.Start <= len(u.Text) && start <= site.Start && platformCheck(u, start, site.Start) {
			return true
		}
	}
	return false
}

// extAt is the call of another file's function whose name is at site.
func extAt(f *script.Facts, site text.Span) *script.ExtCall {
	for i := range f.Ext {
		if f.Ext[i].NameSpan == site {
			return &f.Ext[i]
		}
	}
	return nil
}

// funcStart is where function name of the file starts (its name), or 600
// bytes before off when it has no name mpls knows.
func funcStart(s *script.Facts, name string, off int) int {
	if sp, ok := s.Methods[name]; ok && sp.Start <= off {
		return sp.Start
	}
	if off > 600 {
		return off - 600
	}
	return 0
}

// platformCheck: code (not comments) between start and end names the
// platform in a condition: if (…ios…), isIOS ? … , platform === ….
func platformCheck(u *rule.Unit, start, end int) bool {
	src := string(u.Text[start:end])
	for _, cm := range u.Script.Comments {
		if cm.Span.Start >= start && cm.Span.End <= end {
			src = src[:cm.Span.Start-start] + strings.Repeat(" ", cm.Span.Len()) + src[cm.Span.End-start:]
		}
	}
	for _, w := range words(src) {
		switch w {
		case "ios", "iphone", "ipad", "android", "platform":
			return true
		}
	}
	return false
}

// sharedEvidence looks for what the way buys where it leaves the page:
// the function holding that call (its strings and names, up to the end
// of the call), the page's route, the text of an element whose tap runs
// the start function.
func sharedEvidence(env *rule.Env, groups map[string][]*rule.Unit, u *rule.Unit, h callgraph.Hit) (string, bool) {
	leave := h.Leave()
	holder := h.Hops[0].Func
	for i := 1; i < len(h.Hops); i++ {
		if h.Hops[i].Path != h.Hops[0].Path {
			holder = h.Hops[i-1].Func
			break
		}
	}
	end := leave.End
	for _, x := range u.Script.Ext {
		if x.NameSpan == leave && x.Span.End > end {
			end = chainEnd(u.Text, x.Span.End)
		}
	}
	if what, ok := windowEvidence(env, u, funcStart(u.Script, holder, leave.Start), end); ok {
		return what, true
	}
	for _, w := range words(u.Path) {
		if virtualIdents[w] {
			return u.Path, true
		}
	}
	for _, o := range companions(groups, u.Path) {
		if o.Template == nil {
			continue
		}
		t := o.Template
		for _, b := range t.Bindings {
			if b.Handler != h.Hops[0].Func || !tapEvents[b.Event] {
				continue
			}
			for _, r := range t.ElementText(b.Elem) {
				if w, ok := purchaseWords(env, t, r.Text); ok {
					return w, true
				}
			}
		}
	}
	return "", false
}

var tapEvents = map[string]bool{"tap": true, "click": true, "longpress": true, "longtap": true}

// windowEvidence: a non-weak virtual-goods word in a string, or a
// virtual-goods identifier, in src[start:end] of a script.
func windowEvidence(env *rule.Env, u *rule.Unit, start, end int) (string, bool) {
	s := u.Script
	for _, str := range s.Strings {
		if str.IsKey || str.Span.Start < start || str.Span.End > end {
			continue
		}
		for _, h := range env.Lexicon.Find("virtual-goods", str.Value) {
			if !weakVirtual[h.Word] {
				return str.Value[h.Start:h.End], true
			}
		}
	}
	code := string(u.Text[start:end])
	for _, cm := range s.Comments {
		if cm.Span.Start >= start && cm.Span.End <= end {
			code = code[:cm.Span.Start-start] + strings.Repeat(" ", cm.Span.Len()) + code[cm.Span.End-start:]
		}
	}
	for _, w := range words(code) {
		if virtualIdents[w] {
			return w, true
		}
	}
	return "", false
}

// purchaseWords: visible text that sells a virtual item — a purchase
// phrase (开通会员, 付费解锁 …) or an unambiguous item (VIP, 金币 …).
func purchaseWords(env *rule.Env, t *template.Facts, s string) (string, bool) {
	for _, h := range env.Lexicon.Find("virtual-goods", s) {
		if purchasePhrases[h.Word] || shelfItems[h.Word] {
			if strings.Contains(h.Word, "会员") && shopMembership(t) {
				continue
			}
			return s[h.Start:h.End], true
		}
	}
	return "", false
}

// componentPays judges the elements that use a component which pays.
func componentPays(c *rule.ProjectContext, g *callgraph.Graph, local map[*script.Call]bool, done map[sharedKey]bool) {
	if _, ok := projectPays(c.Units); !ok {
		return
	}
	m := component.Build(c.Env)
	gd := newGuards(c.Units, byBase(c.Units))
	for _, comp := range m.Sorted() {
		su := comp.Script
		if su == nil {
			continue
		}
		way, ok := pays(c.Units, g, su, local)
		if !ok {
			continue
		}
		// the component's own template hides something on iOS (its pay
		// button under wx:if="{{!isIOS}}"): it decided, the same as a page
		// that is iOS-aware (pageIOSAware)
		if tu := comp.Template; tu != nil && tu.Template != nil && templateIOSAware(tu.Template, gd.flags(tu.Path)) {
			continue
		}
		uses := m.Uses(comp.Base)
		sort.SliceStable(uses, func(i, j int) bool { return uses[i].Unit.Path < uses[j].Unit.Path })
		for _, us := range uses {
			e := us.Element()
			if useHiddenOnIOS(c, gd, us) {
				continue
			}
			what, ok := useEvidence(c.Env, us)
			if !ok {
				continue
			}
			k := sharedKey{us.Unit.Path, e.TagSpan}
			if done[k] {
				continue
			}
			done[k] = true
			c.Report(us.Unit.Path, e.TagSpan, rule.Msg{
				Zh: "<" + e.Tag + "> 是付款组件（" + way + "），这里用它购买虚拟商品（线索：" + what + "），没有 iOS 判断：iOS 上不可购买虚拟商品，审核会驳回。请在 iOS 上隐藏它，并提示“" + iosFallbackText + "”。",
				En: "<" + e.Tag + "> is a payment component (" + way + ") used here to buy virtual goods (evidence: " + what + ") with no iOS check; virtual goods may not be sold on iOS and reviewers reject it. Hide it on iOS and show \"" + iosFallbackText + "\".",
			})
		}
	}
}

// useHiddenOnIOS: the element (or, through enclosing components, the
// element that shows them) appears only under a platform condition — any
// condition when the script beside its template reads the platform.
func useHiddenOnIOS(c *rule.ProjectContext, gd *guards, us component.Use) bool {
	for u := &us; u != nil; u = u.Outer {
		t := u.Unit.Template
		anyCond := false
		for _, ext := range []string{".js", ".ts"} {
			if su := c.Units[component.BaseOf(u.Unit.Path)+ext]; su != nil && readsPlatform(su.Script) {
				anyCond = true
			}
		}
		flags := gd.flags(u.Unit.Path)
		if templateIOSAware(t, flags) || iosConditioned(t, u.Elem, anyCond, flags) {
			return true
		}
	}
	return false
}

// pays reports whether a component's script pays with no iOS guard, by
// itself or through a helper, and how ("onPay → wx.requestPayment").
func pays(units map[string]*rule.Unit, g *callgraph.Graph, su *rule.Unit, local map[*script.Call]bool) (string, bool) {
	f := su.Script
	for i := range f.Calls {
		if call := &f.Calls[i]; IsPayCall(call) {
			if call.IOSGuarded || local[call] {
				return "", false
			}
			return call.Func + " → " + call.Namespace + "." + call.API, true
		}
	}
	for i := 1; i < len(f.Funcs); i++ {
		for _, h := range g.From(su.Path, f.Funcs[i].Name) {
			if IsPayCall(h.Call) && h.Cross() {
				if h.Call.IOSGuarded || local[h.Call] || guardedOnWay(units, h) {
					return "", false
				}
				return h.Words() + " → " + h.Call.Namespace + "." + h.Call.API, true
			}
		}
	}
	return "", false
}

// useEvidence: what the page that uses a paying component buys with it —
// a virtual-goods word or name in the attributes it passes, the page's
// route, or a purchase phrase in the page's text.
func useEvidence(env *rule.Env, us component.Use) (string, bool) {
	if what, ok := oneUseEvidence(env, us); ok {
		return what, true
	}
	if us.Outer != nil { // seen through another component: what its page buys
		return useEvidence(env, *us.Outer)
	}
	return "", false
}

func oneUseEvidence(env *rule.Env, us component.Use) (string, bool) {
	e := us.Element()
	for _, a := range e.Attrs {
		for _, h := range env.Lexicon.Find("virtual-goods", a.Value) {
			if !weakVirtual[h.Word] {
				return a.Value[h.Start:h.End], true
			}
		}
		for _, w := range words(a.Value) {
			if virtualIdents[w] {
				return a.Name + "=\"" + a.Value + "\"", true
			}
		}
	}
	base := strings.TrimSuffix(us.Unit.Path, path.Ext(us.Unit.Path))
	for _, w := range words(base) {
		if virtualIdents[w] {
			return base, true
		}
	}
	t := us.Unit.Template
	for _, r := range t.Texts {
		if w, ok := purchaseWords(env, t, r.Text); ok {
			return w, true
		}
	}
	return "", false
}

// chainEnd follows the calls chained on a call that ends at end
// (`pay(…).then(() => …).catch(…)`): what the payment's result does is
// part of the statement.
func chainEnd(src []byte, end int) int {
	for {
		i := end
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
			i++
		}
		if i >= len(src) || src[i] != '.' {
			return end
		}
		i++
		for i < len(src) && isIdentByte(src[i]) {
			i++
		}
		if i >= len(src) || src[i] != '(' {
			return end
		}
		close := matchClose(src, i)
		if close < 0 {
			return end
		}
		end = close + 1
	}
}

// matchClose finds the ')' matching the '(' at open, or -1 (brackets in
// strings are not told apart: a mismatch only shortens the window).
func matchClose(src []byte, open int) int {
	depth := 0
	for i := open; i < len(src); i++ {
		switch src[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
