// Package login holds the rules about login flows and account systems.
package login

import (
	"strings"
	"unicode"

	"mpls/analysis/lexicon"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// PhoneButtonLabel: a button that opens the phone-number authorization
// must say so. Douyin rejects 抖音用户一键登录 and asks for
// 抖音用户手机号授权登录 (DY §1.1.1.1); WeChat reviewers apply the same
// reading of "用户知情" to 一键登录 buttons.
//
// Judgment: a label passes when it names the phone number (any hit of the
// lexicon category phone-label-ok: 手机号授权登录, 手机号快捷登录, 绑定手机号,
// 本机号码一键登录 …). What DY §1.1.1.1 asks of the label is disclosure
// ("告诉用户会使用手机号进行登录授权"); every rejected example in it lacks the
// phone number, and the platform's own sheet asks for the authorization
// itself. The quick fix still writes the strict form 手机号授权登录
// (Douyin: 抖音用户手机号授权登录).
//
// Platforms: the label rule is Douyin's (DY §1.1.1.1): every label that
// does not name the phone number (确认授权, 允许, 下一步, 一键登录 …). On
// WeChat and the others the platform's own phone sheet names the number
// and asks for consent, so a consent word on the button (确认授权, 同意)
// says nothing false; what the recommended profile still reports there is
// a button that calls itself a login (一键登录, 快捷登录, 立即注册) without
// saying the login shares the phone number (WX §14.1.1: disclose what is
// collected and why), and one labelled for another action (立即支付,
// 提交订单: see otherAction), which gets no fix. Strict reports every label that does not name the
// phone, on every platform.
//
// Labels mpls cannot see are not judged: a label that is wholly {{ }} is
// skipped; a label mixing text and {{ }} is reported only when its literal
// text holds a known bad label (一键登录, 立即登录 … from phone-label-bad) and
// no string inside the {{ }} names the phone number. Commented-out markup
// is not markup. Any element whose open-type lists getPhoneNumber or
// getRealtimePhoneNumber counts (van-button and other wrappers forward it;
// agreePrivacyAuthorization|getPhoneNumber too).
//
// A custom component's phone button whose label (or open-type) a property
// decides is judged per use, with the component model (analysis/component):
// the default (the property's value, or the template's fallback in
// `{{ btnTitle || '立即绑定' }}`) where a page passes nothing, the page's
// attribute (btn-title="一键登录") where it does; the finding goes to that
// place (see checkPhoneComponents).
var PhoneButtonLabel = &rule.Rule{
	ID:       "login/phone-button-label",
	Severity: rule.Warning,
	Citation: "DY §1.1.1.1, WX §14.1.1",
	Title:    rule.Msg{Zh: "手机号授权按钮文案必须写明“手机号授权”", En: "Phone-number button must say it authorizes the phone number"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "`open-type=\"getPhoneNumber\"`（或 getRealtimePhoneNumber）的按钮文案没有说明会授权手机号，例如“一键登录”“快捷登录”。写明手机号的文案（如“手机号快捷登录”“绑定手机号”）视为已告知。自定义组件里由属性决定文案的按钮，按每个页面传入的值（或属性默认值）判断。",
			En: "A button with open-type=\"getPhoneNumber\" (or getRealtimePhoneNumber) whose label does not say it authorizes the phone number, such as 一键登录 or 快捷登录. Labels that name the phone number (手机号快捷登录, 绑定手机号) are accepted. A custom component's button whose label comes from a property is judged with the value each page passes, or the default."},
		Why: rule.Msg{Zh: "手机号是重要的个人信息，审核要求按钮清楚告诉用户会拉起手机号授权；“抖音用户一键登录”须改为“抖音用户手机号授权登录”。",
			En: "The phone number is personal information; reviewers require the button to tell users it opens the phone-number authorization, e.g. 抖音用户一键登录 must become 抖音用户手机号授权登录."},
		Wrong: `<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">一键登录</button>`,
		Right: `<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">手机号授权登录</button>`,
		Profiles: rule.Msg{Zh: "recommended：抖音小程序报告所有没有写明手机号的文案（所在行自己写明“绑定手机”的“立即绑定”除外）；微信等平台由平台自己的手机号授权弹窗说明并征得同意，只报告自称“登录/注册”却没写手机号的文案（一键登录、快捷登录），以及写的是另一件事的文案（立即支付、提交订单、立即预约：点了却要授权手机号）。strict：所有平台都报告所有没有写明手机号的文案（确认授权、允许、下一步等）。",
			En: "recommended: on Douyin every label that does not name the phone number (but a 立即绑定 in a row that itself says 绑定手机); on WeChat and the others, whose own phone sheet names the number and asks for consent, only labels that call the button a login or sign-up without naming the phone (一键登录, 快捷登录), and labels that name another action (立即支付, 提交订单, 立即预约: the tap asks for the phone instead). strict: every label without the phone number, on every platform."},
		Excerpt: "手机号授权-你的小程序登录按钮文案有误。……要求对应按钮必须很清楚的告诉用户此按钮会吊起手机号授权。……授权文案有误,需将“抖音用户一键登录”修改为“抖音用户手机号授权登录”。（抖音 版本审核常见问题 §1.1.1.1）",
	},
	Check:        checkPhoneLabel,
	CheckProject: checkPhoneComponents,
}

