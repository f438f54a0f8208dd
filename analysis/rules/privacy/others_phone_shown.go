package privacy

import (
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// OthersPhoneShown: a list of other users (each row has the person's
// nickname or avatar) shows each one's phone number in full —
// {{item.mobile}} — where every user of the page can read it. WX §14.2.1
// forbids showing users' phone numbers to other users.
//
// Judgment: a row is another user when the loop shows a nickname or an
// avatar, or a name on a page that says it lists other users (我的团队,
// 中奖名单, 排行榜, 邀请记录 …); an address book (the user's own addresses and contacts: rows with
// an address, region or ID field) and a list of shops or stores (a shop's
// service number is meant to be called) are not. A masked number is fine:
// the binding goes through a filter or a function ({{tools.mask(item.mobile)}}),
// or the page's script masks it (a '****' string or a replace of the middle
// digits).
var OthersPhoneShown = &rule.Rule{
	ID:       "privacy/others-phone-shown",
	Severity: rule.Warning,
	Citation: "WX §14.2.1",
	Title:    rule.Msg{Zh: "向其他用户展示完整手机号", En: "Other users' full phone numbers shown"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "页面在其他用户的列表里（每行有昵称或头像）直接显示每个人的完整手机号，例如 {{item.mobile}}，没有打码成 138****1234。用户自己的收货地址、常用联系人和商家电话不报告。",
			En: "A page lists other users (each row shows a nickname or avatar) with each one's full phone number, {{item.mobile}}, not masked like 138****1234. The user's own addresses and contacts, and shops' phone numbers, are not reported."},
		Why: rule.Msg{Zh: "不允许向小程序的其他用户或任何第三方显示用户的微信号、名称、手机号等信息（运营规范 §14.2.1）；完整手机号让每个打开页面的人都能拿到他人的联系方式。",
			En: "A mini-program must not show users' WeChat IDs, names, phone numbers and the like to its other users or any third party (WX §14.2.1); a full number hands everyone who opens the page another person's contact."},
		Wrong: `<view wx:for="{{winners}}" wx:key="id">
  <image src="{{item.avatar}}" /> {{item.nickname}} {{item.mobile}}
</view>`,
		Right: `<wxs module="fmt">module.exports.mask = function (m) { return m.slice(0, 3) + '****' + m.slice(7) }</wxs>
<view wx:for="{{winners}}" wx:key="id">
  <image src="{{item.avatar}}" /> {{item.nickname}} {{fmt.mask(item.mobile)}}
</view>`,
		Excerpt: "14.2.1 不允许向微信小程序其他用户或任何第三方显示用户微信号、名称、QQ、手机号、电子邮箱地址和出生日期等信息。（微信小程序平台运营规范 §14.2.1）",
	},
	Scope:        rule.ProjectScope,
	CheckProject: checkOthersPhone,
}

// phoneField names a phone number field.
var phoneField = regexp.MustCompile(`(?i)^(?:mobile|phone|tel|telephone|cellphone|phone_?number|mobile_?phone|user_?(?:mobile|phone|tel))$`)

// personField names a field that shows who a row is.
var personField = regexp.MustCompile(`(?i)^(?:nick_?name|avatar|avatar_?url|head_?(?:img|image|url|pic)|user_?avatar|user_?nick_?name)$`)

// ownField marks a row of the user's own address book or a place.
var ownField = regexp.MustCompile(`(?i)address|region|province|city|district|detail|id_?card|id_?no|shop|store|service`)

// loopAttrs are the list directives of the dialects.
var loopAttrs = []string{"wx:for", "wx:for-items", "qq:for", "tt:for", "a:for", "s-for", "jd:for"}

// memberRe is item.field (or item.user.field) in a binding: the root and
// the last field.
var memberRe = regexp.MustCompile(`([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*\.([A-Za-z_$][\w$]*)`)

func checkOthersPhone(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Template != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := c.Units[p]
		if !showsPhone(u.Template) || masksPhones(c.Units, u) {
			continue
		}
		for _, s := range fullPhones(u.Template, othersPage(c.Units, u)) {
			c.Report(p, s, rule.Msg{
				Zh: "列表把其他用户的完整手机号显示给所有人看：请去掉，或打码成 138****1234。",
				En: "The list shows other users' full phone numbers to everyone. Remove them, or mask them like 138****1234.",
			})
		}
	}
}

// showsPhone reports whether some interpolation of the template names a
// phone field: the cheap test before the page's scripts are searched for
// a mask (most templates show none).
func showsPhone(t *template.Facts) bool {
	for _, in := range t.Interps {
		for _, m := range memberRe.FindAllStringSubmatch(in.Expr, -1) {
			if phoneField.MatchString(m[2]) {
				return true
			}
		}
	}
	return false
}

