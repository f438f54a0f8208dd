package script

import "mpls/analysis/text"

// Invoke is one call of a function that is not a platform API: a helper of
// the project (request.post(...), APP.REQUEST.uploadFile(...), save()), a
// method of the page (this.submit()) or a library call (JSON.stringify).
// Rules that follow content into the project's own helpers start here.
type Invoke struct {
	// Callee is the callee as written ("APP.REQUEST.POST", "this.save").
	Callee string
	// Name is its last name ("POST", "save").
	Name string
	// NameSpan is the span of that last name; Span the whole call.
	NameSpan text.Span
	Span     text.Span
	// Func is the enclosing named function, as Call.Func.
	Func string
	// FirstArg is the first argument (nil when there is none).
	FirstArg *Arg
}

// invoke records a call whose callee is not a platform API.
func (a *analyzer) invoke(call, callee int32) {
	nn := a.nameNode(callee)
	if nn < 0 {
		return
	}
	iv := Invoke{Callee: a.text(a.callee(call)), Name: a.lastName(callee), NameSpan: a.span(nn), Span: a.span(call), Func: a.funcName(a.unitOf[call])}
	if args := a.args(call); args >= 0 {
		if first := a.unwrap(a.first(args)); first >= 0 {
			iv.FirstArg = a.arg(first)
		}
	}
	a.f.Invokes = append(a.f.Invokes, iv)
}

// bodies records the span of every named function of the file (the first
// of a name wins), so a rule can read what a handler's code mentions.
func (a *analyzer) bodies() {
	for u := 1; u < len(a.units); u++ {
		n := a.units[u].name
		if n == "" {
			continue
		}
		if _, ok := a.f.Bodies[n]; !ok {
			a.f.Bodies[n] = a.span(a.units[u].node)
		}
	}
}
