package script

import (
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
			var pending []string // values of empty cases, which fall through
			for c := a.n[body].first; c >= 0; c = a.n[c].next {
				if a.n[c].kind != kSwitchCase {
					continue
				}
				if a.isDefault(c) {
					d.Default = a.span(c)
					continue
				}
				test := a.unwrap(a.first(c))
				if !a.isStringLike(test) {
					d.Open = true
					continue
				}
				pending = append(pending, a.stringValue(test))
				if a.count(c) < 2 {
					continue // case 'a': case 'b': …
				}
				for _, v := range pending {
					d.Cases = append(d.Cases, DispatchCase{Value: v, Span: a.span(c)})
				}
				pending = pending[:0]
			}
			for _, v := range pending { // empty cases before the default or the end
				d.Cases = append(d.Cases, DispatchCase{Value: v, Span: d.Default})
			}
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

// firstSwitchCase is the first case or default of a switch body.
func (a *analyzer) firstSwitchCase(body int32) int32 {
	for c := a.n[body].first; c >= 0; c = a.n[c].next {
		if a.n[c].kind == kSwitchCase {
			return c
		}
	}
	return -1
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
			d.Cases = append(d.Cases, DispatchCase{Value: v, Span: a.span(a.child(i, 1))})
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
func (a *analyzer) compareValues(c int32, depth int) (vals []string, key, target string) {
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
		return []string{a.stringValue(r)}, key, target
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
