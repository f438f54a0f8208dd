package script

import (
	"strings"

	"mpls/analysis/text"
)

// Mixins: a page or component config built from shared objects,
// `Page({ ...shared.detailApi, data: {} })` or
// `Page(Object.assign({}, base, { onShow() {} }))`, gets their methods, its
// lifecycles included: the shared object's onLoad runs when the page loads.
// The facts name the members of the config (and of its methods, lifetimes
// and pageLifetimes blocks) in source order, spreads included, and the
// object literals a file defines or exports, so that analysis/callgraph can
// find what a spread brings from another file (or this one).

// Member is one member of an object literal, in source order: a key, or an
// object spread into it (Mixin non-nil).
type Member struct {
	Key string
	// Func is the index in Facts.Funcs of the key's function (a method,
	// `key: function () {}`, `key: named` of a function of the file); -1
	// when the value is none (it still hides what an earlier spread gave).
	Func  int32
	Mixin *Mixin
}

// Mixin is an object spread into another (`...shared.detailApi`), or an
// argument of Object.assign before the literal.
type Mixin struct {
	// Object is the name the expression starts with: a name an import
	// binds, or an object of the file (Facts.Objects); Path the properties
	// read from it (["detailApi"]).
	Object string
	Path   []string
	// Site is the expression's last name, where the spread stands.
	Site text.Span
}

// ObjectKey is the key of Facts.Objects for a name and the properties read
// from it.
func ObjectKey(name string, path []string) string {
	if len(path) == 0 {
		return name
	}
	return name + "." + strings.Join(path, ".")
}

// maxObjectDepth bounds the nesting of Facts.Objects keys.
const maxObjectDepth = 3

// mixins fills Facts.Config and Facts.Objects. Only when the config (or
// one of its blocks) holds a spread or is built by Object.assign is
// Config filled; Objects holds the object literals that hold a function or
// a spread (so a file with none pays nothing).
func (a *analyzer) mixins() {
	if a.config >= 0 {
		var own []Member
		spread := false
		if pre := a.assignSources(); len(pre) > 0 {
			own, spread = append(own, pre...), true
		}
		own = append(own, a.members(a.config)...)
		blocks := map[string][]Member{}
		for _, m := range own {
			if m.Mixin != nil {
				spread = true
			}
		}
		for c := a.n[a.config].first; c >= 0; c = a.n[c].next {
			if a.kind(c) != kPair {
				continue
			}
			key, _, _ := a.pairKey(c)
			switch key {
			case "methods", "lifetimes", "pageLifetimes":
				if v := a.unwrap(a.pairValue(c)); a.kind(v) == kObject {
					ms := a.members(v)
					for _, m := range ms {
						if m.Mixin != nil {
							spread = true
						}
					}
					blocks[key] = ms
				}
			}
		}
		if spread {
			a.f.Config = map[string][]Member{"": own}
			for k, v := range blocks {
				a.f.Config[k] = v
			}
		}
	}
	// the file's objects: top-level `const x = {...}` (exported or not),
	// module.exports / export default (key "default"), exports.x
	alias := map[string]string{}
	for s := a.n[0].first; s >= 0; s = a.n[s].next {
		st := s
		if a.kind(st) == kExport {
			v := a.unwrap(a.last(st))
			switch a.kind(v) {
			case kObject:
				a.recordObject("default", v, 0)
				continue
			case kIdent:
				alias["default"] = a.text(v)
				continue
			}
			st = a.last(st) // export const x = {...}
		}
		switch a.kind(st) {
		case kLexicalDecl, kVarDecl:
			for d := a.n[st].first; d >= 0; d = a.n[d].next {
				if a.kind(d) != kDeclarator {
					continue
				}
				if id := a.first(d); a.kind(id) == kIdent {
					if v := a.unwrap(a.last(d)); a.kind(v) == kObject {
						a.recordObject(a.text(id), v, 0)
					}
				}
			}
		case kExprStmt:
			as := a.unwrap(a.first(st))
			if a.kind(as) != kAssign {
				continue
			}
			name := exportName(a.text(a.unwrap(a.first(as))))
			if name == "" {
				continue
			}
			switch v := a.unwrap(a.last(as)); a.kind(v) {
			case kObject:
				a.recordObject(name, v, 0)
			case kIdent:
				alias[name] = a.text(v)
			}
		}
	}
	for name, to := range alias {
		if _, ok := a.f.Objects[name]; ok {
			continue
		}
		for k, v := range a.f.Objects {
			if k == to || strings.HasPrefix(k, to+".") {
				a.f.Objects[name+strings.TrimPrefix(k, to)] = v
			}
		}
	}
}

// exportName is the Objects key an assignment's left side exports:
// module.exports → "default", exports.x / module.exports.x → "x"; "" for
// others.
func exportName(left string) string {
	switch {
	case left == "module.exports":
		return "default"
	case strings.HasPrefix(left, "module.exports."):
		left = strings.TrimPrefix(left, "module.")
		fallthrough
	case strings.HasPrefix(left, "exports."):
		if n := strings.TrimPrefix(left, "exports."); n != "" && !strings.ContainsAny(n, ".[ ") {
			return n
		}
	}
	return ""
}

