package content

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/lexicon"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Unfinished: placeholders and unfinished features in visible text —
// 敬请期待, 功能开发中, 暂未开放, 测试版, coming soon, lorem ipsum, TODO —
// and a build that calls itself a demo (本项目仅供演示, 数据均为随机生成,
// 此为体验版) or shows filler (一二三四五六七八九十). One finding a sentence.
// Pages app.json registers that are demos, test pages, the starter
// template's or blank are reported on their app.json entry (see
// checkLeftoverPages). Controls that visibly do nothing (a menu row
// without a tap, a search box nothing reads, a scan that only logs or
// drops its result, in a method a template binds or running code calls:
// see loggedScans) are unfinished features too (see checkDeadControls),
// and so is the same hard-coded card written out side by side (see
// mockCopies).
// WX §13.1: the submitted mini-program must be a finished product, not a
// test build. Reviewers open the page, see 敬请期待, and reject.
//
// Judgment: only visible text counts — a TODO in a code comment or a
// placeholder="…" attribute's name is not what the reviewer sees (the
// placeholder attribute's *value* is). 开发中心 is an exception, and so is
// 建设中 closing "in X building" (品牌建设中会遇到的问题). TODO, FIXME and
// TBD count only in capitals: "Todo" and "TODO list" name a to-do feature.
// A toast in a page method that nothing binds or calls is never shown (the
// project half reads the page's template), nor one in the default of the
// method's switch over the tapped element's data-tag when every element
// bound to it supplies a value with a case (see unfinished_dispatch.go).
// Text shown only when a list is empty (wx:if="{{!list.length}}", the
// wx:else of a chain whose wx:if says the list has items) is the list's
// empty state, not an entry (see unfinished_empty.go), and 敬请期待 closing
// a sentence of an article's prose that names no part of the app
// (其他城市仍在开通中，敬请期待) announces the business, not a feature (see
// unfinished_prose.go). The iOS
// notice DY §1.2.2.1 recommends (由于相关规范，iOS 功能暂不可用) is not a
// placeholder. Applies to every platform: Douyin rejects features that do
// not work in the same way.
var Unfinished = &rule.Rule{
	ID:       "content/unfinished",
	Severity: rule.Warning,
	Citation: "WX §13.1",
	Title:    rule.Msg{Zh: "界面显示功能未完成（敬请期待、开发中、测试版）", En: "Unfinished feature or placeholder text"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现“敬请期待”“功能开发中”“暂未开放”“测试版”“coming soon”“lorem ipsum”“TODO”，或说明本项目“仅供演示”“数据均为随机生成”“此为体验版”，或是“一二三四五六七八九十”这样的占位文字，说明提交的版本不是完成品。",
			En: "Visible text says 敬请期待, 功能开发中, 暂未开放, 测试版, coming soon, lorem ipsum or TODO, calls the build a demo (仅供演示, 数据均为随机生成, 此为体验版), or is filler (一二三四五六七八九十): the build is not a finished product."},
		Why: rule.Msg{Zh: "提交的小程序应该是一个完成品，可以打开、可以运行，且不得为测试版（运营规范 §13.1）；审核看到未完成的入口会驳回。",
			En: "A submitted mini-program must be a finished product that opens and runs, and must not be a test build (WX §13.1); reviewers reject visible unfinished entries."},
		Wrong:   `<view class="grid-item" bindtap="onTapVip">会员中心（敬请期待）</view>`,
		Right:   `<!-- 会员中心上线后再加入口 -->`,
		Excerpt: "13.1 提交的微信小程序应该是一个完成品，要求可以打开、可以运行，且不得为测试版。（微信小程序平台运营规范 §13.1）",
	},
	Check:        checkUnfinished,
	CheckProject: checkUnfinishedHandlers,
}

func checkUnfinished(c *rule.FileContext) {
	checkDeadControls(c)
	reported := map[text.Span]bool{} // one finding a sentence: 仅供演示 … 数据均为随机生成
	debugShown := false
	for _, h := range VisibleHits(c.Lexicon, "unfinished", c.Unit) {
		if markerWords[h.Word] && !marker(h) {
			continue // Todo, Add Todo: a to-do feature's name
		}
		if h.Sub == "testvalue" && !wholePiece(h) {
			continue // 测试报告, 心理测试: content
		}
		if pageMethod(c.Unit, h) != "" {
			continue // the project half reads the template that may bind it
		}
		if emptyState(c.Unit, h) {
			continue // <view wx:if="{{!list.length}}">暂无课程，敬请期待</view>: a list's empty state
		}
		if proseAnnouncement(h) {
			continue // 其他城市仍在开通中，敬请期待。 in a news article: the business grows, no entry is unfinished
		}
		if reported[h.Piece.Span] || h.Sub == "debug" && debugShown {
			continue
		}
		reported[h.Piece.Span] = true
		debugShown = debugShown || h.Sub == "debug" // one debug page, one finding
		c.Report(h.Span, unfinishedMsg(h))
	}
}

