package script

import "mpls/analysis/text"

// The file's own call graph, exported for the project-wide call graph
// (analysis/callgraph), which links files through Imports and Ext: a call
// into this file from another starts at the Funcs named like the callee and
// follows Edges.

// Func is one function of the file: a method, a named function, an
// anonymous function stored somewhere. Funcs[0] is the module top level.
type Func struct {
	Name string
	// Lifecycle is the entry lifecycle the function is ("onLoad",
	// "pageLifetimes.show"), "" for others.
	Lifecycle string
	Entry     bool // an entry lifecycle (or the top level)
	Show      bool // a show lifecycle
}

// Edge is a call (or a reference passed to a call) from one function of
// the file to another.
type Edge struct {
	From, To int32
	// Confirmed: the call site is behind a user-confirmed prompt or a
	// consent check; Loop: in a loop, a repeating callback or a timer.
	Confirmed, Loop bool
	// Site is the callee's last name at the call site (`this.checkLogin()`:
	// checkLogin), or the reference passed (`success: onOk`).
	Site text.Span
}

// Import is one name a require or an import binds.
type Import struct {
	Local string // the name in this file ("tools", "fetchLocation")
	// Spec is the module as written ("../../utils/tools", "@/api/user");
	// "getApp()" for `const app = getApp()`.
	Spec string
	// Name is the exported name bound ("getLocation" for
	// `const { getLocation } = require(…)` or `import { getLocation }`,
	// "default" for a default import); "" for the whole module.
	Name string
}

// ExtCall is a call this file cannot resolve by itself: not a platform
// API, not a function of the file. `tools.getUserInfo()`,
// `getApp().checkLogin()`, `app.login()`, `this.cropper.upload()`,
// `fetchLocation()` of an import, `this.fromBehavior()`.
type ExtCall struct {
	// Object is the callee's object as written, normalised: "this" (and
	// its aliases), "getApp()", "this.cropper", an identifier; "" for a
	// bare call of an imported name.
	Object string
	Name   string // the function's name (the callee's last name)
	// NameSpan is the callee's last name; Span the whole call.
	NameSpan, Span text.Span
	Unit           int32 // index in Facts.Funcs of the function it is in
	// The call's context, as for Call.
	Func          string
	OnEntry       bool
	EntryPath     []string
	InShow        bool
	InLoopOrTimer bool
	Confirmed     bool
	// IOSGuarded: a platform check keeps the call from running on iOS,
	// here or at every call site of this file leading here (as for Call).
	IOSGuarded bool
	// LocalConfirmed, LocalLoop, LocalIOS: the same read at the call site
	// only (not through the file's own callers).
	LocalConfirmed, LocalLoop, LocalIOS bool
}

// imports collects the bindings of a require / getApp() declarator.
func (a *analyzer) requireDecl(name, value int32) {
	call := value
	member := ""
	if a.kind(call) == kMember { // require('x').y
		obj, prop := a.member(call)
		if prop < 0 {
			return
		}
		member = a.text(prop)
		call = a.unwrap(obj)
	}
	if a.kind(call) != kCall {
		return
	}
	callee := a.unwrap(a.callee(call))
	if a.kind(callee) != kIdent {
		return
	}
	spec := ""
	switch a.text(callee) {
	case "require":
		arg := a.unwrap(a.first(a.args(call)))
		if arg < 0 || !a.isStringLike(arg) {
			return
		}
		spec = a.stringValue(arg)
	case "getApp":
		spec = "getApp()"
	default:
		return
	}
	switch a.kind(name) {
	case kIdent:
		a.f.Imports = append(a.f.Imports, Import{Local: a.text(name), Spec: spec, Name: member})
	case kObjectPattern:
		if member != "" {
			return
		}
		for c := a.n[name].first; c >= 0; c = a.n[c].next {
			switch a.kind(c) {
			case kShorthandPattern:
				a.f.Imports = append(a.f.Imports, Import{Local: a.text(c), Spec: spec, Name: a.text(c)})
			case kPairPattern:
				key, _, _ := a.pairKey(c)
				if local := a.last(c); a.kind(local) == kIdent && key != "" {
					a.f.Imports = append(a.f.Imports, Import{Local: a.text(local), Spec: spec, Name: key})
				}
			}
		}
	}
}

