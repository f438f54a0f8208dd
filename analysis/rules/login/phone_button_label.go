// Package login holds the rules about login flows and account systems.
package login

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// PhoneButtonLabel: a button that opens the phone-number authorization
// must say so. Douyin rejects 抖音用户一键登录 and asks for
// 抖音用户手机号授权登录 (DY §1.1.1.1); WeChat reviewers apply the same
// reading of "用户知情" to 一键登录 buttons.
//
// Judgment: a label passes when it names the phone number (手机号, 手机号码,
// 电话号码) AND says 授权. 手机号快捷登录 and 手机号安全登录 name the number
// but not the authorization; the rulebook asks for a button that "很清楚的告诉
// 用户此按钮会吊起手机号授权", so they are reported too. Labels that are
// wholly {{ }} are not judged: mpls cannot see them.
var PhoneButtonLabel = &rule.Rule{
	ID:       "login/phone-button-label",
	Severity: rule.Warning,
	Citation: "DY §1.1.1.1",
	Title:    rule.Msg{Zh: "手机号授权按钮文案必须写明“手机号授权”", En: "Phone-number button must say it authorizes the phone number"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "`open-type=\"getPhoneNumber\"`（或 getRealtimePhoneNumber）的按钮文案没有说明会授权手机号，例如“一键登录”“快捷登录”。",
			En: "A button with open-type=\"getPhoneNumber\" (or getRealtimePhoneNumber) whose label does not say it authorizes the phone number, such as 一键登录 or 快捷登录."},
		Why: rule.Msg{Zh: "手机号是重要的个人信息，审核要求按钮清楚告诉用户会拉起手机号授权；“抖音用户一键登录”须改为“抖音用户手机号授权登录”。",
			En: "The phone number is personal information; reviewers require the button to tell users it opens the phone-number authorization, e.g. 抖音用户一键登录 must become 抖音用户手机号授权登录."},
		Wrong:   `<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">一键登录</button>`,
		Right:   `<button open-type="getPhoneNumber" bindgetphonenumber="onPhone">手机号授权登录</button>`,
		Excerpt: "手机号授权-你的小程序登录按钮文案有误。……要求对应按钮必须很清楚的告诉用户此按钮会吊起手机号授权。……授权文案有误,需将“抖音用户一键登录”修改为“抖音用户手机号授权登录”。（抖音 版本审核常见问题 §1.1.1.1）",
	},
	Check: checkPhoneLabel,
}

// GoodPhoneLabel is the label the fix writes on a platform.
func GoodPhoneLabel(platform string) string {
	if platform == rule.Douyin {
		return "抖音用户手机号授权登录"
	}
	return "手机号授权登录"
}

// labelSaysPhoneAuth is the judgment described on PhoneButtonLabel.
func labelSaysPhoneAuth(s string) bool {
	phone := strings.Contains(s, "手机号") || strings.Contains(s, "手机号码") || strings.Contains(s, "电话号码")
	return phone && strings.Contains(s, "授权")
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
		if a := e.Attr("text"); len(runs) == 0 && a != nil { // <van-button text="…">
			for _, r := range t.Texts {
				if r.Elem == i && r.Attr == a.Name {
					runs = append(runs, r)
				}
			}
		}
		if len(runs) == 0 {
			continue // no literal label to judge
		}
		var label strings.Builder
		for _, r := range runs {
			label.WriteString(template.Decode(r.Text))
		}
		if labelSaysPhoneAuth(label.String()) {
			continue
		}
		s := text.Span{Start: runs[0].Span.Start, End: runs[len(runs)-1].Span.End}
		edits := []rule.Edit{{Span: runs[0].Span, NewText: good}}
		for _, r := range runs[1:] {
			edits = append(edits, rule.Edit{Span: r.Span})
		}
		c.Report(s, rule.Msg{
			Zh: "手机号授权按钮文案“" + label.String() + "”没有告诉用户会授权手机号，审核会驳回（抖音审核常见问题 §1.1.1.1）：改为“" + good + "”。",
			En: "The phone-number button label \"" + label.String() + "\" does not tell users it authorizes their phone number; reviewers reject it (DY §1.1.1.1). Use \"" + good + "\".",
		}, rule.Fix{
			Title:     rule.Msg{Zh: "将按钮文案改为“" + good + "”", En: "Rename button to " + good},
			Edits:     edits,
			Preferred: true,
			Safe:      true,
		})
	}
}
