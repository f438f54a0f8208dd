// Package template extracts the facts rules need from a template tree
// (WXML and its dialects): elements with their attributes, visible text,
// event bindings, comments and syntax errors. One walk per parse.
package template

import (
	"html"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/text"
)

// Interp is one {{ expression }} (or Baidu's {= =}).
type Interp struct {
	Span     text.Span // the whole {{ … }}
	Expr     string
	ExprSpan text.Span
}

// Attr is one attribute as written.
type Attr struct {
	Name      string
	NameSpan  text.Span
	HasValue  bool
	Value     string    // the raw value between the quotes
	ValueSpan text.Span // between the quotes
	Interps   []Interp
}

// Static reports whether the value has no {{ }} in it.
func (a *Attr) Static() bool { return len(a.Interps) == 0 }

// Literal is the value with its interpolations removed: what a reader can
// judge without running the page.
func (a *Attr) Literal() string {
	if len(a.Interps) == 0 {
		return a.Value
	}
	var b strings.Builder
	pos := a.ValueSpan.Start
	for _, in := range a.Interps {
		if in.Span.Start > pos {
			b.WriteString(a.Value[pos-a.ValueSpan.Start : in.Span.Start-a.ValueSpan.Start])
		}
		pos = in.Span.End
	}
	if pos < a.ValueSpan.End {
		b.WriteString(a.Value[pos-a.ValueSpan.Start:])
	}
	return b.String()
}

// Element is one element (or self-closing tag).
type Element struct {
	Tag      string
	TagSpan  text.Span
	Span     text.Span // the whole element
	StartTag text.Span
	Attrs    []Attr
	Parent   int // index in Facts.Elements, -1 at the top
	// Content is the span between the start and end tags (empty if none).
	Content text.Span
}

// Attr returns the attribute named name (case-insensitive), or nil.
func (e *Element) Attr(name string) *Attr {
	for i := range e.Attrs {
		if strings.EqualFold(e.Attrs[i].Name, name) {
			return &e.Attrs[i]
		}
	}
	return nil
}

// TextRun is a piece of text a user sees: template text, or the literal
// part of a user-visible attribute (placeholder, title …).
type TextRun struct {
	Span text.Span
	Text string // as written (entities not decoded, so offsets line up)
	Elem int    // the element holding it, -1 at the top
	Attr string // "" for element text, else the attribute name
}

// Binding is an event attribute and the handler it names.
type Binding struct {
	Event       string // "tap", "getphonenumber" …
	Attr        string // as written: bindtap, bind:tap, catchtap, onTap …
	Handler     string // "" when the value is an expression
	HandlerSpan text.Span
	Elem        int
}

// Comment is a template comment.
type Comment struct {
	Span text.Span
	Text string // inside <!-- -->
}

// Facts are what the rules read of one template.
type Facts struct {
	Elements []Element
	Texts    []TextRun
	Interps  []Interp
	Bindings []Binding
	Comments []Comment
	Errors   []text.Span
}

// visibleAttrs are attributes whose literal value is shown to the user
// (native components and the common component libraries).
var visibleAttrs = map[string]bool{
	"placeholder": true, "title": true, "alt": true, "aria-label": true,
	"label": true, "text": true, "desc": true, "content": true, "tip": true,
	"message": true, "confirm-text": true, "cancel-text": true,
	"confirm-button-text": true, "cancel-button-text": true, "button-text": true,
	"sub-title": true, "subtitle": true, "loading-text": true, "empty-text": true,
	"navigation-bar-title": true, "front-color-text": true, "nickname": false,
}

// IsVisibleAttr reports whether an attribute's value is user-visible text.
func IsVisibleAttr(name string) bool { return visibleAttrs[strings.ToLower(name)] }

// Analyze walks the tree once.
func Analyze(root *sitter.Node, src []byte) *Facts {
	w := &walker{src: src, f: &Facts{}}
	w.node(root, -1, 0)
	return w.f
}

type walker struct {
	src []byte
	f   *Facts
}

func span(n *sitter.Node) text.Span {
	return text.Span{Start: int(n.StartByte()), End: int(n.EndByte())}
}

