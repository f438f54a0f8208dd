package login

import (
	"bytes"
	"slices"
	"strconv"
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
// them: template text, toasts and modals (also a message built in a
// local variable and passed as their text: let tip = '…'; tip += '…';
// tt.showModal({ content: tip })), and script strings the template
// shows through {{key}} (an agreement set with setData, a default
// nickname in data). Text in a branch that renders only in the other
// platform's build (wx:if="{{__platform=='wx'}}") is not reported.
// A word is reported once per line, at its first place: an agreement
// naming 微信号 three times in one sentence is one finding, whose fix
// (when the word has a replacement) changes all three.
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
	var found []wordHit
	shown := shownThroughVariable(c.Unit) // a message built in a variable, then shown
	for _, cat := range w.cats {
		for _, h := range content.VisibleHits(c.Lexicon, cat, c.Unit) {
			if overlapsAny(h.Span, done) {
				continue
			}
			done = append(done, h.Span)
			if e, ok := elemOf[h.Piece.Span]; ok && content.OnlyOnPlatform(t, e, otherPlatforms[c.Platform]) {
				continue // the other platform's build shows it, not this one
			}
			found = append(found, wordHit{cat: cat, hit: h.Hit, span: h.Span, word: h.Text})
		}
		for _, p := range shown {
			for _, h := range c.Lexicon.Find(cat, p.Text) {
				s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
				if overlapsAny(s, done) {
					continue
				}
				done = append(done, s)
				found = append(found, wordHit{cat: cat, hit: h, span: s, word: p.Text[h.Start:h.End], shownIn: strings.TrimPrefix(p.Where, "script:")})
			}
		}
	}
	for _, g := range oncePerLine(c.Unit.Text, found) {
		reportWording(w, g, func(s text.Span, m rule.Msg, f ...rule.Fix) { c.Report(s, m, f...) })
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
	found := map[string][]wordHit{}
	var paths []string
	for _, cat := range w.cats {
		for _, h := range content.BoundHits(c, cat) {
			p := h.Path
			if overlapsAny(h.Span, done[p]) {
				continue
			}
			done[p] = append(done[p], h.Span)
			if found[p] == nil {
				paths = append(paths, p)
			}
			found[p] = append(found[p], wordHit{cat: cat, hit: h.Hit, span: h.Span, word: h.Text, shownIn: h.Template})
		}
	}
	for _, p := range paths {
		var src []byte
		if u := c.Units[p]; u != nil {
			src = u.Text
		}
		for _, g := range oncePerLine(src, found[p]) {
			reportWording(w, g, func(s text.Span, m rule.Msg, f ...rule.Fix) { c.Report(p, s, m, f...) })
		}
	}
}

// wordHit is one place the rule would report: a lexicon hit of category
// cat, the word as written at span, and the template that shows it when
// it is a script string.
type wordHit struct {
	cat     string
	hit     lexicon.Hit
	span    text.Span
	word    string
	shownIn string
	// more are the later places of the same word on the same line (see
	// oncePerLine): one finding stands for them, and its fix edits them too.
	more []text.Span
}

// oncePerLine keeps the first hit of each word on each line of src and
// folds the later ones into it (wordHit.more): an agreement naming 微信号
// three times in one sentence is one place to change, not three findings.
// Different words on one line stay separate findings.
func oncePerLine(src []byte, hs []wordHit) []wordHit {
	type key struct {
		line int
		word string
	}
	hs = slices.Clone(hs)
	slices.SortStableFunc(hs, func(a, b wordHit) int { return a.span.Start - b.span.Start })
	first := map[key]int{}
	var out []wordHit
	for _, h := range hs {
		k := key{lineStart(src, h.span.Start), h.word}
		if i, ok := first[k]; ok {
			out[i].more = append(out[i].more, h.span)
			continue
		}
		first[k] = len(out)
		out = append(out, h)
	}
	return out
}

// lineStart is the offset of the start of the line holding off.
func lineStart(src []byte, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return bytes.LastIndexByte(src[:max(off, 0)], '\n') + 1
}

func reportWording(w wording, g wordHit, report func(text.Span, rule.Msg, ...rule.Fix)) {
	what, whatEn := "登录文案", "login wording"
	if !strings.HasPrefix(g.cat, "login-") {
		what, whatEn = "功能或身份说法", "wording for its own functions or identity"
	}
	msg := rule.Msg{
		Zh: "“" + g.word + "”是" + w.other + "的" + what + "，" + w.own + "小程序里没有这项功能，审核会以“非平台功能文案”驳回。",
		En: "\"" + g.word + "\" is " + w.otherEn + "'s " + whatEn + "; a " + w.ownEn + " mini-program has no such function and reviewers reject it as non-platform wording.",
	}
	if n := len(g.more) + 1; n > 1 {
		msg.Zh += "这一行共出现 " + strconv.Itoa(n) + " 次。"
		msg.En += " It appears " + strconv.Itoa(n) + " times on this line."
	}
	if g.shownIn != "" {
		msg.Zh += "（由 " + g.shownIn + " 显示）"
		msg.En += " (shown by " + g.shownIn + ")"
	}
	if g.hit.Replacement == "" {
		report(g.span, msg)
		return
	}
	r := g.hit.Replacement
	msg.Zh += "请改为“" + r + "”。"
	msg.En += " Use \"" + r + "\"."
	edits := []rule.Edit{{Span: g.span, NewText: r}}
	for _, s := range g.more {
		edits = append(edits, rule.Edit{Span: s, NewText: r})
	}
	title := rule.Msg{Zh: "改为“" + r + "”", En: "Replace with " + r}
	if len(g.more) > 0 {
		title = rule.Msg{Zh: "这一行的 " + strconv.Itoa(len(edits)) + " 处都改为“" + r + "”", En: "Replace all " + strconv.Itoa(len(edits)) + " on this line with " + r}
	}
	report(g.span, msg, rule.Fix{
		Title:     title,
		Edits:     edits,
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
