// Package template extracts the facts rules need from a template tree
// (WXML and its dialects): elements with their attributes, visible text,
// event bindings, comments and syntax errors. One walk per parse.
package template

import (
	"html"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/flat"
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

// Node kinds of the flattened template tree.
const (
	kDrop uint8 = iota
	kError
	kOther
	kDocument
	kElement
	kScript
	kStartTag
	kSelfClosing
	kEndTag
	kTagName
	kAttribute
	kAttrName
	kAttrValue
	kQuotedValue
	kInterp
	kExpr
	kText
	kComment
	kEntity
	kRawText
)

var kinds = map[string]uint8{
	"document": kDocument, "element": kElement, "script_element": kScript, "start_tag": kStartTag,
	"self_closing_tag": kSelfClosing, "end_tag": kEndTag, "tag_name": kTagName, "attribute": kAttribute,
	"attribute_name": kAttrName, "directive_name": kAttrName, "event_name": kAttrName,
	"attribute_value": kAttrValue, "quoted_attribute_value": kQuotedValue, "interpolation": kInterp,
	"expression": kExpr, "text": kText, "comment": kComment, "entity": kEntity, "raw_text": kRawText,
}

var walker = flat.NewWalker(func(typ string, named bool) uint8 {
	if !named {
		return kDrop
	}
	if k, ok := kinds[typ]; ok {
		return k
	}
	return kDrop
}, kError, kOther)

// Analyze reads the tree once: one C walk flattens it, then plain Go.
func Analyze(root *sitter.Node, src []byte) *Facts {
	p := walker.Flatten(root, len(src))
	defer walker.Release(p)
	w := &walker2{src: src, f: &Facts{}, n: *p}
	for i := int32(0); i < int32(len(w.n)); i = w.n[i].Next {
		w.node(i, -1)
		if w.n[i].Next < 0 {
			break
		}
	}
	return w.f
}

type walker2 struct {
	src []byte
	f   *Facts
	n   []flat.Node
}

func (w *walker2) span(i int32) text.Span {
	return text.Span{Start: int(w.n[i].Start), End: int(w.n[i].End)}
}

func (w *walker2) str(s text.Span) string { return string(w.src[s.Start:s.End]) }

func (w *walker2) children(i int32, fn func(c int32)) {
	for c := w.n[i].First; c >= 0; c = w.n[c].Next {
		fn(c)
	}
}

// node handles one node; elements recurse through w.element. Deep nesting
// recurses too: Go's stack grows, and the grammar caps nothing we need.
func (w *walker2) node(i int32, parent int) {
	nd := &w.n[i]
	if nd.Missing() {
		w.f.Errors = append(w.f.Errors, w.span(i))
		return
	}
	switch nd.Kind {
	case kError:
		w.f.Errors = append(w.f.Errors, w.span(i))
		// keep reading inside: a half-typed tag should not hide the text
		// and elements the parser still recognised.
	case kElement, kScript:
		w.element(i, parent)
		return
	case kText:
		w.text(i, parent)
		return
	case kInterp:
		w.f.Interps = append(w.f.Interps, w.interp(i))
		return
	case kComment:
		s := w.span(i)
		body := w.str(s)
		body = strings.TrimSuffix(strings.TrimPrefix(body, "<!--"), "-->")
		w.f.Comments = append(w.f.Comments, Comment{Span: s, Text: body})
		return
	case kEntity:
		return
	}
	w.children(i, func(c int32) { w.node(c, parent) })
}

func (w *walker2) text(i int32, parent int) {
	s := w.span(i)
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

func (w *walker2) interp(i int32) Interp {
	in := Interp{Span: w.span(i)}
	w.children(i, func(c int32) {
		if w.n[c].Kind == kExpr {
			in.ExprSpan = w.span(c)
			in.Expr = w.str(in.ExprSpan)
		}
	})
	return in
}

func (w *walker2) element(i int32, parent int) {
	idx := len(w.f.Elements)
	w.f.Elements = append(w.f.Elements, Element{Span: w.span(i), Parent: parent})
	contentStart, contentEnd := -1, -1
	w.children(i, func(c int32) {
		switch w.n[c].Kind {
		case kStartTag, kSelfClosing:
			w.tag(c, idx)
			contentStart = int(w.n[c].End)
		case kEndTag:
			contentEnd = int(w.n[c].Start)
		case kRawText:
		default:
			w.node(c, idx)
		}
	})
	e := &w.f.Elements[idx]
	if contentStart >= 0 {
		if contentEnd < contentStart {
			contentEnd = max(e.Span.End, contentStart)
		}
		e.Content = text.Span{Start: contentStart, End: contentEnd}
	}
}

func (w *walker2) tag(i int32, idx int) {
	e := &w.f.Elements[idx]
	e.StartTag = w.span(i)
	w.children(i, func(c int32) {
		nd := &w.n[c]
		switch {
		case nd.Missing() || nd.Kind == kError:
			w.f.Errors = append(w.f.Errors, w.span(c))
		case nd.Kind == kTagName:
			e.TagSpan = w.span(c)
			e.Tag = strings.ToLower(w.str(e.TagSpan))
		case nd.Kind == kAttribute:
			e.Attrs = append(e.Attrs, w.attr(c))
		}
	})
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
func (w *walker2) attrText(a Attr, idx int) {
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

func (w *walker2) attr(i int32) Attr {
	var a Attr
	var val int32 = -1
	w.children(i, func(c int32) {
		switch w.n[c].Kind {
		case kAttrName:
			if a.Name == "" {
				a.NameSpan = w.span(c)
				a.Name = w.str(a.NameSpan)
			}
		case kAttrValue, kQuotedValue:
			val = c
		}
	})
	if val < 0 {
		return a
	}
	a.HasValue = true
	vs := w.span(val)
	if w.n[val].Kind == kQuotedValue && vs.Len() >= 1 {
		last := w.src[vs.End-1]
		vs.Start++
		if vs.Len() >= 1 && (last == '"' || last == '\'') {
			vs.End--
		}
	}
	w.children(val, func(c int32) {
		if w.n[c].Kind == kInterp {
			a.Interps = append(a.Interps, w.interp(c))
		}
	})
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