func (w *walker) str(s text.Span) string { return string(w.src[s.Start:s.End]) }

// maxDepth bounds recursion on pathological nesting; deeper content is
// still covered by the syntax-error scan but not by rules.
const maxDepth = 20000

func (w *walker) node(n *sitter.Node, parent, depth int) {
	if depth > maxDepth {
		return
	}
	typ := n.Type()
	if n.IsMissing() {
		w.f.Errors = append(w.f.Errors, span(n))
		return
	}
	switch typ {
	case "ERROR":
		w.f.Errors = append(w.f.Errors, span(n))
		// keep reading inside: a half-typed tag should not hide the text
		// and elements the parser still recognised.
	case "element", "script_element":
		w.element(n, parent, depth)
		return
	case "text":
		w.text(n, parent)
		return
	case "interpolation":
		w.f.Interps = append(w.f.Interps, w.interp(n))
		return
	case "comment":
		s := span(n)
		body := w.str(s)
		body = strings.TrimSuffix(strings.TrimPrefix(body, "<!--"), "-->")
		w.f.Comments = append(w.f.Comments, Comment{Span: s, Text: body})
		return
	case "entity":
		return
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		w.node(n.Child(i), parent, depth+1)
	}
}

func (w *walker) text(n *sitter.Node, parent int) {
	s := span(n)
	raw := w.str(s)
	// trim surrounding whitespace so the finding hugs the words
	l := len(raw) - len(strings.TrimLeft(raw, " \t\r\n\u3000\ufeff"))
	r := len(strings.TrimRight(raw, " \t\r\n\u3000"))
	if r <= l {
		return
	}
	s = text.Span{Start: s.Start + l, End: s.Start + r}
	w.f.Texts = append(w.f.Texts, TextRun{Span: s, Text: raw[l:r], Elem: parent})
}

func (w *walker) interp(n *sitter.Node) Interp {
	in := Interp{Span: span(n)}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if c.Type() == "expression" {
			in.ExprSpan = span(c)
			in.Expr = w.str(in.ExprSpan)
		}
	}
	return in
}

func (w *walker) element(n *sitter.Node, parent, depth int) {
	idx := len(w.f.Elements)
	w.f.Elements = append(w.f.Elements, Element{Span: span(n), Parent: parent})
	var contentStart, contentEnd = -1, -1
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		switch c.Type() {
		case "start_tag", "self_closing_tag":
			w.tag(c, idx)
			contentStart = int(c.EndByte())
		case "end_tag":
			contentEnd = int(c.StartByte())
		case "raw_text":
		default:
			w.node(c, idx, depth+1)
		}
	}
	e := &w.f.Elements[idx]
	if contentStart >= 0 {
		if contentEnd < contentStart {
			contentEnd = e.Span.End
			if contentEnd < contentStart {
				contentEnd = contentStart
			}
		}
		e.Content = text.Span{Start: contentStart, End: contentEnd}
	}
}

func (w *walker) tag(n *sitter.Node, idx int) {
	e := &w.f.Elements[idx]
	e.StartTag = span(n)
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		switch c.Type() {
		case "tag_name":
			e.TagSpan = span(c)
			e.Tag = strings.ToLower(w.str(e.TagSpan))
		case "attribute":
			a := w.attr(c)
			e.Attrs = append(e.Attrs, a)
		case "ERROR":
			w.f.Errors = append(w.f.Errors, span(c))
		default:
			if c.IsMissing() {
				w.f.Errors = append(w.f.Errors, span(c))
			}
		}
	}
	for _, a := range e.Attrs {
		w.f.Interps = append(w.f.Interps, a.Interps...)
		if ev, ok := EventName(a.Name); ok {
			b := Binding{Event: ev, Attr: a.Name, Elem: idx}
			if a.Static() {
				h := strings.TrimSpace(a.Value)
				if h != "" {
					off := strings.Index(a.Value, h)
					b.Handler = h
					b.HandlerSpan = text.Span{Start: a.ValueSpan.Start + off, End: a.ValueSpan.Start + off + len(h)}
				}
			}
			w.f.Bindings = append(w.f.Bindings, b)
		}
		if IsVisibleAttr(a.Name) && a.HasValue {
			w.attrText(a, idx)
		}
	}
}

