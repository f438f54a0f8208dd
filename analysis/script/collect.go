package script

import (
	"strings"

	"mpls/analysis/text"
)

// Pass 2: calls, call-graph edges, strings, names, assignments, comments,
// errors, in source order.
func (a *analyzer) collect() {
	for i := int32(0); i < int32(len(a.n)); i++ {
		a.enter(i)
		switch a.n[i].kind {
		case kCall:
			a.call(i)
			a.callEdges(i)
		case kAssign:
			a.assignment(i)
		case kString:
			if a.n[i].flags&flagMissing == 0 {
				sp := a.stringContent(i)
				a.addString(i, sp, decodeJS(a.src[sp.Start:sp.End]), false)
			}
		case kTemplate:
			a.templateStrings(i)
		case kIdent, kPropIdent, kShorthandProp, kShorthandPattern:
			b := a.bytes(i)
			if _, ok := a.f.Names[string(b)]; !ok && len(b) > 0 {
				a.f.Names[string(b)] = struct{}{}
			}
		case kComment:
			a.f.Comments = append(a.f.Comments, Comment{Span: a.span(i), Text: a.text(i)})
		case kError:
			a.f.Errors = append(a.f.Errors, a.span(i))
		}
		if a.n[i].flags&flagMissing != 0 {
			a.f.Errors = append(a.f.Errors, a.span(i))
		}
	}
}

// call resolves one call expression and records it if it is a platform
// call, a method on a platform object, or a timer.
func (a *analyzer) call(i int32) {
	calleeW := a.callee(i)
	callee := a.unwrap(calleeW)
	c := Call{Callee: a.text(calleeW), Span: a.span(i)}
	switch a.kind(callee) {
	case kMember:
		if r, ok := a.apiOfRef(callee); ok {
			c.API, c.Namespace, c.NameSpan = r.api, r.ns, r.span
			break
		}
		obj, prop := a.member(callee)
		if prop < 0 {
			return
		}
		if f := a.factoryOf(obj); f.api != "" {
			c.API, c.Factory, c.Namespace, c.NameSpan = a.text(prop), f.api, f.ns, a.span(prop)
			break
		}
		return
	case kSubscript:
		r, ok := a.apiOfRef(callee)
		if !ok {
			return
		}
		c.API, c.Namespace, c.NameSpan = r.api, r.ns, r.span
	case kIdent:
		name := a.bytes(callee)
		if r, ok := a.fnAlias[string(name)]; ok {
			c.API, c.Namespace, c.NameSpan, c.AliasSpan = r.api, r.ns, a.span(callee), r.span
			break
		}
		switch string(name) {
		case "setTimeout", "setInterval":
			c.API, c.NameSpan = string(name), a.span(callee)
		default:
			return
		}
	case kCall: // promisify(wx.getLocation)(...)
		r, ok := a.promisified(callee)
		if !ok {
			return
		}
		c.API, c.Namespace, c.NameSpan = r.api, r.ns, r.span
	default:
		return
	}
	args := a.args(i)
	c.ArgsSpan = a.span(args)
	c.NumArgs = a.count(args)
	if first := a.unwrap(a.first(args)); first >= 0 {
		switch {
		case a.kind(first) == kObject:
			c.Options = a.object(first)
		case c.Namespace != "" && a.kind(first) == kIdent && a.isObjVar(first):
			// const opts = { type: 'gcj02', fail() {} }; wx.getLocation(opts)
			c.Options = a.object(a.objVars[string(a.bytes(first))])
			c.FirstArg = a.arg(first)
		default:
			c.FirstArg = a.arg(first)
		}
	}
	c.Statement = a.statement(i)
	c.Style, c.HasFail = a.style(i)
	if c.Options != nil && (c.Options.Has("fail") || c.Options.Has("complete")) {
		c.HasFail = true
	}
	if !c.HasFail && a.inTry(i) {
		c.HasFail = true
	}
	a.callAt[i] = len(a.f.Calls)
	a.f.Calls = append(a.f.Calls, c)
	a.callNode = append(a.callNode, i)
}

func (a *analyzer) isObjVar(id int32) bool {
	_, ok := a.objVars[string(a.bytes(id))]
	return ok
}

func (a *analyzer) object(o int32) *Object {
	obj := &Object{Span: a.span(o)}
	for c := a.n[o].first; c >= 0; c = a.n[c].next {
		switch a.kind(c) {
		case kPair:
			key, ks, _ := a.pairKey(c)
			v := a.pairValue(c)
			p := Prop{Key: key, KeySpan: ks}
			a.fillValue(&p.ValueSpan, &p.Value, &p.String, &p.IsString, &p.IsFunc, v)
			obj.Props = append(obj.Props, p)
		case kMethodDef:
			key, ks, _ := a.pairKey(c)
			obj.Props = append(obj.Props, Prop{Key: key, KeySpan: ks, ValueSpan: a.codeSpan(c), IsFunc: true})
		case kShorthandProp:
			sp := a.span(c)
			obj.Props = append(obj.Props, Prop{Key: a.text(c), KeySpan: sp, ValueSpan: sp, Value: a.text(c)})
		}
	}
	return obj
}