// markerWords are the developers' markers; as markers they are written in
// capitals (TODO, FIXME), and "Todo" or "todo list" names a to-do feature.
var markerWords = map[string]bool{"TODO": true, "FIXME": true, "TBD": true}

// marker reports whether a marker word is written as a developer's marker:
// in capitals, and not the name of a to-do list (TODO List, TODO 清单).
func marker(h LexHit) bool {
	if h.Text != strings.ToUpper(h.Text) {
		return false
	}
	after := strings.ToLower(strings.TrimSpace(h.Piece.Text[h.End:]))
	for _, f := range []string{"list", "清单", "事项", "列表", "app", "应用"} {
		if strings.HasPrefix(after, f) {
			return false
		}
	}
	return true
}

// pageMethod is the page method the script text of h is shown from, when
// only the page's template can run it: a method of a Page that no code of
// the file calls and that is no lifecycle or page event. "" otherwise.
func pageMethod(u *rule.Unit, h LexHit) string {
	s := u.Script
	if s == nil || s.Kind != "page" || !strings.HasPrefix(h.Piece.Where, "script:") {
		return ""
	}
	fn := ""
	for _, str := range s.Strings {
		if str.Span == h.Piece.Span && str.Arg != "" && str.Call >= 0 && str.Call < len(s.Calls) {
			fn = s.Calls[str.Call].Func
			break
		}
	}
	if fn == "" || len(s.Uses[fn]) > 0 || strings.HasPrefix(fn, "on") && !inTapDispatch(s, fn, h.Piece.Span) {
		return "" // module code, called in the file, or a lifecycle or page event
	}
	if _, ok := s.Methods[fn]; !ok {
		return ""
	}
	if _, ok := s.Lifecycles[fn]; ok {
		return ""
	}
	return fn
}

// checkUnfinishedHandlers is Unfinished's project half: text shown from a
// page method that only the template can run (see pageMethod) is reported
// when the template binds the method, or cannot be read. A toast in a
// method nothing binds (功能开发中 left in an old handler) is never shown.
func checkUnfinishedHandlers(c *rule.ProjectContext) {
	checkLeftoverPages(c)
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Script != nil && u.Script.Kind == "page" {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := c.Units[p]
		testValues(c, p, u)
		var t *template.Facts
		read := false
		reported := map[text.Span]bool{}
		for _, h := range VisibleHits(c.Lexicon, "unfinished", u) {
			fn := pageMethod(u, h)
			if fn == "" || markerWords[h.Word] && !marker(h) || reported[h.Piece.Span] || h.Sub == "testvalue" && !wholePiece(h) {
				continue
			}
			if !read {
				t, read = companionTemplate(c.Units, p), true
			}
			if t != nil && (!binds(t, fn) || unreachableDefault(u, t, fn, h.Piece.Span)) {
				continue // never bound, or the default of a dispatch every bound element has a case in
			}
			reported[h.Piece.Span] = true
			c.Report(p, h.Span, unfinishedMsg(h))
		}
	}
	checkScans(c)
}

// wholePiece: the hit is the whole text of its piece (a button labelled
// 测试, not 测试报告).
func wholePiece(h LexHit) bool {
	return strings.TrimSpace(h.Piece.Text) == h.Text
}

