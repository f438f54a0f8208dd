package content

import (
	"path"
	"strings"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// Place is where a piece of visible text stands on the page. Lexicon rules
// judge a word by it: 最大 in a form label is a limit, in a banner a claim;
// 色情 in a user agreement is a prohibition, in a product title content.
type Place int

const (
	// PlaceBody is running text with no more specific role.
	PlaceBody Place = iota
	// PlaceButton is a button's label (a <button>, or a short tappable text).
	PlaceButton
	// PlaceTitle is a page or navigation title, a tab text or a heading.
	PlaceTitle
	// PlaceName is the app's own name or logo text (class logo/brand/app-name).
	PlaceName
	// PlacePrice is a price, promotion or banner block.
	PlacePrice
	// PlaceForm is a form field's label or placeholder.
	PlaceForm
	// PlaceNotice is a toast, loading text, modal or action sheet.
	PlaceNotice
	// PlaceDocument is a paragraph of a long text page: an agreement, a
	// policy, terms, rules, a notice or an article.
	PlaceDocument
)

var placeNames = [...]string{"body", "button", "title", "name", "price", "form", "notice", "document"}

func (p Place) String() string { return placeNames[p] }

// placeOf says where piece i of u.Visible() stands.
func placeOf(u *rule.Unit, i int, p rule.Piece) Place {
	w := p.Where
	switch {
	case strings.HasPrefix(w, "json:"):
		return PlaceTitle
	case strings.HasPrefix(w, "script:setNavigationBarTitle"):
		return PlaceTitle
	case strings.HasPrefix(w, "script:show"):
		return PlaceNotice
	case strings.HasPrefix(w, "script:"):
		return PlaceBody
	}
	t := u.Template
	if t == nil || i >= len(t.Texts) || t.Texts[i].Span != p.Span {
		return PlaceBody
	}
	r := t.Texts[i]
	if r.Attr == "placeholder" || r.Attr == "placeholder-class" {
		return PlaceForm
	}
	if r.Elem < 0 {
		return PlaceBody
	}
	// the element itself and its nearest ancestors decide; a role far up
	// (a "page-title" wrapper around the whole page) says nothing
	e := r.Elem
	for depth := 0; e >= 0 && depth < 3; depth++ {
		if pl, ok := elemPlace(t, e, p.Text, depth); ok {
			if pl == PlaceBody {
				break
			}
			return pl
		}
		e = t.Elements[e].Parent
	}
	return PlaceBody
}

// elemPlace reads one element's tag and class names; ok is false when the
// element says nothing about its text's role.
func elemPlace(t *template.Facts, e int, txt string, depth int) (Place, bool) {
	el := &t.Elements[e]
	switch el.Tag {
	case "button":
		return PlaceButton, true
	case "label", "input", "textarea", "picker":
		return PlaceForm, true
	case "h1", "h2", "h3", "h4", "navigation-bar":
		return PlaceTitle, true
	case "modal", "mp-dialog", "van-dialog", "t-dialog", "van-toast", "mp-toptips":
		return PlaceNotice, true
	}
	for _, cls := range classes(el) {
		switch {
		case has(cls, "logo", "brand", "appname", "app-name", "app_name", "sitename", "site-name"):
			return PlaceName, true
		case has(cls, "price", "promo", "coupon", "discount", "sale", "banner", "slogan", "ad-"):
			return PlacePrice, true
		case has(cls, "placeholder", "label", "field", "form-", "input"):
			return PlaceForm, true
		case has(cls, "toast", "modal", "dialog", "popup", "alert"):
			return PlaceNotice, true
		case has(cls, "btn", "button"):
			return PlaceButton, true
		case depth == 0 && has(cls, "title", "header", "heading", "nav"):
			return PlaceTitle, true
		}
	}
	// a short text the user taps is a button's label
	if depth == 0 && tappable(t, e) && utf8.RuneCountInString(strings.TrimSpace(txt)) <= 8 {
		return PlaceButton, true
	}
	// a short text beside an input is its label
	if depth == 0 && besideField(t, e) && utf8.RuneCountInString(strings.TrimSpace(txt)) <= 10 {
		return PlaceForm, true
	}
	return PlaceBody, false
}

func classes(el *template.Element) []string {
	var out []string
	for _, name := range []string{"class", "id"} {
		if a := el.Attr(name); a != nil {
			out = append(out, strings.Fields(strings.ToLower(a.Literal()))...)
		}
	}
	return out
}

func has(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func tappable(t *template.Facts, e int) bool {
	for _, b := range t.Bindings {
		if b.Elem == e && b.Event == "tap" {
			return true
		}
	}
	return false
}

// besideField: e's parent also holds an input, textarea or picker.
func besideField(t *template.Facts, e int) bool {
	par := t.Elements[e].Parent
	if par < 0 {
		return false
	}
	for i := range t.Elements {
		if i != e && t.Elements[i].Parent == par {
			switch t.Elements[i].Tag {
			case "input", "textarea", "picker", "switch", "radio-group", "checkbox-group":
				return true
			}
		}
	}
	return false
}

// docPathWords name a long text page in its path: agreements, policies,
// terms, rules, notices, articles.
var docPathWords = []string{"agreement", "protocol", "privacy", "policy", "terms", "xieyi", "yinsi", "license", "statement", "disclaimer", "notice", "rule", "article", "help", "faq"}

// docTitleWords name one in its title.
var docTitleWords = []string{"协议", "政策", "条款", "声明", "须知", "规则", "公约", "规范", "指引", "说明", "帮助", "常见问题"}

// documentPage reports whether u is a long text page: the last two parts
// of its path name one (pages/agreement/index, pages/help/privacy), or its
// template opens with a heading that does (用户协议, 隐私政策).
func documentPage(u *rule.Unit) bool {
	p := strings.ToLower(u.Path)
	segs := strings.Split(strings.TrimSuffix(p, path.Ext(p)), "/")
	for _, seg := range segs[max(0, len(segs)-2):] {
		if has(seg, docPathWords...) {
			return true
		}
	}
	if t := u.Template; t != nil {
		for i, r := range t.Texts {
			if i >= 3 {
				break
			}
			if r.Attr == "" && utf8.RuneCountInString(r.Text) <= 20 && has(r.Text, docTitleWords...) {
				return true
			}
		}
	}
	return false
}

// hiddenStatically reports whether element e (or an ancestor) can never
// render: wx:if="{{false}}" (any dialect's if) or a literal hidden.
func hiddenStatically(t *template.Facts, e int) bool {
	for ; e >= 0; e = t.Elements[e].Parent {
		for _, a := range t.Elements[e].Attrs {
			n := a.Name
			if i := strings.IndexAny(n, ":-"); i >= 0 && strings.HasSuffix(n, "if") && !strings.HasSuffix(n, "elif") {
				if v := strings.TrimSpace(a.Value); v == "{{false}}" || v == "{{0}}" || v == "{{ false }}" {
					return true
				}
			}
			if n == "hidden" && (!a.HasValue || strings.TrimSpace(a.Value) == "{{true}}" || strings.TrimSpace(a.Value) == "true") {
				return true
			}
		}
	}
	return false
}