// othersWords title a page that lists other users.
var othersWords = regexp.MustCompile(`中奖名单|获奖名单|我的团队|团队成员|成员列表|我的好友|我的粉丝|邀请记录|邀请列表|推广记录|我的下级|助力好友|砍价记录|拼团成员|参与者|参与用户|排行榜`)

// othersPage reports whether the page's visible text or title says its
// lists are other users.
func othersPage(units map[string]*rule.Unit, u *rule.Unit) bool {
	for _, p := range u.Visible() {
		if othersWords.MatchString(p.Text) {
			return true
		}
	}
	if j := units[strings.TrimSuffix(u.Path, path.Ext(u.Path))+".json"]; j != nil {
		for _, p := range j.Visible() {
			if othersWords.MatchString(p.Text) {
				return true
			}
		}
	}
	return false
}

// nameField names a person's name: a row of other users on a page that
// lists them (othersPage).
var nameField = regexp.MustCompile(`(?i)^(?:name|real_?name|user_?name|true_?name)$`)

// fullPhones returns the bare phone bindings in lists of other users
// (others: the page says its lists are other users).
func fullPhones(t *template.Facts, others bool) []text.Span {
	var out []text.Span
	for i := range t.Elements {
		e := &t.Elements[i]
		item := loopItem(e)
		if item == "" || e.Content.Len() == 0 {
			continue
		}
		var phones []text.Span
		person, own := false, false
		for _, in := range t.Interps {
			if in.Span.Start < e.Content.Start || in.Span.End > e.Content.End {
				continue
			}
			expr := strings.TrimSpace(in.Expr)
			for _, m := range memberRe.FindAllStringSubmatch(expr, -1) {
				if m[1] != item {
					continue
				}
				switch {
				case personField.MatchString(m[2]):
					person = true
				case ownField.MatchString(m[2]):
					own = true
				case others && nameField.MatchString(m[2]):
					person = true
				}
			}
			// a bare {{item.mobile}} in the element's text: a filter or
			// a call around it may mask it
			if m := memberRe.FindStringSubmatch(expr); m != nil && m[0] == expr && m[1] == item && phoneField.MatchString(m[2]) && !inAttr(t, in.Span) {
				phones = append(phones, in.ExprSpan)
			}
		}
		for _, a := range e.Attrs { // <image src="{{item.avatar}}"> on the loop element itself
			for _, in := range a.Interps {
				for _, m := range memberRe.FindAllStringSubmatch(in.Expr, -1) {
					if m[1] == item && personField.MatchString(m[2]) {
						person = true
					}
				}
			}
		}
		if !person || own {
			continue
		}
		out = append(out, phones...)
	}
	return out
}

// loopItem returns the item name of a list element, or "".
func loopItem(e *template.Element) string {
	for _, n := range loopAttrs {
		a := e.Attr(n)
		if a == nil {
			continue
		}
		if n == "s-for" { // Baidu: s-for="item, index in list"
			v := a.Value
			if i := strings.Index(v, " in "); i > 0 {
				return strings.TrimSpace(strings.Split(v[:i], ",")[0])
			}
			if it := e.Attr("s-for-item"); it != nil && it.Value != "" {
				return strings.TrimSpace(it.Value)
			}
			return "item"
		}
		prefix := strings.SplitN(n, ":", 2)[0]
		if it := e.Attr(prefix + ":for-item"); it != nil && it.Value != "" {
			return strings.TrimSpace(it.Value)
		}
		return "item"
	}
	return ""
}

// inAttr reports whether the binding is inside an attribute value
// (data-phone="{{item.mobile}}" is not shown).
func inAttr(t *template.Facts, s text.Span) bool {
	for i := range t.Elements {
		for _, a := range t.Elements[i].Attrs {
			if a.ValueSpan.Start <= s.Start && s.End <= a.ValueSpan.End {
				return true
			}
		}
	}
	return false
}

// maskRe is a script that masks phone numbers.
var maskRe = regexp.MustCompile(`\*\*\*\*|\$1\*+\$2`)

// masksPhones reports whether the page's script masks numbers before
// showing them.
func masksPhones(units map[string]*rule.Unit, tu *rule.Unit) bool {
	if maskRe.Match(tu.Text) { // an inline <wxs> that masks
		return true
	}
	base := strings.TrimSuffix(tu.Path, path.Ext(tu.Path))
	for _, ext := range []string{".js", ".ts"} {
		if u := units[base+ext]; u != nil && maskRe.Match(u.Text) {
			return true
		}
	}
	return false
}