// testValues reports a page's data value that is a developer's test entry
// (the whole string is 测试, test, asdf…), or that says the feature is
// unfinished or a demo (功能开发中, 仅供演示), when the page's template shows
// the key it is under: a search history that starts as ['测试'], a
// tip: '敬请期待' shown as {{tip}}. The word is found in the literal as
// written (the value is decoded).
func testValues(c *rule.ProjectContext, p string, u *rule.Unit) {
	var t *template.Facts
	read := false
	for _, str := range u.Script.Strings {
		inData := str.Callee == "" && u.Script.ConfigSpan.Start <= str.Span.Start && str.Span.End <= u.Script.ConfigSpan.End
		if str.IsKey || str.Key == "" || !inData && str.Callee != "setData" {
			continue
		}
		v := strings.TrimSpace(str.Value)
		var hit *lexicon.Hit
		for _, h := range c.Lexicon.Find("unfinished", str.Value) {
			if markerWords[h.Word] || h.Sub == "debug" {
				continue // TODO in a data string is a developer's note; keys are not shown
			}
			if h.Sub == "testvalue" && strings.TrimSpace(str.Value[h.Start:h.End]) != v {
				continue // 测试报告: content
			}
			hit = &h
			break
		}
		if hit == nil {
			continue
		}
		if !read {
			t, read = companionTemplate(c.Units, p), true
		}
		if t == nil || !showsKey(t, str.Key) {
			continue
		}
		if hit.Sub == "testvalue" {
			c.Report(p, str.Span, rule.Msg{
				Zh: "页面数据里的" + quote(v) + "是开发时填的测试值，模板会把它显示给用户（" + str.Key + "）：提交的版本不得含测试数据，请换成真实数据或留空。",
				En: "\"" + v + "\" in the page's data is a test value the template shows users (" + str.Key + "); a submitted build must not carry test data. Use real data or leave it empty.",
			})
			continue
		}
		// 功能开发中 in data the template shows ({{tip}}) is seen like template text
		w := str.Value[hit.Start:hit.End]
		at := str.Span
		if i := strings.Index(string(u.Text[at.Start:at.End]), w); i >= 0 {
			at = text.Span{Start: at.Start + i, End: at.Start + i + len(w)}
		}
		c.Report(p, at, unfinishedMsg(LexHit{Hit: *hit, Text: w}))
	}
}

// showsKey: an interpolation of the template reads the data key.
func showsKey(t *template.Facts, key string) bool {
	for _, in := range t.Interps {
		if identIn(in.Expr, key) {
			return true
		}
	}
	return false
}

// identIn: name occurs in expr as a whole identifier.
func identIn(expr, name string) bool {
	for i := 0; ; {
		j := strings.Index(expr[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		if (j == 0 || !identByte(expr[j-1]) && expr[j-1] != '.') && (end == len(expr) || !identByte(expr[end])) {
			return true
		}
		i = end
	}
}

func identByte(b byte) bool {
	return b == '_' || b == '$' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// binds reports whether the template may run fn: a binding names it, or a
// binding is an expression mpls cannot read.
func binds(t *template.Facts, fn string) bool {
	for _, b := range t.Bindings {
		if b.Handler == fn || b.Handler == "" {
			return true
		}
	}
	return false
}

// companionTemplate is the parsed template beside the script at p.
func companionTemplate(units map[string]*rule.Unit, p string) *template.Facts {
	base := strings.TrimSuffix(p, path.Ext(p))
	for _, ext := range templateExts {
		if u := units[base+ext]; u != nil && u.Template != nil {
			return u.Template
		}
	}
	return nil
}

func unfinishedMsg(h LexHit) rule.Msg {
	w := h.Text
	switch h.Sub {
	case "demo":
		return rule.Msg{
			Zh: quote(w) + "告诉用户这是演示版或体验版（数据是假的、功能不生效）；提交的版本须是完成品、不得为测试版：请接入真实数据与功能，并去掉这段说明。",
			En: "\"" + w + "\" tells users the build is a demo or trial (fake data, features that do nothing); a submitted build must be a finished product, not a test version. Ship the real data and features and remove the notice.",
		}
	case "debug":
		return rule.Msg{
			Zh: "页面把开发者用的标识" + quote(w) + "显示给用户，这是调试页面，不是完成品（session_key 更不应离开服务器）：请从正式版中去掉这个页面或这些字段。",
			En: "The page shows the developer's identifier \"" + w + "\" to users: a debug page, not a finished product (and session_key must never leave the server). Remove the page or the fields from the release.",
		}
	case "testvalue":
		return rule.Msg{
			Zh: quote(w) + "是开发时用来试功能的文字，留在了界面上：提交的版本须是完成品、不得为测试版：请换成正式的文字，或去掉这一处。",
			En: "\"" + w + "\" is what a developer types to try something out, left on screen; a submitted build must be finished, not a test version. Use the real text or remove it.",
		}
	case "filler":
		return rule.Msg{
			Zh: quote(w) + "是占位文字，不是给用户看的内容；提交的版本须是完成品：请换成真实内容（或用户自己的资料），或去掉这一处。",
			En: "\"" + w + "\" is placeholder filler, not content for users; a submitted build must be finished. Show the real content (or the user's own) or remove it.",
		}
	}
	return rule.Msg{
		Zh: quote(w) + "说明功能未完成，提交的版本须是完成品、不得为测试版：请完成该功能，或在提审前去掉这个入口。",
		En: "\"" + w + "\" shows an unfinished feature; a submitted build must be finished and not a test version. Finish the feature or remove the entry before submitting.",
	}
}
