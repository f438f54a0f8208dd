package privacydecl

import (
	"strings"
	"unicode"

	"mpls/analysis/jsonv"
	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Some categories no API reveals: the app collects the data itself (an
// ID-number field, an e-mail field, a publish form, order history). mpls
// suggests them, with the text that gave them away, and never declares
// them on its own: only the team knows what the server keeps.

// maxEvidence bounds the evidence listed per suggestion.
const maxEvidence = 5

// fieldWords reveal a category when they label an input.
var fieldWords = []struct {
	key   string
	words []string
}{
	{"EXIDNumber", []string{"身份证"}},
	{"Email", []string{"邮箱", "电子邮件", "email", "e-mail"}},
}

// orderWords in visible text reveal order history.
var orderWords = []string{"我的订单", "订单列表", "历史订单", "全部订单", "订单详情", "订单记录"}

// publishWords near a text area and a submit reveal user publications.
var publishWords = []string{"发布", "发表", "发帖", "评论", "留言", "动态", "帖子"}

func suggest(env *rule.Env, d *Declaration) []Suggestion {
	out := []Suggestion{}
	if privacy.Douyin(env.Platform) {
		return out // Douyin's form has no such categories
	}
	ev := map[string][]Evidence{}
	add := func(key string, u *rule.Unit, s text.Span, txt string) {
		for _, e := range ev[key] {
			if e.File == u.Path && e.Span == s {
				return
			}
		}
		ev[key] = append(ev[key], Evidence{File: u.Path, Range: rangeOf(u, s), Text: strings.TrimSpace(txt), Span: s})
	}
	for _, u := range sortedUnits(env.Units) {
		if InLibrary(u.Path) || u.Template == nil || u.Skip != "" {
			continue
		}
		fieldEvidence(u, add)
		publishEvidence(u, add)
		for _, r := range u.Template.Texts {
			for _, w := range orderWords {
				if strings.Contains(r.Text, w) {
					add("EXOrderInfo", u, r.Span, r.Text)
					break
				}
			}
		}
	}
	orderPages(env, add)
	for _, key := range privacy.CategoryOrder {
		list := ev[key]
		if len(list) == 0 || d.Setting(key) != nil {
			continue
		}
		if len(list) > maxEvidence {
			list = list[:maxEvidence]
		}
		c := privacy.Categories[key]
		out = append(out, Suggestion{PrivacyKey: key, Label: c.Label, PrivacyText: c.Text, Evidence: list})
	}
	return out
}

// inputLike reports whether an element takes typed input: input,
// textarea, and the component libraries' fields (van-field, u-input …).
func inputLike(e *template.Element) bool {
	t := strings.ToLower(e.Tag)
	return t == "input" || t == "textarea" || t == "editor" || strings.HasSuffix(t, "-input") || strings.HasSuffix(t, "-field") || strings.HasSuffix(t, "easyinput")
}

// fieldEvidence finds inputs labelled with an ID number or e-mail: in
// their own visible attributes (placeholder, label, title), or in the
// text of the element around them when it holds no other input.
func fieldEvidence(u *rule.Unit, add func(string, *rule.Unit, text.Span, string)) {
	t := u.Template
	inputs := 0
	for i := range t.Elements {
		if inputLike(&t.Elements[i]) {
			inputs++
		}
	}
	if inputs == 0 {
		return
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		if !inputLike(e) {
			continue
		}
		var runs []template.TextRun
		for _, r := range t.Texts {
			if r.Elem == i {
				runs = append(runs, r)
			}
		}
		if p := e.Parent; p >= 0 && inputsWithin(t, p) == 1 {
			for _, r := range t.Texts {
				if r.Attr == "" && r.Elem >= 0 && r.Elem != i && within(t, r.Elem, p) {
					runs = append(runs, r)
				}
			}
		}
		for _, r := range runs {
			low := strings.ToLower(r.Text)
			for _, fw := range fieldWords {
				for _, w := range fw.words {
					if strings.Contains(low, w) {
						add(fw.key, u, r.Span, r.Text)
						break
					}
				}
			}
		}
	}
}

func inputsWithin(t *template.Facts, p int) int {
	n := 0
	for i := range t.Elements {
		if inputLike(&t.Elements[i]) && within(t, i, p) {
			n++
		}
	}
	return n
}

// publishEvidence finds a text area submitted by a publish button: a
// <textarea> (or <editor>) and a submit (form-type="submit", a form's
// submit binding, or a button labelled 发布/发表/提交) on a template that
// speaks of publishing (发布, 发表, 评论, 留言 …).
func publishEvidence(u *rule.Unit, add func(string, *rule.Unit, text.Span, string)) {
	t := u.Template
	area := -1
	for i := range t.Elements {
		tag := strings.ToLower(t.Elements[i].Tag)
		if tag == "textarea" || tag == "editor" || strings.HasSuffix(tag, "-textarea") {
			area = i
			break
		}
	}
	if area < 0 {
		return
	}
	publishy := false
	for _, r := range t.Texts {
		for _, w := range publishWords {
			if strings.Contains(r.Text, w) {
				publishy = true
			}
		}
	}
	if !publishy {
		return
	}
	var submit *template.Element
	var submitSpan text.Span
	var submitText string
	for i := range t.Elements {
		e := &t.Elements[i]
		if a := e.Attr("form-type"); a != nil && strings.TrimSpace(a.Literal()) == "submit" {
			submit, submitSpan, submitText = e, a.NameSpan, `form-type="submit"`
			if src, ok := elementLabel(u, i); ok {
				submitSpan, submitText = src.Span, src.Text
			}
			break
		}
		if tag := strings.ToLower(e.Tag); tag == "button" || strings.HasSuffix(tag, "-button") {
			if src, ok := elementLabel(u, i); ok {
				for _, w := range []string{"发布", "发表", "发帖", "提交"} {
					if strings.Contains(src.Text, w) {
						submit, submitSpan, submitText = e, src.Span, src.Text
						break
					}
				}
				if submit != nil {
					break
				}
			}
		}
	}
	if submit == nil {
		for _, b := range t.Bindings {
			if b.Event == "submit" && b.Elem >= 0 {
				e := &t.Elements[b.Elem]
				submit, submitSpan, submitText = e, e.TagSpan, "<"+e.Tag+" bindsubmit>"
				break
			}
		}
	}
	if submit == nil {
		return
	}
	a := &t.Elements[area]
	label := "<" + a.Tag + ">"
	sp := a.TagSpan
	if ph := a.Attr("placeholder"); ph != nil && strings.TrimSpace(ph.Value) != "" {
		label, sp = ph.Value, ph.ValueSpan
	}
	add("EXUserPublishContent", u, sp, label)
	add("EXUserPublishContent", u, submitSpan, submitText)
}

// orderPages finds app.json pages whose route names orders
// (pages/order/list, pages/myOrders/index).
func orderPages(env *rule.Env, add func(string, *rule.Unit, text.Span, string)) {
	u := env.Units["app.json"]
	if u == nil || !u.JSON.IsObject() {
		return
	}
	var routes []*jsonString
	collectPages(u, &routes)
	for _, r := range routes {
		if namesOrders(r.value) {
			add("EXOrderInfo", u, r.span, r.value)
		}
	}
}

// items are an array's items (none for anything else).
func items(v *jsonv.Value) []*jsonv.Value {
	if !v.IsArray() {
		return nil
	}
	return v.Items
}

type jsonString struct {
	value string
	span  text.Span
}

// collectPages lists app.json's page strings: pages, then each
// subpackage's (as written, relative to its root).
func collectPages(u *rule.Unit, out *[]*jsonString) {
	for _, it := range items(u.JSON.Get("pages")) {
		if it.IsString() {
			*out = append(*out, &jsonString{it.Str, it.ContentSpan()})
		}
	}
	for _, key := range []string{"subpackages", "subPackages"} {
		for _, sp := range items(u.JSON.Get(key)) {
			root, _ := sp.Get("root").AsString()
			for _, it := range items(sp.Get("pages")) {
				if it.IsString() {
					*out = append(*out, &jsonString{strings.TrimSuffix(root, "/") + "/" + it.Str, it.ContentSpan()})
				}
			}
		}
	}
}

// namesOrders reports whether a route has a word "order"/"orders" in it
// (split at non-letters and camelCase humps: myOrders, order-list; never
// recorder or border).
func namesOrders(route string) bool {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range route {
		switch {
		case !unicode.IsLetter(r):
			flush()
		case unicode.IsUpper(r):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	for _, w := range words {
		if w == "order" || w == "orders" {
			return true
		}
	}
	return false
}
