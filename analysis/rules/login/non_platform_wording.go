package login

import (
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// NonPlatformWording: visible text names another platform's login — 微信授权
// in a Douyin mini-program, 抖音登录 in a WeChat one. The function does not
// exist on the platform, and Douyin rejects "非平台功能文案" (DY §1.1.1.4).
//
// The words are the lexicon categories login-wording-wechat (checked in
// Douyin projects) and login-wording-douyin (checked in WeChat projects);
// each entry carries the platform's own wording, which the fix writes.
// Judgment: only WeChat and Douyin are checked — the lists and their
// replacements are written for them (支付宝登录 is right on Alipay).
// Brand mentions that are not login wording (微信支付, 分享到微信) are
// content/brand-misuse's concern, not this rule's.
var NonPlatformWording = &rule.Rule{
	ID:        "login/non-platform-wording",
	Severity:  rule.Warning,
	Platforms: []string{rule.WeChat, rule.Douyin},
	Citation:  "DY §1.1.1.4",
	Title:     rule.Msg{Zh: "出现其他平台的登录文案", En: "Another platform's login wording"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现其他平台的登录/授权文案：抖音小程序里的“微信授权”“微信登录”，微信小程序里的“抖音登录”等。",
			En: "Visible text names another platform's login or authorization: 微信授权 / 微信登录 in a Douyin mini-program, 抖音登录 in a WeChat one."},
		Why: rule.Msg{Zh: "小程序里不存在该平台的登录能力，审核会以“存在非平台功能文案”驳回（抖音审核常见问题 §1.1.1.4）。请改为本平台的说法。",
			En: "The mini-program cannot log in through another platform; reviewers reject \"non-platform function wording\" (DY §1.1.1.4). Use the platform's own wording."},
		Wrong:   `<button bindtap="onLogin">微信授权登录</button>  <!-- in a Douyin mini-program -->`,
		Right:   `<button bindtap="onLogin">抖音授权登录</button>`,
		Excerpt: "功能-你的小程序存在非平台功能文案，无法通过审核。……不可存在非开放平台的相关功能文案，如：微信授权（抖音 版本审核常见问题 §1.1.1.4）",
	},
	Check: checkNonPlatformWording,
}

func checkNonPlatformWording(c *rule.FileContext) {
	var cat, other, otherEn, own, ownEn string
	switch c.Platform {
	case rule.Douyin:
		cat, other, otherEn, own, ownEn = "login-wording-wechat", "微信", "WeChat", "抖音", "Douyin"
	case rule.WeChat:
		cat, other, otherEn, own, ownEn = "login-wording-douyin", "其他平台", "another platform", "微信", "WeChat"
	default:
		return
	}
	for _, p := range c.Unit.Visible() {
		for _, h := range c.Lexicon.Find(cat, p.Text) {
			s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
			word := p.Text[h.Start:h.End]
			msg := rule.Msg{
				Zh: "“" + word + "”是" + other + "的登录文案，" + own + "小程序里没有这项功能，审核会以“非平台功能文案”驳回。",
				En: "\"" + word + "\" is " + otherEn + "'s login wording; a " + ownEn + " mini-program has no such function and reviewers reject it as non-platform wording.",
			}
			if h.Replacement == "" {
				c.Report(s, msg)
				continue
			}
			msg.Zh += "请改为“" + h.Replacement + "”。"
			msg.En += " Use \"" + h.Replacement + "\"."
			c.Report(s, msg, rule.Fix{
				Title:     rule.Msg{Zh: "改为“" + h.Replacement + "”", En: "Replace with " + h.Replacement},
				Edits:     []rule.Edit{{Span: s, NewText: h.Replacement}},
				Preferred: true,
				Safe:      true,
			})
		}
	}
}
