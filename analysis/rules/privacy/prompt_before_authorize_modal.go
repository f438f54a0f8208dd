package privacy

import (
	"strings"

	"mpls/analysis/lexicon"
	"mpls/analysis/privacydecl"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A dialog with one button is a prompt the user confirmed. showModal with
// showCancel: false shows only 确定: its success callback runs once the
// user has read the text and tapped it, so whatever it does comes after
// the explanation, whether or not it looks at res.confirm (there is no
// other answer). analysis/script counts only a success that reads
// res.confirm (a two-button dialog's success also runs on 取消), so
// prompt-before-authorize adds this case itself.
//
// The dialog counts only when its text is about the authorization: its
// title or content names what is asked for or that it is asked (授权, 位置,
// 头像, 昵称 …; the words vague-purpose reads a prompt by), and the
// content is no stock phrase that says nothing (privacydecl.Vague). A
// one-button '加载中' or '操作成功' before the call explains nothing.

// oneButtonPrompted reports whether call c runs only after such a dialog:
// it is written in the dialog's success callback, or every way to its
// function from the file's lifecycles and the functions nothing in the
// file calls passes through one (or through a confirmed call site).
func oneButtonPrompted(s *script.Facts, c *script.Call, lex *lexicon.Lexicon) bool {
	spans := oneButtonSuccesses(s, lex)
	if len(spans) == 0 {
		return false
	}
	inside := func(sp text.Span) bool {
		for _, b := range spans {
			if within(sp, b) {
				return true
			}
		}
		return false
	}
	if inside(c.Span) {
		return true
	}
	if c.LocalConfirmed {
		return false // covered elsewhere, not by the dialog
	}
	n := len(s.Funcs)
	if int(c.Unit) >= n {
		return false
	}
	called := make([]bool, n)
	for _, e := range s.Edges {
		if e.From != e.To && int(e.To) < n {
			called[e.To] = true
		}
	}
	seen := make([]bool, n)
	var queue []int32
	for u := range s.Funcs {
		if s.Funcs[u].Entry || !called[u] {
			seen[u] = true
			queue = append(queue, int32(u))
		}
	}
	if seen[c.Unit] {
		return false
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range s.Edges {
			if e.From != u || int(e.To) >= n || seen[e.To] || e.Confirmed || inside(e.Site) {
				continue
			}
			if e.To == c.Unit {
				return false
			}
			seen[e.To] = true
			queue = append(queue, e.To)
		}
	}
	return true
}

// oneButtonSuccesses lists the success callbacks of the file's one-button
// dialogs that speak of the authorization.
func oneButtonSuccesses(s *script.Facts, lex *lexicon.Lexicon) []text.Span {
	var out []text.Span
	for i := range s.Calls {
		m := &s.Calls[i]
		if m.Factory != "" || m.Namespace == "" || m.API != "showModal" || m.Options == nil {
			continue
		}
		if p := m.Options.Get("showCancel"); p == nil || strings.TrimSpace(p.Value) != "false" {
			continue
		}
		ok := m.Options.Get("success")
		if ok == nil || !ok.IsFunc || !explainsAuth(m.Options, lex) {
			continue
		}
		out = append(out, ok.ValueSpan)
	}
	return out
}

// explainsAuth: the dialog's title or content is about the authorization
// and its content is no stock phrase.
func explainsAuth(o *script.Object, lex *lexicon.Lexicon) bool {
	content := o.Get("content")
	if content == nil || !content.IsString || privacydecl.Vague(content.String, lex) {
		return false
	}
	if mentionsAuth(content.String) {
		return true
	}
	title := o.Get("title")
	return title != nil && title.IsString && mentionsAuth(title.String)
}