// importDecl collects the bindings of an ES import statement.
func (a *analyzer) importDecl(imp int32) {
	src := a.last(imp)
	if a.kind(src) != kString {
		return
	}
	spec := a.stringValue(src)
	end := a.descendantsEnd(imp)
	for j := imp + 1; j < end; j++ {
		switch a.kind(j) {
		case kImportSpec:
			imported, local := a.first(j), a.last(j)
			if a.kind(imported) == kIdent && a.kind(local) == kIdent {
				a.f.Imports = append(a.f.Imports, Import{Local: a.text(local), Spec: spec, Name: a.text(imported)})
			}
		case kNamespaceImport:
			if id := a.firstOf(j, kIdent); id >= 0 {
				a.f.Imports = append(a.f.Imports, Import{Local: a.text(id), Spec: spec})
			}
		case kIdent:
			// import x from '…': the identifier right under the import clause
			if p := a.parent(j); p != imp && a.parent(p) == imp && a.kind(p) != kNamespaceImport && a.kind(p) != kImportSpec {
				a.f.Imports = append(a.f.Imports, Import{Local: a.text(j), Spec: spec, Name: "default"})
			}
		}
	}
}

// imported reports whether name is bound by a require or an import.
func (a *analyzer) imported(name string) bool {
	for i := range a.f.Imports {
		if a.f.Imports[i].Local == name {
			return true
		}
	}
	return false
}

// extCall records call as an ExtCall when its callee has a shape another
// file may define: obj.name() and name() of an imported name.
func (a *analyzer) extCall(call, callee int32) {
	e := ExtCall{Span: a.span(call), Unit: a.unitOf[call]}
	switch a.kind(callee) {
	case kIdent:
		name := a.text(callee)
		if !a.imported(name) {
			return
		}
		e.Name, e.NameSpan = name, a.span(callee)
	case kMember:
		obj, prop := a.member(callee)
		if prop < 0 || a.kind(prop) != kPropIdent {
			return
		}
		o := a.unwrap(obj)
		switch {
		case a.isThis(o):
			e.Object = "this"
		case a.kind(o) == kIdent:
			e.Object = a.text(o)
		case a.kind(o) == kMember && a.isThis(a.first(o)):
			_, p := a.member(o)
			if p < 0 {
				return
			}
			e.Object = "this." + a.text(p)
		case a.kind(o) == kCall && a.lastName(a.callee(o)) == "getApp":
			e.Object = "getApp()"
		case a.kind(o) == kCall && a.lastName(a.callee(o)) == "selectComponent":
			e.Object = "selectComponent()"
		default:
			return
		}
		e.Name, e.NameSpan = a.text(prop), a.span(prop)
	default:
		return
	}
	ctx := a.ctx[call]
	e.LocalConfirmed = ctx&ctxConfirmed != 0
	e.LocalLoop = ctx&ctxLoop != 0
	e.LocalIOS = ctx&ctxIOS != 0
	a.f.Ext = append(a.f.Ext, e)
}

// exportGraph fills Funcs, Edges and each call's Unit once the units and
// edges are known.
func (a *analyzer) exportGraph() {
	a.f.Funcs = make([]Func, len(a.units))
	for i, u := range a.units {
		a.f.Funcs[i] = Func{Name: u.name, Lifecycle: u.lifecycle, Entry: u.entry, Show: u.show}
	}
	a.f.Edges = make([]Edge, len(a.edges))
	for i, e := range a.edges {
		ctx := a.ctx[e.site]
		site := a.span(e.site)
		if c := a.unwrap(a.callee(e.site)); c >= 0 {
			if nn := a.nameNode(c); nn >= 0 {
				site = a.span(nn)
			}
		}
		a.f.Edges[i] = Edge{From: e.from, To: e.to, Confirmed: ctx&ctxConfirmed != 0, Loop: e.repeating || ctx&ctxLoop != 0, Site: site}
	}
}