// GoodPhoneLabel is the label the fix writes on a platform.
func GoodPhoneLabel(platform string) string {
	if platform == rule.Douyin {
		return "抖音用户手机号授权登录"
	}
	return "手机号授权登录"
}

// IsPhoneButton reports whether an element opens the phone authorization:
// any element (van-button and other wrappers forward it) whose open-type
// lists getPhoneNumber or getRealtimePhoneNumber.
func IsPhoneButton(e *template.Element) bool {
	a := e.Attr("open-type")
	if a == nil {
		return false
	}
	for _, part := range strings.Split(a.Literal(), "|") {
		switch strings.TrimSpace(part) {
		case "getPhoneNumber", "getRealtimePhoneNumber":
			return true
		}
	}
	return false
}

func checkPhoneLabel(c *rule.FileContext) {
	t := c.Unit.Template
	if t == nil {
		return
	}
	good := GoodPhoneLabel(c.Platform)
	for i := range t.Elements {
		e := &t.Elements[i]
		if !IsPhoneButton(e) {
			continue
		}
		runs := t.ElementText(i)
		interps := contentInterps(t, e)
		if a := e.Attr("text"); len(runs) == 0 && a != nil { // <van-button text="…">
			for _, r := range t.Texts {
				if r.Elem == i && r.Attr == a.Name {
					runs = append(runs, r)
				}
			}
			interps = a.Interps
		}
		if len(runs) == 0 {
			continue // no literal label to judge
		}
		var label strings.Builder
		for _, r := range runs {
			label.WriteString(template.Decode(r.Text))
		}
		lbl := label.String()
		if !badLabel(c.Env, lbl) {
			continue
		}
		bad := c.Lexicon.Find("phone-label-bad", lbl)
		other := otherAction(lbl)
		if !c.Strict && other == "" && !callsItselfLogin(lbl) && rowNamesPhone(t, i) {
			continue // 绑定手机 [立即绑定]: the row says what the button asks
		}
		if len(interps) > 0 {
			// part of the label is computed: judge only a known bad label
			// or another action (立即支付 ¥{{amount}}), and only when no
			// string in the {{ }} names the phone number.
			if len(bad) == 0 && other == "" || interpsNamePhone(c, interps) {
				continue
			}
		}
		s := text.Span{Start: runs[0].Span.Start, End: runs[len(runs)-1].Span.End}
		if other != "" {
			// 立即支付 that asks for the phone: renaming it 手机号授权登录
			// would lose what it does, so no fix is offered.
			lbl := strings.TrimRight(strings.TrimSpace(lbl), " ¥￥$:：")
			c.Report(s, rule.Msg{
				Zh: "手机号授权按钮的文案“" + lbl + "”说的是另一件事（" + other + "），用户点它却会被要求授权手机号，审核会认为没有告知：在文案里写明会授权手机号（如“授权手机号并" + other + "”），或先用单独的“" + good + "”按钮取得手机号。",
				En: "The phone-number button label \"" + lbl + "\" names another action (" + other + "), yet tapping it asks for the user's phone number, which reviewers treat as undisclosed. Say on the button that it authorizes the phone number (e.g. 授权手机号并" + other + "), or get the number first with a separate \"" + good + "\" button.",
			})
			continue
		}
		c.Report(s, rule.Msg{
			Zh: "手机号授权按钮文案“" + lbl + "”没有告诉用户会授权手机号，审核会驳回：改为“" + good + "”。",
			En: "The phone-number button label \"" + lbl + "\" does not tell users it authorizes their phone number; reviewers reject it. Use \"" + good + "\".",
		}, rule.Fix{
			Title:     rule.Msg{Zh: "将按钮文案改为“" + good + "”", En: "Rename button to " + good},
			Edits:     labelEdits(runs, bad, good),
			Preferred: true,
			Safe:      true,
		})
	}
}

