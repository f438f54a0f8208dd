package login

import (
	"strings"

	"mpls/analysis/lexicon"
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/text"
)

// NonPlatformWording: visible text names another platform's login or
// functions — 微信授权 in a Douyin mini-program, 抖音登录 in a WeChat one,
// and on Douyin WeChat's own functions and identity: 微信小程序, 微信支付,
// 微信好友, 添加微信, 微信号, 微信提现, 微信用户, 当前微信版本过低. Each
// tells the reviewer the app was made for another platform, and Douyin
// rejects "非平台功能文案" (DY §1.1.1.4).
//
// The words are the lexicon categories login-wording-wechat and
// platform-wording-wechat (checked in Douyin projects) and
// login-wording-douyin (checked in WeChat projects). Read where users see
// them: template text, toasts and modals, and script strings the template
// shows through {{key}} (an agreement set with setData, a default
// nickname in data). Text in a branch that renders only in the other
// platform's build (wx:if="{{__platform=='wx'}}") is not reported.
// Judgment: only WeChat and Douyin are checked — the lists and their
// replacements are written for them (Alipay and Baidu have no rulebook
// here). In a WeChat project, WeChat's own words are
// content/brand-misuse's concern, not this rule's.
var NonPlatformWording = &rule.Rule{
	ID:        "login/non-platform-wording",
	Severity:  rule.Warning,
	Platforms: []string{rule.WeChat, rule.Douyin},
	Citation:  "DY §1.1.1.4",
	Title:     rule.Msg{Zh: "出现其他平台的功能文案", En: "Another platform's wording"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字（含页面 data/setData 里由模板显示的字符串）里出现其他平台的登录/授权或功能文案：抖音小程序里的“微信授权”“微信登录”“微信小程序”“添加微信”“微信好友”“微信用户”“当前微信版本过低”，微信小程序里的“抖音登录”等。",
			En: "Visible text (including data/setData strings the template shows) names another platform's login or functions: 微信授权, 微信登录, 微信小程序, 添加微信, 微信好友, 微信用户, 当前微信版本过低 in a Douyin mini-program, 抖音登录 in a WeChat one."},
		Why: rule.Msg{Zh: "小程序里不存在该平台的登录能力，审核会以“存在非平台功能文案”驳回（抖音审核常见问题 §1.1.1.4）。请改为本平台的说法。",
			En: "The mini-program cannot log in through another platform; reviewers reject \"non-platform function wording\" (DY §1.1.1.4). Use the platform's own wording."},
		Wrong:   `<button bindtap="onLogin">微信授权登录</button>  <!-- in a Douyin mini-program -->`,
		Right:   `<button bindtap="onLogin">抖音授权登录</button>`,
		Excerpt: "功能-你的小程序存在非平台功能文案，无法通过审核。……不可存在非开放平台的相关功能文案，如：微信授权（抖音 版本审核常见问题 §1.1.1.4）",
	},
	Check:        checkNonPlatformWording,
	CheckProject: checkNonPlatformWordingBound,
}

// wording is what the rule reads in a project of the given platform: the
// lexicon categories, and how the message names the other platform and
// the project's own.
type wording struct {
	cats                       []string
	other, otherEn, own, ownEn string
}

func wordingFor(platform string) (wording, bool) {
	switch platform {
	case rule.Douyin:
		return wording{[]string{"login-wording-wechat", "platform-wording-wechat"}, "微信", "WeChat", "抖音", "Douyin"}, true
	case rule.WeChat:
		return wording{[]string{"login-wording-douyin"}, "其他平台", "another platform", "微信", "WeChat"}, true
	}
	return wording{}, false
}

// otherPlatforms are the names a cross-platform source compares its
// platform variable with, for the platforms whose wording the rule reports.
var otherPlatforms = map[string][]string{
	rule.Douyin: {"wx", "weixin", "wechat", "mp-weixin"},
	rule.WeChat: {"tt", "douyin", "toutiao", "mp-toutiao"},
}

func checkNonPlatformWording(c *rule.FileContext) {
	w, ok := wordingFor(c.Platform)
	if !ok {
		return
	}
	t := c.Unit.Template
	var elemOf map[text.Span]int
	if t != nil {
		elemOf = make(map[text.Span]int, len(t.Texts))
		for _, r := range t.Texts {
			elemOf[r.Span] = r.Elem
		}
	}
	var done []text.Span // a login phrase is not reported again by a shorter word inside it
	for _, cat := range w.cats {
		for _, h := range content.VisibleHits(c.Lexicon, cat, c.Unit) {
			if overlapsAny(h.Span, done) {
				continue
			}
			done = append(done, h.Span)
			if e, ok := elemOf[h.Piece.Span]; ok && content.OnlyOnPlatform(t, e, otherPlatforms[c.Platform]) {
				continue // the other platform's build shows it, not this one
			}
			reportWording(w, cat, h.Hit, h.Span, h.Text, "", func(s text.Span, m rule.Msg, f ...rule.Fix) { c.Report(s, m, f...) })
		}
	}
}

// checkNonPlatformWordingBound is the project half: strings a template
// shows from its script's data (an agreement set with setData and shown
// in a modal, a default nickname).
func checkNonPlatformWordingBound(c *rule.ProjectContext) {
	w, ok := wordingFor(c.Env.Platform)
	if !ok {
		return
	}
	done := map[string][]text.Span{}
	for _, cat := range w.cats {
		for _, h := range content.BoundHits(c, cat) {
			p := h.Path
			if overlapsAny(h.Span, done[p]) {
				continue
			}
			done[p] = append(done[p], h.Span)
			reportWording(w, cat, h.Hit, h.Span, h.Text, h.Template, func(s text.Span, m rule.Msg, f ...rule.Fix) { c.Report(p, s, m, f...) })
		}
	}
}

func reportWording(w wording, cat string, h lexicon.Hit, s text.Span, word, shownIn string, report func(text.Span, rule.Msg, ...rule.Fix)) {
	what, whatEn := "登录文案", "login wording"
	if !strings.HasPrefix(cat, "login-") {
		what, whatEn = "功能或身份说法", "wording for its own functions or identity"
	}
	msg := rule.Msg{
		Zh: "“" + word + "”是" + w.other + "的" + what + "，" + w.own + "小程序里没有这项功能，审核会以“非平台功能文案”驳回。",
		En: "\"" + word + "\" is " + w.otherEn + "'s " + whatEn + "; a " + w.ownEn + " mini-program has no such function and reviewers reject it as non-platform wording.",
	}
	if shownIn != "" {
		msg.Zh += "（由 " + shownIn + " 显示）"
		msg.En += " (shown by " + shownIn + ")"
	}
	if h.Replacement == "" {
		report(s, msg)
		return
	}
	msg.Zh += "请改为“" + h.Replacement + "”。"
	msg.En += " Use \"" + h.Replacement + "\"."
	report(s, msg, rule.Fix{
		Title:     rule.Msg{Zh: "改为“" + h.Replacement + "”", En: "Replace with " + h.Replacement},
		Edits:     []rule.Edit{{Span: s, NewText: h.Replacement}},
		Preferred: true,
		Safe:      true,
	})
}

func overlapsAny(s text.Span, in []text.Span) bool {
	for _, o := range in {
		if s.Start < o.End && o.Start < s.End {
			return true
		}
	}
	return false
}
