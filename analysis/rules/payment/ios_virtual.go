package payment

import (
	"strings"

	"mpls/analysis/fix"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// IOSVirtual: a payment call that sells virtual goods (VIP, 会员 you open,
// chapters, coins, unlocking) runs on iOS. Apple's rules, which both
// platforms enforce, forbid selling virtual goods inside a mini-program on
// iOS (DY §1.2.2.1, WX §15.6).
//
// What counts as virtual goods "near" the call — judgment calls:
//   - the API sells only virtual goods (requestVirtualPayment,
//     requestMidasPayment, requestGamePayment), or the project is a game;
//   - a word of the lexicon category virtual-goods in a string of the
//     function holding the call (from the method's name to the end of the
//     call's statement; 600 bytes before the call when the function has no
//     name mpls knows), except words that are just as often physical goods
//     or offline services: 会员 (会员价), 充值 (余额充值 of a shop), 课程 (a gym
//     class), 订阅 (订阅消息), 礼物, 皮肤, 装备, 体力, 置顶, 道具, 月卡/季卡/年卡,
//     包月/包年 — their longer forms (开通会员, 订阅课程, 付费课程) do count;
//   - an identifier or URL word in that function, or in the page's route:
//     vip, svip, chapter, unlock, coin(s), diamond(s), ebook, novel,
//     premium (pages/vip/index, buyVip(), '/api/vip/order').
//
// Not reported: a call an iOS check keeps from running (the script facts'
// IOSGuarded: `if (platform === 'ios') return`, `if (!isIOS)`, also at
// every call site leading here), and calls on a page whose template hides
// things under a platform condition (wx:if="{{!isIOS}}"): the buy button
// is then usually what is hidden. A condition on a data flag the script
// beside the template derives from a platform test counts, whatever its
// name (setData({ closed: app.globalData.review && app.globalData.isIos }),
// or a globalData member app.js sets from getSystemInfo's platform; see
// ios_flags.go).
//
// Payment through shared code — a `pay(type, amount)` helper, a payment
// component — is judged where the helper is called or the component used,
// with the project's call graph (ios_virtual_shared.go). A payment
// component whose own template hides something on iOS (its pay button
// under wx:if="{{!isIOS}}") decided for every page that uses it, as an
// iOS-aware page does: its uses are not reported.
//
// Fix (not safe: it turns a feature off on iOS): insert before the
// payment statement an early return that shows DY's wording,
//
//	if (wx.getSystemInfoSync().platform === 'ios') {
//	  wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
//	  return
//	}
//
// with the platform's namespace (Alipay: platform 'iOS' and showToast
// content/type). No variable is declared, so nothing can clash with the
// function's own names. No fix when the statement is not a statement of
// its own (an arrow's expression body, the body of a brace-less if/else/
// for/while).
var IOSVirtual = &rule.Rule{
	ID:       "payment/ios-virtual",
	Severity: rule.Error,
	Citation: "DY §1.2.2.1, WX §15.6",
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "iOS 上不可购买虚拟商品", En: "No virtual-goods payment on iOS"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "购买虚拟商品（开通 VIP/会员、付费章节、解锁内容、金币钻石等）的支付调用没有 iOS 判断，iOS 用户也会走到支付。经共用的支付函数（pay(type, amount)）或付款组件支付的，在页面调用它、使用它的地方判断：买的是什么在那里才看得出。",
			En: "A payment call for virtual goods (VIP or membership, paid chapters, unlocking content, coins) has no iOS check, so iOS users reach it too. Payment through a shared helper (pay(type, amount)) or a payment component is judged where a page calls the helper or uses the component: only there does it show what is bought."},
		Why: rule.Msg{Zh: "在苹果 iOS 系统下，小程序不可提供虚拟物品的购买支付（微信 §15.6）；抖音要求关闭 iOS 端虚拟支付通道，将入口改为“由于相关规范，iOS 功能暂不可用”（§1.2.2.1）。",
			En: "On Apple iOS a mini-program may not sell virtual goods (WX §15.6); Douyin asks to close the iOS virtual-payment channel and show 由于相关规范，iOS 功能暂不可用 instead (DY §1.2.2.1)."},
		Wrong:   "buyVip() {\n  wx.requestPayment({ ...this.data.order, success: () => this.onPaid() })\n}",
		Right:   "buyVip() {\n  if (wx.getSystemInfoSync().platform === 'ios') {\n    wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })\n    return\n  }\n  wx.requestPayment({ ...this.data.order, success: () => this.onPaid() })\n}",
		Excerpt: "建议可以关闭 iOS 端虚拟支付通道，并将【开通 VIP】更改为【由于相关规范，iOS 功能暂不可用】，并不再提供 iOS 端会员服务。（抖音 版本审核常见问题 §1.2.2.1）；15.6 在苹果（Apple）iOS 系统下，微信小程序不可提供虚拟物品的购买支付（微信 §15.6）",
	},
	CheckProject: checkIOSVirtual,
}