func (a *analyzer) arg(v int32) *Arg {
	r := &Arg{}
	a.fillValue(&r.Span, &r.Text, &r.String, &r.IsString, &r.IsFunc, v)
	return r
}

func (a *analyzer) fillValue(span *text.Span, txt, str *string, isStr, isFunc *bool, v int32) {
	if v < 0 {
		return
	}
	*span = a.codeSpan(v)
	u := a.unwrap(v)
	if a.kind(u).isFuncValue() {
		*isFunc = true
		return
	}
	*txt = a.text(v)
	if a.isStringLike(u) {
		*isStr = true
		*str = a.stringValue(u)
	}
}

// statement is the enclosing statement a fix wraps, within the innermost
// function; the call (or its await) itself for an arrow's expression body.
func (a *analyzer) statement(call int32) text.Span {
	best, growing := call, true
	for p, k := a.n[call].parent, 0; p >= 0 && k < maxUp; p, k = a.n[p].parent, k+1 {
		kd := a.n[p].kind
		if kd.isStatementUnit() {
			for a.kind(a.n[p].parent) == kLabeled {
				p = a.n[p].parent // `A: wx.pay()`: what goes before it goes before the label
			}
			return a.codeSpan(p)
		}
		if kd.isFunc() || kd == kBlock || kd == kProgram || kd == kClassBody {
			break
		}
		if growing && (kd == kAwait || kd == kParen || kd == kTSWrap) {
			best = p
		} else {
			growing = false
		}
	}
	return a.span(best)
}

// style follows .then/.catch/.finally chained on the call, and await.
func (a *analyzer) style(call int32) (style string, fail bool) {
	style = StyleCallback
	cur := call
	for k := 0; k < 64; k++ {
		p, via := a.up(cur)
		if a.kind(p) == kAwait {
			if style == StyleCallback {
				style = StyleAwait
			}
			return style, fail
		}
		if a.kind(p) != kMember || a.first(p) != via {
			return style, fail
		}
		_, prop := a.member(p)
		g := a.n[p].parent
		if a.kind(g) != kCall || a.callee(g) != p {
			return style, fail
		}
		switch {
		case a.is(prop, "catch"):
			fail = true
		case a.is(prop, "then"):
			if a.count(a.args(g)) >= 2 {
				fail = true
			}
		case a.is(prop, "finally"):
		default:
			return style, fail
		}
		style = StylePromise
		cur = g
	}
	return style, fail
}

// inTry: the call is in the body of a try with a catch, in the same
// function.
func (a *analyzer) inTry(call int32) bool {
	cur := call
	for p, k := a.n[call].parent, 0; p >= 0 && k < maxUp; p, k = a.n[p].parent, k+1 {
		kd := a.n[p].kind
		if kd == kTry && a.first(p) == cur && a.firstOf(p, kCatch) >= 0 {
			return true
		}
		if kd.isFunc() {
			return false
		}
		cur = p
	}
	return false
}

// callEdges adds call-graph edges for this.foo(), that.foo(), foo(), and
// for functions passed by reference (setTimeout(this.foo), success: onOk).
func (a *analyzer) callEdges(call int32) {
	from := a.unitOf[call]
	callee := a.unwrap(a.callee(call))
	if a.kind(callee) == kMember {
		if obj, prop := a.member(callee); prop >= 0 {
			switch string(a.bytes(prop)) {
			case "call", "apply", "bind":
				callee = a.unwrap(obj)
			}
		}
	}
	found := a.refEdges(from, callee, call, false)
	if _, platform := a.callAt[call]; !platform {
		a.use(callee, from)
		a.invoke(call, callee)
		if !found {
			a.extCall(call, callee)
		}
	}
	args := a.args(call)
	if args < 0 {
		return
	}
	// setInterval(this.poll): the function runs repeatedly
	repeating := repeatingCallees[a.lastName(callee)]
	for c := a.n[args].first; c >= 0; c = a.n[c].next {
		v := a.unwrap(c)
		switch a.kind(v) {
		case kIdent, kMember:
			a.refEdges(from, v, call, repeating)
			a.use(v, from)
		case kObject:
			for p := a.n[v].first; p >= 0; p = a.n[p].next {
				switch a.kind(p) {
				case kPair:
					if pv := a.unwrap(a.pairValue(p)); pv >= 0 {
						a.refEdges(from, pv, call, repeating)
						if k := a.kind(pv); k == kIdent || k == kMember {
							a.use(pv, from)
						}
					}
				case kShorthandProp:
					a.refEdges(from, p, call, repeating)
					a.use(p, from)
				}
			}
		}
	}
}