// badLabel judges a label the user sees: it does not name the phone
// number, and (on WeChat and the others, recommended profile) it calls the
// button a login or sign-up, or names another action (立即支付, 提交订单).
func badLabel(env *rule.Env, lbl string) bool {
	if len(env.Lexicon.Find("phone-label-ok", lbl)) > 0 {
		return false
	}
	if env.Platform != rule.Douyin && !env.Strict && !callsItselfLogin(lbl) && otherAction(lbl) == "" {
		return false // the platform's sheet names the number and asks consent
	}
	return true
}

// callsItselfLogin: the label says the button logs in or signs up (一键登录,
// 快捷登录, 立即注册).
// rowNamesPhone reports whether the row holding button i (its parent)
// labels it with the phone number in its own text, outside the button: a
// settings row 绑定手机 whose button says 立即绑定 tells the user what the
// tap asks, as a label on the button would.
func rowNamesPhone(t *template.Facts, i int) bool {
	p := t.Elements[i].Parent
	if p < 0 {
		return false
	}
	own := t.Elements[i].Span
	for _, r := range t.ElementText(p) {
		if r.Span.Start >= own.Start && r.Span.End <= own.End {
			continue // the button's own label
		}
		txt := template.Decode(r.Text)
		if strings.Contains(txt, "手机") || strings.Contains(txt, "电话号码") {
			return true
		}
	}
	return false
}

func callsItselfLogin(label string) bool {
	for _, w := range []string{"登录", "登陆", "注册", "登入"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// otherAction is the action a label names instead of the phone
// authorization — 支付 in 立即支付, 提交 in 提交订单, 预约 — or "".
// Tapping such a button opens the phone sheet where the user expects to
// pay or book: the label hides what it asks (WX §14.1.1, DY §1.1.1.1).
// Consent words (确认授权, 同意并继续, 允许, 确定) and logins are not other
// actions: the sheet that follows is what they announce; nor is a bare
// 下一步 or 确定, which names no purpose of its own (Douyin reports those
// as every label without the phone number).
func otherAction(label string) string {
	for _, w := range []string{"授权", "同意", "允许", "登录", "登陆", "注册", "登入"} {
		if strings.Contains(label, w) {
			return ""
		}
	}
	for _, w := range otherActions {
		if strings.Contains(label, w) {
			return w
		}
	}
	return ""
}

// otherActions are what a button does other than share the phone number.
var otherActions = []string{
	"支付", "付款", "购买", "下单", "结算", "提交", "预约", "报名", "领取", "兑换", "充值", "抢购",
}

// labelEdits rewrites the label. When the label is one run holding one bad
// label and nothing else but emoji, punctuation or spaces (📱 一键登录),
// only the bad words are replaced, keeping the decoration; otherwise the
// first run becomes the good label and the others are emptied.
func labelEdits(runs []template.TextRun, bad []lexicon.Hit, good string) []rule.Edit {
	if len(runs) == 1 && len(bad) == 1 && template.Decode(runs[0].Text) == runs[0].Text {
		r := runs[0]
		h := bad[0]
		if !hasLetters(r.Text[:h.Start]) && !hasLetters(r.Text[h.End:]) {
			return []rule.Edit{{Span: text.Span{Start: r.Span.Start + h.Start, End: r.Span.Start + h.End}, NewText: good}}
		}
	}
	edits := []rule.Edit{{Span: runs[0].Span, NewText: good}}
	for _, r := range runs[1:] {
		edits = append(edits, rule.Edit{Span: r.Span})
	}
	return edits
}

// hasLetters reports whether s holds a letter (Han or Latin) or digit.
func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// contentInterps lists the {{ }} inside the element's content.
func contentInterps(t *template.Facts, e *template.Element) []template.Interp {
	var out []template.Interp
	for _, in := range t.Interps {
		if in.Span.Start >= e.Content.Start && in.Span.End <= e.Content.End && e.Content.Len() > 0 {
			out = append(out, in)
		}
	}
	return out
}

// interpsNamePhone reports whether a quoted string inside the {{ }} names
// the phone number ({{ bound ? '已绑定' : '手机号授权登录' }}).
func interpsNamePhone(c *rule.FileContext, ins []template.Interp) bool {
	for _, in := range ins {
		for _, s := range quoted(in.Expr) {
			if len(c.Lexicon.Find("phone-label-ok", s)) > 0 {
				return true
			}
		}
	}
	return false
}

// quoted returns the contents of the '…' and "…" strings in an expression.
func quoted(expr string) []string {
	var out []string
	for i := 0; i < len(expr); i++ {
		q := expr[i]
		if q != '\'' && q != '"' {
			continue
		}
		j := i + 1
		for j < len(expr) && expr[j] != q {
			if expr[j] == '\\' {
				j++
			}
			j++
		}
		if j > len(expr) {
			j = len(expr)
		}
		out = append(out, expr[i+1:j])
		i = j
	}
	return out
}