// weakVirtual are virtual-goods lexicon words that alone do not tell
// virtual from physical goods (see IOSVirtual).
var weakVirtual = map[string]bool{
	"会员": true, "充值": true, "课程": true, "订阅": true, "礼物": true, "皮肤": true, "装备": true,
	"体力": true, "置顶": true, "道具": true, "月卡": true, "季卡": true, "年卡": true, "包月": true, "包年": true,
}

// virtualIdents are identifier and URL words that name virtual goods.
var virtualIdents = map[string]bool{
	"vip": true, "svip": true, "vvip": true, "chapter": true, "chapters": true, "unlock": true,
	"coin": true, "coins": true, "diamond": true, "diamonds": true, "ebook": true, "novel": true, "premium": true,
}

func checkIOSVirtual(c *rule.ProjectContext) {
	local := map[*script.Call]bool{} // the calls reported here
	defer func() { checkIOSVirtualShared(c, local) }()
	groups := byBase(c.Units)
	gd := newGuards(c.Units, groups)
	for _, p := range sortedPaths(c.Units) {
		u := c.Units[p]
		s := u.Script
		if s == nil || !hasPayCall(s) {
			continue // the page's conditions are read only where it pays
		}
		pageAware := false
		for _, o := range companions(groups, p) {
			if o.Template != nil && templateIOSAware(o.Template, gd.flags(p)) {
				pageAware = true
			}
		}
		if pageAware {
			continue
		}
		for i := range s.Calls {
			call := &s.Calls[i]
			if !IsPayCall(call) || call.IOSGuarded {
				continue
			}
			what, ok := virtualEvidence(c.Env, u, call)
			if !ok {
				continue
			}
			local[call] = true
			name := call.Namespace + "." + call.API
			msg := rule.Msg{
				Zh: name + " 用于购买虚拟商品（线索：" + what + "），但没有 iOS 判断：iOS 上不可购买虚拟商品，审核会驳回。请在 iOS 上关闭支付，并提示“" + iosFallbackText + "”。",
				En: name + " buys virtual goods (evidence: " + what + ") with no iOS check; virtual goods may not be sold on iOS and reviewers reject it. Turn the payment off on iOS and show \"" + iosFallbackText + "\".",
			}
			if fx, ok := iosGuardFix(u, call); ok {
				c.Report(p, call.NameSpan, msg, fx)
			} else {
				c.Report(p, call.NameSpan, msg)
			}
		}
	}
}

// templateIOSAware: the template has a condition that names the platform
// or reads one of flags (see guards).
func templateIOSAware(t *template.Facts, flags map[string]bool) bool {
	for i := range t.Elements {
		for _, a := range t.Elements[i].Attrs {
			if _, ok := condAttr(a.Name); ok && iosCondition(a.Value, flags) {
				return true
			}
		}
	}
	return false
}

// virtualEvidence says why the call sells virtual goods (see IOSVirtual).
func virtualEvidence(env *rule.Env, u *rule.Unit, call *script.Call) (string, bool) {
	if virtualAPIs[call.API] {
		return call.API, true
	}
	if env.Project != nil && env.Project.IsGame {
		return "小游戏 / mini-game", true
	}
	src := u.Text
	s := u.Script
	start := call.Span.Start - 600
	if sp, ok := s.Methods[call.Func]; ok && call.Func != "" && sp.Start <= call.Span.Start {
		start = sp.Start
	}
	if start < 0 {
		start = 0
	}
	end := call.Statement.End
	if end < call.Span.End {
		end = call.Span.End
	}
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
	for _, w := range words(string(src[start:end])) {
		if virtualIdents[w] {
			return w, true
		}
	}
	for _, w := range words(u.Path) {
		if virtualIdents[w] {
			return u.Path, true
		}
	}
	return "", false
}

