package script

import (
	"strings"

	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Dispatches over a value the tapped element carries: one handler bound to
// several menu entries tells them apart by a data- attribute —
//
//	go(e) {
//	  const { tag } = e.currentTarget.dataset
//	  switch (tag) {
//	  case 'orders': …; break
//	  case 'coupons': …; break
//	  default: wx.showToast({ title: '功能暂未开放' })
//	  }
//	}
//
// or an if / else-if chain comparing it with strings (`if (type === 'a')
// … else if (type === 'b' || type === 'c') … else …`). Facts.Dispatches
// lists them with the values handled, the span of each branch and of the
// default (the final else); the template says which values its elements
// supply (data-tag="orders"), so a rule can tell a default no tap reaches
// and a case no rendered element leads to.
//
// The value is read as e.currentTarget.dataset.KEY or e.target.dataset.KEY
// (also ['KEY']), directly or through names the function declares once
// and never assigns again: `const { tag } = e.currentTarget.dataset`,
// `const tag = e.currentTarget.dataset.tag`, `const ds =
// e.currentTarget.dataset; switch (ds.tag)`, `const { dataset } =
// e.currentTarget`. A destructuring default (`{ tag = 'home' }`) is not
// followed. A case whose test is not a string literal (a number, a name)
// makes the dispatch Open: its handled values are not all known.

// Dispatch is one switch or if / else-if chain over a dataset value.
type Dispatch struct {
	// Func is the enclosing named function or method (Call.Func's naming).
	Func string
	// Key is the dataset key ("tag" for data-tag, "fooBar" for
	// data-foo-bar); Target is "currentTarget" or "target".
	Key, Target string
	// Span is the whole switch or if statement.
	Span text.Span
	// Cases are the branches with the string each handles; a branch of
	// several values (case 'a': case 'b':, a === 'x' || a === 'y') is
	// listed once for each.
	Cases []DispatchCase
	// Default is the default clause or the final else (zero when none).
	Default text.Span
	// Open: some case test is not a string literal.
	Open bool
}

// DispatchCase is one value a dispatch handles and the code it runs for it
// (a switch case up to the next case or the default: the fall-through of
// an empty case is the next one's body).
type DispatchCase struct {
	Value string
	Span  text.Span
	// Falls: the branch may run on into the next case (its last
	// statement is no break, return, throw or continue).
	Falls bool
	// Test is the content of the string compared (case 'orders': the
	// span of orders), as StringLit.Span gives it.
	Test text.Span
}

// Handles reports whether the dispatch has a case for v.
func (d *Dispatch) Handles(v string) bool {
	for _, c := range d.Cases {
		if c.Value == v {
			return true
		}
	}
	return false
}

// dispatches computes Facts.Dispatches.
func (a *analyzer) dispatches() {
	for i := int32(0); i < int32(len(a.n)); i++ {
		switch a.n[i].kind {
		case kSwitchCase:
			body := a.parent(i)
			if a.firstSwitchCase(body) != i {
				continue
			}
			sw := a.parent(body)
			key, target := a.datasetRead(a.unwrap(a.first(sw)), 0)
			if key == "" {
				continue
			}
			d := Dispatch{Func: a.funcName(a.unitOf[sw]), Key: key, Target: target, Span: a.span(sw)}
			var pending []DispatchCase // empty cases, which fall through
			prevFalls := false         // the last case with code runs on into what follows
			for c := a.n[body].first; c >= 0; c = a.n[c].next {
				if a.n[c].kind != kSwitchCase {
					continue
				}
				if a.isDefault(c) {
					d.Default = a.span(c)
					if len(pending) > 0 || prevFalls {
						d.Open = true // a handled value runs on into the default
					}
					pending = nil
					if prevFalls = a.falls(c); prevFalls && a.caseFollows(a.n[c].next) {
						d.Open = true // the default runs on into a case below it
					}
					continue
				}
				test := a.unwrap(a.first(c))
				if !a.isStringLike(test) {
					d.Open = true
					if a.count(c) >= 2 {
						prevFalls = a.falls(c)
					}
					continue
				}
				pending = append(pending, DispatchCase{Value: a.stringValue(test), Test: a.stringSpan(test)})
				if a.count(c) < 2 {
					continue // case 'a': case 'b': …
				}
				prevFalls = a.falls(c)
				for _, k := range pending {
					k.Span, k.Falls = a.span(c), prevFalls
					d.Cases = append(d.Cases, k)
				}
				pending = pending[:0]
			}
			d.Cases = append(d.Cases, pending...) // empty cases at the end: handled, nothing runs
			a.f.Dispatches = append(a.f.Dispatches, d)
		case kIf:
			if a.kind(a.parent(i)) == kElse {
				continue // part of the chain of the if it is the else of
			}
			if d, ok := a.ifDispatch(i); ok {
				a.f.Dispatches = append(a.f.Dispatches, d)
			}
		}
	}
}

// stringSpan is the content of a string or template literal.
func (a *analyzer) stringSpan(i int32) text.Span {
	if a.kind(i) == kTemplate {
		return a.templateContent(i)
	}
	return a.stringContent(i)
}

// firstSwitchCase is the first case or default of a switch body.
func (a *analyzer) firstSwitchCase(body int32) int32 {
	for c := a.n[body].first; c >= 0; c = a.n[c].next {
		if a.n[c].kind == kSwitchCase {
			return c
		}
	}
	return -1
}

// caseFollows: a case or default comes at c or after it.
func (a *analyzer) caseFollows(c int32) bool {
	for ; c >= 0; c = a.n[c].next {
		if a.n[c].kind == kSwitchCase {
			return true
		}
	}
	return false
}

// falls: the last statement of case c is no break, return, throw or
// continue, so the code runs on into the next case.
func (a *analyzer) falls(c int32) bool {
	last := a.last(c)
	if last == a.first(c) && !a.isDefault(c) {
		return true // no statement
	}
	for k := 0; k < 16 && a.kind(last) == kBlock; k++ {
		last = a.last(last) // case 'a': { …; break }
	}
	if a.exits(last) {
		return false
	}
	b := a.bytes(last)
	for _, w := range []string{"break", "continue"} {
		if len(b) >= len(w) && string(b[:len(w)]) == w && (len(b) == len(w) || !isIdentByte(b[len(w)])) {
			return false
		}
	}
	return true
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isDefault: a switch_default (both map to kSwitchCase).
func (a *analyzer) isDefault(c int32) bool {
	b := a.bytes(c)
	return len(b) >= 7 && string(b[:7]) == "default"
}

// ifDispatch reads an if / else-if chain whose every condition compares
// the same dataset value with strings.
func (a *analyzer) ifDispatch(i int32) (Dispatch, bool) {
	d := Dispatch{Func: a.funcName(a.unitOf[i]), Span: a.span(i)}
	for k := 0; k < 256 && i >= 0; k++ {
		vals, key, target := a.compareValues(a.unwrap(a.first(i)), 0)
		if len(vals) == 0 || d.Key != "" && (key != d.Key || target != d.Target) {
			return Dispatch{}, false
		}
		d.Key, d.Target = key, target
		for _, v := range vals {
			v.Span = a.span(a.child(i, 1))
			d.Cases = append(d.Cases, v)
		}
		els := a.firstOf(i, kElse)
		if els < 0 {
			break
		}
		next := a.first(els)
		if a.kind(next) != kIf {
			d.Default = a.span(next)
			break
		}
		i = next
	}
	return d, true
}

// compareValues reads `v === 'a'`, `'a' == v` and their `||`: the strings
// and the dataset value v is read from.
func (a *analyzer) compareValues(c int32, depth int) (vals []DispatchCase, key, target string) {
	if c < 0 || depth > 16 || a.kind(c) != kBinary {
		return nil, "", ""
	}
	l, r := a.unwrap(a.first(c)), a.unwrap(a.last(c))
	switch a.op(c) {
	case kOrOr:
		lv, lk, lt := a.compareValues(l, depth+1)
		rv, rk, rt := a.compareValues(r, depth+1)
		if len(lv) == 0 || len(rv) == 0 || lk != rk || lt != rt {
			return nil, "", ""
		}
		return append(lv, rv...), lk, lt
	case kEqStrict, kEq:
		if a.isStringLike(l) {
			l, r = r, l
		}
		if !a.isStringLike(r) {
			return nil, "", ""
		}
		if key, target = a.datasetRead(l, 0); key == "" {
			return nil, "", ""
		}
		return []DispatchCase{{Value: a.stringValue(r), Test: a.stringSpan(r)}}, key, target
	}
	return nil, "", ""
}

// datasetRead: expression i is the value of a data- attribute of the
// event's element: the dataset key and "currentTarget" or "target".
func (a *analyzer) datasetRead(i int32, depth int) (key, target string) {
	i = a.unwrap(i)
	if i < 0 || depth > 8 {
		return "", ""
	}
	switch a.kind(i) {
	case kMember:
		obj, prop := a.member(i)
		if prop < 0 {
			return "", ""
		}
		if t := a.datasetObj(obj, depth+1); t != "" {
			return a.text(prop), t
		}
	case kSubscript:
		if idx := a.last(i); a.isStringLike(idx) {
			if t := a.datasetObj(a.first(i), depth+1); t != "" {
				return a.stringValue(idx), t
			}
		}
	case kIdent:
		v, from, name := a.declaredOnce(i)
		switch {
		case v >= 0:
			return a.datasetRead(v, depth+1)
		case from >= 0:
			if t := a.datasetObj(from, depth+1); t != "" {
				return name, t
			}
		}
	}
	return "", ""
}

// datasetObj: expression i is e.currentTarget.dataset or e.target.dataset
// (or a name bound to it); returns "currentTarget" or "target".
func (a *analyzer) datasetObj(i int32, depth int) string {
	i = a.unwrap(i)
	if i < 0 || depth > 8 {
		return ""
	}
	switch a.kind(i) {
	case kMember:
		if obj, prop := a.member(i); prop >= 0 && a.is(prop, "dataset") {
			return a.eventTarget(obj, depth+1)
		}
	case kIdent:
		v, from, name := a.declaredOnce(i)
		switch {
		case v >= 0:
			return a.datasetObj(v, depth+1)
		case from >= 0 && name == "dataset":
			return a.eventTarget(from, depth+1)
		}
	}
	return ""
}

// eventTarget: expression i is e.currentTarget or e.target (or a name
// bound to it).
func (a *analyzer) eventTarget(i int32, depth int) string {
	i = a.unwrap(i)
	if i < 0 || depth > 8 {
		return ""
	}
	switch a.kind(i) {
	case kMember:
		if _, prop := a.member(i); prop >= 0 && (a.is(prop, "currentTarget") || a.is(prop, "target")) {
			return a.text(prop)
		}
	case kIdent:
		v, from, name := a.declaredOnce(i)
		switch {
		case v >= 0:
			return a.eventTarget(v, depth+1)
		case from >= 0 && (name == "currentTarget" || name == "target"):
			return name
		}
	}
	return ""
}

// declaredOnce finds the one declaration of identifier i's name in its
// function (never assigned again): `name = v` gives v; a destructuring
// `{ key: name } = from` or `{ name } = from` gives from and the key.
// -1, -1 when there is none, several, or an assignment.
func (a *analyzer) declaredOnce(i int32) (v, from int32, key string) {
	name := a.text(i)
	fn := a.units[a.unitOf[i]].node
	end := a.descendantsEnd(fn)
	if fn <= 0 {
		fn, end = 0, int32(len(a.n))
	}
	v, from = -1, -1
	found := 0
	for j := fn; j < end; j++ {
		switch a.n[j].kind {
		case kAssign, kAugAssign:
			if l := a.unwrap(a.first(j)); a.kind(l) == kIdent && a.is(l, name) {
				return -1, -1, ""
			}
		case kDeclarator:
			pat, val := a.first(j), a.last(j)
			if val == pat {
				val = -1
			}
			switch a.kind(pat) {
			case kIdent:
				if a.is(pat, name) {
					found++
					v, from, key = val, -1, ""
				}
			case kObjectPattern:
				for p := a.n[pat].first; p >= 0; p = a.n[p].next {
					switch a.n[p].kind {
					case kShorthandPattern:
						if a.is(p, name) {
							found++
							v, from, key = -1, val, name
						}
					case kPairPattern:
						if pv := a.last(p); a.kind(pv) == kIdent && a.is(pv, name) {
							k, _, _ := a.pairKey(p)
							found++
							v, from, key = -1, val, k
						}
					case kObjectAssignPattern:
						if a.is(a.first(p), name) {
							return -1, -1, "" // a default stands in for a missing attribute
						}
					}
				}
			}
		}
	}
	if found != 1 || v < 0 && from < 0 {
		return -1, -1, ""
	}
	return v, from, key
}

// dataLists computes Facts.DataLists: the arrays of object literals in a
// page's or component's initial data (`data: { menus: [{ tag: 'orders',
// name: '我的订单' }, …] }`), each object's string properties, when no
// other code of the file names the key (no setData({ menus }), no
// this.data.menus.push): what a wx:for over the key renders, as written.
func (a *analyzer) dataLists() {
	if a.config < 0 {
		return
	}
	var data int32 = -1
	for p := a.n[a.config].first; p >= 0; p = a.n[p].next {
		if a.n[p].kind == kPair {
			if k, _, _ := a.pairKey(p); k == "data" {
				data = a.unwrap(a.pairValue(p))
			}
		}
	}
	if a.kind(data) != kObject {
		return
	}
	lists := map[string][]map[string]string{}
	keys := map[string]int32{} // key → the pair's key node
	for p := a.n[data].first; p >= 0; p = a.n[p].next {
		if a.n[p].kind != kPair {
			continue
		}
		arr := a.unwrap(a.pairValue(p))
		k, _, kn := a.pairKey(p)
		if k == "" || a.kind(arr) != kArray {
			continue
		}
		var items []map[string]string
		ok := true
		for e := a.n[arr].first; e >= 0 && ok; e = a.n[e].next {
			if !isSyntax(a.n[e].kind) {
				continue
			}
			if a.n[e].kind != kObject {
				ok = false
				break
			}
			item := map[string]string{}
			for q := a.n[e].first; q >= 0; q = a.n[q].next {
				if a.n[q].kind != kPair {
					if a.n[q].kind == kSpread {
						ok = false
					}
					continue
				}
				if v := a.unwrap(a.pairValue(q)); a.isStringLike(v) {
					if qk, _, _ := a.pairKey(q); qk != "" {
						item[qk] = a.stringValue(v)
					}
				}
			}
			items = append(items, item)
		}
		if ok && len(items) > 0 {
			lists[k] = items
			keys[k] = kn
		}
	}
	if len(lists) == 0 {
		return
	}
	// any other mention of the key may change the list
	for j := int32(0); j < int32(len(a.n)); j++ {
		switch a.n[j].kind {
		case kIdent, kPropIdent, kShorthandProp, kShorthandPattern, kStringFragment:
			name := a.text(j)
			if kn, ok := keys[name]; ok && j != kn && !(a.kind(kn) == kString && a.parent(j) == kn) {
				delete(lists, name)
			}
		}
	}
	if len(lists) > 0 {
		a.f.DataLists = lists
	}
}

// Supply is what the elements of a template bound to a handler hand its
// dispatch: the values of the data- attribute it reads.
type Supply struct {
	// Values are the values written out: a literal data-tag="orders", or
	// for an element repeated over a list of the initial data
	// (wx:for="{{menus}}" data-tag="{{item.tag}}") the property of every
	// item (Facts.DataLists).
	Values []string
	// Missing: some element bound to the handler carries no such
	// attribute (or an item lacks the property): the handler reads
	// undefined, which no string case handles.
	Missing bool
	// Unknown: some value cannot be read (an expression, a list the page
	// changes), the handler is bound by an expression, or the template is
	// broken or pulls in markup of other files that may bind it too.
	Unknown bool
}

// Supplied reads, in template t (the page's own), what the elements bound
// to the dispatch's function hand it. s is the script the dispatch is in.
func (d *Dispatch) Supplied(s *Facts, t *template.Facts) Supply {
	var sup Supply
	if len(t.Errors) > 0 || opensOtherTemplates(t) {
		sup.Unknown = true
		return sup
	}
	for _, b := range t.Bindings {
		if b.Handler == "" {
			sup.Unknown = true
			continue
		}
		if b.Handler != d.Func {
			continue
		}
		if d.Target == "target" && hasChildElement(t, b.Elem) {
			sup.Unknown = true // a tap on a child gives the child's dataset
			continue
		}
		a := datasetAttr(&t.Elements[b.Elem], d.Key)
		switch {
		case a == nil || !a.HasValue:
			sup.Missing = true
		case a.Static():
			sup.Values = append(sup.Values, template.Decode(a.Value))
		default:
			vs, missing, ok := listValues(s, t, b.Elem, a)
			sup.Values = append(sup.Values, vs...)
			sup.Missing = sup.Missing || missing
			sup.Unknown = sup.Unknown || !ok
		}
	}
	return sup
}

// Reaching are the values that run the code at sp when it lies in a case:
// the case's own values and those of the cases above it that fall
// through into it. ok is false when sp is in no case (the default, or
// outside the dispatch).
func (d *Dispatch) Reaching(sp text.Span) (vals []string, ok bool) {
	type branch struct {
		span  text.Span
		vals  []string
		falls bool
	}
	var bs []branch
	at := -1
	for _, c := range d.Cases {
		if c.Span.End == 0 {
			continue // an empty case at the end
		}
		if n := len(bs); n == 0 || bs[n-1].span != c.Span {
			bs = append(bs, branch{span: c.Span, falls: c.Falls})
			if at < 0 && c.Span.Start <= sp.Start && sp.End <= c.Span.End {
				at = len(bs) - 1
			}
		}
		bs[len(bs)-1].vals = append(bs[len(bs)-1].vals, c.Value)
	}
	if at < 0 {
		return nil, false
	}
	vals = append(vals, bs[at].vals...)
	for k := at - 1; k >= 0 && bs[k].falls; k-- {
		vals = append(vals, bs[k].vals...)
	}
	return vals, true
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// opensOtherTemplates: the template includes or instantiates markup of
// another file, whose elements may bind the handler too.
func opensOtherTemplates(t *template.Facts) bool {
	for i := range t.Elements {
		switch t.Elements[i].Tag {
		case "include", "import":
			return true
		case "template":
			if t.Elements[i].Attr("is") != nil {
				return true
			}
		}
	}
	return false
}

// datasetAttr is the element's data- attribute that dataset.key reads:
// the name after data- is lower-cased, and each -x becomes X
// (data-menu-tag → menuTag, data-menuTag → menutag).
func datasetAttr(el *template.Element, key string) *template.Attr {
	for i := range el.Attrs {
		n := strings.ToLower(el.Attrs[i].Name)
		if !strings.HasPrefix(n, "data-") {
			continue
		}
		if datasetKey(n[len("data-"):]) == key {
			return &el.Attrs[i]
		}
	}
	return nil
}

func datasetKey(n string) string {
	var b strings.Builder
	up := false
	for _, r := range n {
		if r == '-' {
			up = true
			continue
		}
		if up && 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

func hasChildElement(t *template.Facts, e int) bool {
	for i := e + 1; i < len(t.Elements); i++ {
		if t.Elements[i].Parent == e {
			return true
		}
	}
	return false
}

// listValues reads a data- attribute that is exactly {{item.prop}} on an
// element that is, or is inside, a wx:for over a list of the page's
// initial data: the prop of every item.
func listValues(s *Facts, t *template.Facts, e int, a *template.Attr) (vals []string, missing, ok bool) {
	if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
		return nil, false, false
	}
	expr := strings.TrimSpace(a.Interps[0].Expr)
	itemName, prop, found := strings.Cut(expr, ".")
	if !found || !plainIdent(itemName) || !plainIdent(prop) {
		return nil, false, false
	}
	for _, x := range append([]int{e}, t.Ancestors(e)...) {
		list, item := loopOf(&t.Elements[x])
		if list == "" || item != itemName {
			continue
		}
		items, ok := s.DataLists[list]
		if !ok {
			return nil, false, false
		}
		for _, it := range items {
			if v, ok := it[prop]; ok {
				vals = append(vals, v)
			} else {
				missing = true // this item's tap reads undefined
			}
		}
		return vals, missing, true
	}
	return nil, false, false
}

// loopOf is the list a wx:for (tt:for, a:for, qq:for, s-for) repeats the
// element over, when it is a plain data key ({{menus}}), and the item's
// name ("item" unless wx:for-item renames it).
func loopOf(el *template.Element) (list, item string) {
	for i := range el.Attrs {
		a := &el.Attrs[i]
		n := strings.ToLower(a.Name)
		p, ok := loopPrefix(n)
		if !ok {
			continue
		}
		if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
			return "", ""
		}
		list = strings.TrimSpace(a.Interps[0].Expr)
		if !plainIdent(list) {
			return "", ""
		}
		item = "item"
		if ia := el.Attr(p + "-item"); ia != nil && ia.Static() && strings.TrimSpace(ia.Value) != "" {
			item = strings.TrimSpace(ia.Value)
		}
		return list, item
	}
	return "", ""
}

// loopPrefix: n is a list attribute (wx:for, wx:for-items, s-for); the
// prefix its -item attribute takes.
func loopPrefix(n string) (string, bool) {
	for _, p := range []string{"wx:for", "tt:for", "qq:for", "a:for", "jd:for", "ks:for"} {
		if n == p || n == p+"-items" {
			return p, true
		}
	}
	return "", false
}

func plainIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i]) || i == 0 && '0' <= s[i] && s[i] <= '9' {
			return false
		}
	}
	return true
}