// use records that unit from calls or passes the function e names (see
// Facts.Uses); platform APIs (wx.getUserInfo passed to promisify) are not
// functions of the project.
func (a *analyzer) use(e, from int32) {
	if a.kind(e) == kMember {
		if _, ok := a.apiOfRef(e); ok {
			return
		}
	}
	name := a.lastName(e)
	if a.kind(e) == kShorthandProp {
		name = a.text(e)
	}
	if name == "" {
		return
	}
	fn := a.funcName(from)
	for _, x := range a.f.Uses[name] {
		if x == fn {
			return
		}
	}
	a.f.Uses[name] = append(a.f.Uses[name], fn)
}

// refEdges adds edges to the functions expression e refers to, and
// reports whether it found any.
func (a *analyzer) refEdges(from, e, site int32, repeating bool) bool {
	var targets []int32
	switch a.kind(e) {
	case kIdent, kShorthandProp:
		targets = a.funcsByName[string(a.bytes(e))]
	case kMember:
		obj, prop := a.member(e)
		if prop < 0 {
			return false
		}
		name := string(a.bytes(prop))
		if a.isThis(obj) {
			targets = a.thisMethods[name]
			if len(targets) == 0 {
				targets = a.objMethods[name]
			}
		} else if o := a.unwrap(obj); a.kind(o) == kIdent && a.isObjVar(o) {
			targets = a.objMethods[name] // const util = { foo() {} }; util.foo()
		}
	}
	for _, t := range targets {
		a.edges = append(a.edges, edge{from: from, to: t, site: site, repeating: repeating})
	}
	return len(targets) > 0
}

func (a *analyzer) assignment(as int32) {
	left, right := a.unwrap(a.first(as)), a.last(as)
	if left == right || a.kind(left) != kMember {
		return
	}
	obj, prop := a.member(left)
	if prop < 0 {
		return
	}
	s := Assign{
		Object:   a.text(obj),
		Prop:     a.text(prop),
		PropSpan: a.span(prop),
		Span:     a.span(as),
		Factory:  a.factoryOf(obj).api,
	}
	if p, _ := a.up(as); a.kind(p) == kExprStmt {
		s.Span = a.span(p)
		switch g, _ := a.up(p); a.kind(g) {
		case kBlock, kProgram, kSwitchCase:
			s.Standalone = true
		}
	}
	var str string
	var isStr bool
	a.fillValue(&s.ValueSpan, &s.Value, &str, &isStr, new(bool), right)
	a.f.Assignments = append(a.f.Assignments, s)
	a.assignUnit = append(a.assignUnit, a.unitOf[as])
}

// templateStrings records each static run of a template literal.
func (a *analyzer) templateStrings(i int32) {
	whole := a.templateContent(i)
	start := whole.Start
	flush := func(end int) {
		if end > start {
			a.addString(i, text.Span{Start: start, End: end}, decodeJS(a.src[start:end]), true)
		}
	}
	for c := a.n[i].first; c >= 0; c = a.n[c].next {
		if a.n[c].kind == kTemplateSubst {
			flush(int(a.n[c].start))
			start = int(a.n[c].end)
		}
	}
	flush(whole.End)
}

// addString records a string with its context: the object key it is the
// value of, and the call it is an argument or option value of.
func (a *analyzer) addString(i int32, sp text.Span, val string, tmpl bool) {
	s := StringLit{Span: sp, Value: val, Template: tmpl, Call: -1}
	cur := i
	pairs := 0
loop:
	for k := 0; k < 64; k++ {
		p := a.parent(cur)
		switch a.kind(p) {
		case kParen, kTSWrap, kArray, kTemplateSubst, kSpread, kTemplate:
		case kTernary:
			if a.first(p) == cur {
				break loop // the condition
			}
		case kBinary:
			switch a.op(p) {
			case kPlus, kOrOr, kNullish, kAndAnd:
			default:
				break loop
			}
		case kPair:
			if a.first(p) == cur {
				if cur == i {
					s.IsKey = true
				}
				break loop
			}
			if pairs == 0 {
				s.Key, _, _ = a.pairKey(p)
			}
			pairs++
			if pairs > 1 {
				break loop
			}
		case kObject:
		case kArguments:
			call := a.n[p].parent
			if a.kind(call) == kCall {
				s.Callee = a.lastName(a.callee(call))
				if idx, ok := a.callAt[call]; ok && a.f.Calls[idx].Namespace != "" {
					s.Arg = a.f.Calls[idx].API
					s.Call = idx
				}
			}
			break loop
		default:
			break loop
		}
		cur = p
	}
	if strings.IndexByte(val, '/') >= 0 {
		s.Staff = a.staffOnly(i)
	}
	a.f.Strings = append(a.f.Strings, s)
}