// recordObject records the object literal v under key (and its object-valued
// keys under key.k) when it holds a function or a spread.
func (a *analyzer) recordObject(key string, v int32, depth int) {
	ms := a.members(v)
	keep := false
	for _, m := range ms {
		if m.Func >= 0 || m.Mixin != nil {
			keep = true
		}
	}
	if keep {
		if a.f.Objects == nil {
			a.f.Objects = map[string][]Member{}
		}
		if _, ok := a.f.Objects[key]; !ok {
			a.f.Objects[key] = ms
		}
	}
	if depth+1 >= maxObjectDepth {
		return
	}
	for c := a.n[v].first; c >= 0; c = a.n[c].next {
		if a.kind(c) != kPair {
			continue
		}
		if k, _, _ := a.pairKey(c); k != "" {
			if w := a.unwrap(a.pairValue(c)); a.kind(w) == kObject {
				a.recordObject(key+"."+k, w, depth+1)
			}
		}
	}
}

// members lists the members of the object literal v in source order.
func (a *analyzer) members(v int32) []Member {
	var out []Member
	for c := a.n[v].first; c >= 0; c = a.n[c].next {
		switch a.kind(c) {
		case kMethodDef:
			if key, _, _ := a.pairKey(c); key != "" {
				out = append(out, Member{Key: key, Func: a.ownUnit(c)})
			}
		case kPair:
			key, _, _ := a.pairKey(c)
			if key == "" {
				continue
			}
			fn := int32(-1)
			switch w := a.unwrap(a.pairValue(c)); a.kind(w) {
			case kFuncExpr, kArrow, kGenFunc:
				fn = a.ownUnit(w)
			case kIdent:
				fn = a.namedFunc(a.text(w))
			}
			out = append(out, Member{Key: key, Func: fn})
		case kShorthandProp:
			name := a.text(c)
			out = append(out, Member{Key: name, Func: a.namedFunc(name)})
		case kSpread:
			if m := a.mixinRef(a.unwrap(a.first(c))); m != nil {
				out = append(out, Member{Func: -1, Mixin: m})
			}
		}
	}
	return out
}

// ownUnit is the unit the function node fn starts, -1 if it starts none.
func (a *analyzer) ownUnit(fn int32) int32 {
	u := a.unitOf[fn]
	if u > 0 && int(u) < len(a.units) && a.units[u].node == fn {
		return u
	}
	return -1
}

// namedFunc is the unit of the file's one function named name, -1 when
// none (or several).
func (a *analyzer) namedFunc(name string) int32 {
	if us := a.funcsByName[name]; len(us) == 1 {
		return us[0]
	}
	return -1
}

// mixinRef reads a spread or Object.assign source: a name and the
// properties read from it (shared, shared.detailApi); nil for others.
func (a *analyzer) mixinRef(e int32) *Mixin {
	var path []string
	site := a.span(e)
	for k := 0; k < maxObjectDepth+1; k++ {
		switch a.kind(e) {
		case kIdent:
			if len(path) > maxObjectDepth {
				return nil
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return &Mixin{Object: a.text(e), Path: path, Site: site}
		case kMember:
			obj, prop := a.member(e)
			if prop < 0 || a.kind(prop) != kPropIdent {
				return nil
			}
			if len(path) == 0 {
				site = a.span(prop)
			}
			path = append(path, a.text(prop))
			e = a.unwrap(obj)
		default:
			return nil
		}
	}
	return nil
}

// assignSources are the sources Object.assign copies before the config
// literal (Page(Object.assign({}, shared, {...}))): what it names, and
// the members of object literals other than the config.
func (a *analyzer) assignSources() []Member {
	p, _ := a.up(a.config)
	if a.kind(p) != kArguments {
		return nil
	}
	call := a.parent(p)
	if a.kind(call) != kCall || !a.isObjectAssign(a.unwrap(a.callee(call))) {
		return nil
	}
	var out []Member
	for x := a.first(p); x >= 0 && x != a.config; x = a.n[x].next {
		switch x := a.unwrap(x); a.kind(x) {
		case kObject:
			if x == a.config {
				return out
			}
			out = append(out, a.members(x)...)
		case kIdent, kMember:
			if m := a.mixinRef(x); m != nil {
				out = append(out, Member{Func: -1, Mixin: m})
			}
		}
	}
	return out
}

// isObjectAssign: callee is Object.assign.
func (a *analyzer) isObjectAssign(callee int32) bool {
	obj, prop := a.member(callee)
	return prop >= 0 && a.is(obj, "Object") && a.is(prop, "assign")
}

// MixinLifecycle says whether a member named key that a spread brings into
// the config block ("" the config itself, "methods", "lifetimes",
// "pageLifetimes") of a file of the given kind is an entry lifecycle (as
// the file's own would be), with its label and whether it runs on every
// show.
func MixinLifecycle(kind, block, key string) (label string, entry, show bool) {
	role := roleConfig
	switch block {
	case "":
	case "methods":
		role = roleMethods
	case "lifetimes":
		role = roleLifetimes
	case "pageLifetimes":
		role = rolePageLifetimes
	default:
		return "", false, false
	}
	return (&analyzer{kindStr: kind}).lifecycleOf(role, key)
}