// attrText records the literal parts of a visible attribute's value.
func (w *walker) attrText(a Attr, idx int) {
	pos := a.ValueSpan.Start
	emit := func(s, e int) {
		raw := w.str(text.Span{Start: s, End: e})
		l := len(raw) - len(strings.TrimLeft(raw, " \t\r\n"))
		r := len(strings.TrimRight(raw, " \t\r\n"))
		if r > l {
			w.f.Texts = append(w.f.Texts, TextRun{Span: text.Span{Start: s + l, End: s + r}, Text: raw[l:r], Elem: idx, Attr: a.Name})
		}
	}
	for _, in := range a.Interps {
		if in.Span.Start > pos {
			emit(pos, in.Span.Start)
		}
		pos = in.Span.End
	}
	if pos < a.ValueSpan.End {
		emit(pos, a.ValueSpan.End)
	}
}

func (w *walker) attr(n *sitter.Node) Attr {
	var a Attr
	if nm := n.ChildByFieldName("name"); nm != nil {
		a.NameSpan = span(nm)
	} else if n.NamedChildCount() > 0 {
		a.NameSpan = span(n.NamedChild(0))
	}
	a.Name = w.str(a.NameSpan)
	v := n.ChildByFieldName("value")
	if v == nil {
		return a
	}
	a.HasValue = true
	vs := span(v)
	if v.Type() == "quoted_attribute_value" {
		// the value between the quotes
		if vs.Len() >= 2 {
			vs = text.Span{Start: vs.Start + 1, End: vs.End - 1}
			if last := w.src[v.EndByte()-1]; last != '"' && last != '\'' {
				vs.End++ // unterminated quote (MISSING): keep what is there
			}
		}
		for i := 0; i < int(v.NamedChildCount()); i++ {
			c := v.NamedChild(i)
			if c.Type() == "interpolation" {
				a.Interps = append(a.Interps, w.interp(c))
			}
		}
	} else {
		for i := 0; i < int(v.NamedChildCount()); i++ {
			c := v.NamedChild(i)
			if c.Type() == "interpolation" {
				a.Interps = append(a.Interps, w.interp(c))
			}
		}
	}
	if vs.End < vs.Start {
		vs.End = vs.Start
	}
	a.ValueSpan = vs
	a.Value = w.str(vs)
	return a
}

// EventName recognises event attributes of every dialect and returns the
// event ("tap"): bindtap, bind:tap, catchtap, catch:tap, capture-bind:tap,
// capture-catch:tap, mut-bind:tap (WeChat/Douyin/QQ), onTap/catchTap
// (Alipay), bindtap / bind:tap (Baidu).
func EventName(attr string) (string, bool) {
	a := attr
	for _, p := range []string{"capture-bind:", "capture-catch:", "mut-bind:", "bind:", "catch:", "bind", "catch"} {
		if strings.HasPrefix(a, p) && len(a) > len(p) {
			return strings.ToLower(a[len(p):]), true
		}
	}
	if strings.HasPrefix(a, "on") && len(a) > 2 && a[2] >= 'A' && a[2] <= 'Z' {
		return strings.ToLower(a[2:]), true
	}
	return "", false
}

// Decode turns character references into characters (for matching words;
// offsets must come from the raw text).
func Decode(s string) string { return html.UnescapeString(s) }

// ElementText gathers the visible text runs inside element idx (its
// descendants' text, not attributes), in order.
func (f *Facts) ElementText(idx int) []TextRun {
	var out []TextRun
	for _, t := range f.Texts {
		if t.Attr != "" {
			continue
		}
		for e := t.Elem; e >= 0; e = f.Elements[e].Parent {
			if e == idx {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// Ancestors yields idx's ancestors from the parent up.
func (f *Facts) Ancestors(idx int) []int {
	var out []int
	for e := f.Elements[idx].Parent; e >= 0; e = f.Elements[e].Parent {
		out = append(out, e)
	}
	return out
}