// iosGuardFix inserts the iOS early return before the call's statement.
func iosGuardFix(u *rule.Unit, call *script.Call) (rule.Fix, bool) {
	src := u.Text
	st := call.Statement
	if st.Len() == 0 || st.End > len(src) || !ownStatement(u, st.Start) {
		return rule.Fix{}, false
	}
	ns := call.Namespace
	eol := fix.LineEnding(src)
	unit := fix.IndentUnit(src)
	indent := fix.LineIndent(src, st.Start)
	ios, toast := "'ios'", ns+".showToast({ title: '"+iosFallbackText+"', icon: 'none' })"
	if ns == "my" {
		ios, toast = "'iOS'", ns+".showToast({ content: '"+iosFallbackText+"', type: 'none' })"
	}
	guard := "if (" + ns + ".getSystemInfoSync().platform === " + ios + ") {" + eol +
		indent + unit + toast + eol +
		indent + unit + "return" + eol +
		indent + "}" + eol + indent
	return rule.Fix{
		Title:     rule.Msg{Zh: "加上 iOS 判断：iOS 上提示“" + iosFallbackText + "”", En: "Add an iOS guard that shows " + iosFallbackText},
		Edits:     []rule.Edit{{Span: text.Span{Start: st.Start, End: st.Start}, NewText: guard}},
		Preferred: true,
	}, true
}

// ownStatement reports whether a statement starting at off stands on its
// own line as a statement of a block: only blanks before it on its line,
// and the code before it ends a statement or opens a block — not an
// arrow (=>), not the header of a brace-less if/for/while, not else/do.
func ownStatement(u *rule.Unit, off int) bool {
	src := u.Text
	ls := off
	for ls > 0 && src[ls-1] != '\n' {
		ls--
	}
	if strings.TrimSpace(string(src[ls:off])) != "" {
		return false
	}
	i := prevCode(u, ls)
	if i < 0 {
		return true // start of file
	}
	switch b := src[i]; {
	case b == '{' || b == '}' || b == ';' || b == ':':
		return true
	case b == '>' && i > 0 && src[i-1] == '=':
		return false
	case b == ')':
		open := matchOpen(src, i)
		if open < 0 {
			return false
		}
		switch wordBefore(src, open) {
		case "if", "for", "while", "with":
			return false
		}
		return true
	case isIdentByte(b):
		switch wordBefore(src, i+1) {
		case "else", "do", "return", "yield", "await", "typeof", "new", "in", "of", "case":
			return false
		}
		return true
	case b == ']' || b == '\'' || b == '"' || b == '`':
		return true
	}
	return false
}

// prevCode returns the offset of the last byte before off that is neither
// blank nor inside a comment, or -1.
func prevCode(u *rule.Unit, off int) int {
	src := u.Text
	i := off - 1
	for i >= 0 {
		if src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' {
			i--
			continue
		}
		in := false
		if u.Script != nil {
			for _, cm := range u.Script.Comments {
				if i >= cm.Span.Start && i < cm.Span.End {
					i = cm.Span.Start - 1
					in = true
					break
				}
			}
		}
		if !in {
			return i
		}
	}
	return -1
}

// matchOpen finds the '(' matching the ')' at close, or -1.
func matchOpen(src []byte, close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch src[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// wordBefore returns the identifier that ends right before off (after
// skipping blanks).
func wordBefore(src []byte, off int) string {
	i := off - 1
	for i >= 0 && (src[i] == ' ' || src[i] == '\t') {
		i--
	}
	end := i + 1
	for i >= 0 && isIdentByte(src[i]) {
		i--
	}
	return string(src[i+1 : end])
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func hasPayCall(s *script.Facts) bool {
	for i := range s.Calls {
		if IsPayCall(&s.Calls[i]) {
			return true
		}
	}
	return false
}
