// Package component treats a project's custom components as units: the
// properties a component declares with their defaults, its template, and
// every element of a page (or another component) that uses it with the
// values it passes. A rule asks what an attribute or a label of the
// component's template holds for each use, and where that value is
// decided: the page's attribute when the page passes it, the component's
// default otherwise — the place the developer edits.
package component

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/parse"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// Component is one custom component of the project.
type Component struct {
	Base     string     // root-relative path without extension
	Template *rule.Unit // nil when not analysed
	Script   *rule.Unit
	Props    []Prop
}

// Prop returns the declared property name, or nil.
func (c *Component) Prop(name string) *Prop {
	for i := range c.Props {
		if c.Props[i].Name == name {
			return &c.Props[i]
		}
	}
	return nil
}

// Use is one element that instantiates a component.
type Use struct {
	Comp *Component
	Unit *rule.Unit // the template holding the element
	Elem int
	// data is the using page's fixed initial data (see fixedData).
	data func(name string) Value
	// Outer is, when the element sits in another component's template,
	// the use of that component this use is seen through (a page's
	// <login-sheet title="…"> around <bind-mobile btn-title="{{title}}">);
	// nil when the element is in a page.
	Outer *Use
}

// Page is the template of the page the use is finally seen on.
func (u Use) Page() string {
	for u.Outer != nil {
		u = *u.Outer
	}
	return u.Unit.Path
}

// bound looks up a name a {{ }} of the using template reads: a property
// of the component that template belongs to (through Outer), else the
// page's fixed data.
func (u Use) bound(name string) Value {
	if u.Outer != nil {
		if v, ok := u.Outer.Value(name); ok {
			return v
		}
		return Value{}
	}
	if u.data != nil {
		return u.data(name)
	}
	return Value{}
}

// Element is the using element.
func (u Use) Element() *template.Element { return &u.Unit.Template.Elements[u.Elem] }

// Arg returns the attribute that passes property name (btnTitle is set by
// btn-title or btnTitle), or nil.
func (u Use) Arg(name string) *template.Attr {
	e := u.Element()
	if a := e.Attr(name); a != nil {
		return a
	}
	return e.Attr(Kebab(name))
}

// Value is what property name holds for this use: the attribute the use
// passes (a literal, a {{ }} of literals, or of the page's data where the
// page never changes it), else the property's default. ok is false for a name that
// is not a property.
func (u Use) Value(name string) (Value, bool) {
	p := u.Comp.Prop(name)
	if p == nil {
		return Value{}, false
	}
	a := u.Arg(name)
	if a == nil {
		return p.Default, true
	}
	var v Value
	switch {
	case !a.HasValue:
		v = Value{Known: true, Kind: Bool, Bool: true, From: Origin{Path: u.Unit.Path, Span: a.NameSpan}}
	case a.Static():
		v = Value{Known: true, Kind: String, Str: template.Decode(a.Value), From: Origin{Path: u.Unit.Path, Span: a.ValueSpan}}
		if p.Type == "Boolean" || p.Type == "Number" {
			// WeChat converts a literal to the property's type
			// ("false" is left unknown: how it converts is not
			// something a reader can rely on)
			switch strings.TrimSpace(a.Value) {
			case "":
				v.Kind, v.Bool = Bool, false
			case "true":
				v.Kind, v.Bool = Bool, true
			default:
				v = Value{}
			}
		}
	case len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "":
		// literals, or the page's data where nothing changes it
		in := a.Interps[0]
		v = Eval(in.Expr, u.Unit.Path, in.ExprSpan.Start, u.bound)
		if v.Known && v.From.Path == "" {
			v.From = Origin{Path: u.Unit.Path, Span: in.ExprSpan}
		}
	default:
		v = Value{} // text mixed with {{ }}: not followed
	}
	v.Passed = true
	return v, true
}

// Eval evaluates an expression of the component's template for this use.
// Names that are not properties are unknown.
func (u Use) Eval(in template.Interp) Value {
	return Eval(in.Expr, u.Comp.Template.Path, in.ExprSpan.Start, func(name string) Value {
		v, _ := u.Value(name)
		return v
	})
}

// Attr evaluates an attribute of the component's template for this use:
// its literal value, or a single {{ }}; text mixed with {{ }} is unknown.
func (u Use) Attr(a *template.Attr) Value {
	if a == nil {
		return Value{}
	}
	if !a.HasValue {
		return Value{Known: true, Kind: Bool, Bool: true, From: Origin{Path: u.Comp.Template.Path, Span: a.NameSpan}}
	}
	if a.Static() {
		return Value{Known: true, Kind: String, Str: template.Decode(a.Value), From: Origin{Path: u.Comp.Template.Path, Span: a.ValueSpan}}
	}
	if len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
		return u.Eval(a.Interps[0])
	}
	return Value{}
}

// Model is the project's components and their uses.
type Model struct {
	Components map[string]*Component
	uses       map[string][]Use // through enclosing components
	direct     map[string][]Use // as written in each template
}

// Uses lists the elements that use the component at base, in path order.
func (m *Model) Uses(base string) []Use { return m.uses[base] }

// Sorted lists the components by path.
func (m *Model) Sorted() []*Component {
	out := make([]*Component, 0, len(m.Components))
	for _, c := range m.Components {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Base < out[j].Base })
	return out
}

// Build reads the components of env's project from its units. Library
// components (miniprogram_npm) are left out: their templates are not the
// app's to fix.
func Build(env *rule.Env) *Model {
	m := &Model{Components: map[string]*Component{}, uses: map[string][]Use{}}
	pr := env.Project
	if pr == nil || env.Units == nil {
		return m
	}
	for base, pc := range pr.Components {
		c := &Component{Base: base}
		if u := env.Units[pc.Files.Template]; pc.Files.Template != "" && u != nil && u.Template != nil && u.Lang == parse.Template {
			c.Template = u
		}
		if u := env.Units[pc.Files.Script]; pc.Files.Script != "" && u != nil && u.Script != nil {
			c.Script = u
			c.Props = Props(u)
		}
		m.Components[base] = c
	}
	type user struct {
		tmpl string
		refs []project.ComponentRef
	}
	var users []user
	for _, pg := range pr.Pages {
		users = append(users, user{pg.Files.Template, pg.UsingComponents})
	}
	for _, cp := range pr.Components {
		users = append(users, user{cp.Files.Template, cp.UsingComponents})
	}
	sort.Slice(users, func(i, j int) bool { return users[i].tmpl < users[j].tmpl })
	var global []project.ComponentRef
	if pr.App != nil {
		global = pr.App.UsingComponents
	}
	for _, us := range users {
		u := env.Units[us.tmpl]
		if us.tmpl == "" || u == nil || u.Template == nil {
			continue
		}
		tags := map[string]*Component{}
		for _, refs := range [][]project.ComponentRef{global, us.refs} {
			for _, r := range refs {
				if c := m.Components[r.Resolved]; c != nil && r.Resolved != "" && !r.Library {
					tags[strings.ToLower(r.Name)] = c
				}
			}
		}
		if len(tags) == 0 {
			continue
		}
		var data func(string) Value
		for i := range u.Template.Elements {
			if c := tags[strings.ToLower(u.Template.Elements[i].Tag)]; c != nil {
				if data == nil {
					data = fixedData(env.Units, u.Path)
				}
				m.uses[c.Base] = append(m.uses[c.Base], Use{Comp: c, Unit: u, Elem: i, data: data})
			}
		}
	}
	m.throughComponents()
	return m
}

// maxNesting bounds how many components deep a use is followed, and
// maxOuters how many enclosing uses one use is seen through.
const (
	maxNesting = 4
	maxOuters  = 64
)

// throughComponents replaces each use that sits in another component's
// template by one use per place that component is used (its Outer), so
// the values passed down from the page are seen; a use in a component no
// page is seen using stays as it is.
func (m *Model) throughComponents() {
	byTemplate := map[string]*Component{}
	for _, c := range m.Components {
		if c.Template != nil {
			byTemplate[c.Template.Path] = c
		}
	}
	var expand func(u Use, depth int) []Use
	expand = func(u Use, depth int) []Use {
		host := byTemplate[u.Unit.Path]
		if host == nil || depth >= maxNesting || host == u.Comp {
			return []Use{u}
		}
		var out []Use
		for _, hu := range m.direct[host.Base] {
			for _, outer := range expand(hu, depth+1) {
				outer := outer
				x := u
				x.Outer = &outer
				out = append(out, x)
			}
		}
		if len(out) == 0 || len(out) > maxOuters {
			return []Use{u} // unused host, or too many ways to follow
		}
		return out
	}
	m.direct = m.uses
	m.uses = map[string][]Use{}
	for base, us := range m.direct {
		for _, u := range us {
			m.uses[base] = append(m.uses[base], expand(u, 0)...)
		}
	}
}

// Kebab writes a property name as an attribute: btnTitle → btn-title.
func Kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// BaseOf is a file's path without its extension.
func BaseOf(p string) string { return strings.TrimSuffix(p, path.Ext(p)) }

// Resolve returns the base path of the project component that tag names
// in the template at tmpl (through the app's usingComponents, or the
// page's or component's own), "" for a native tag, a library or plugin
// component, or one whose files are not in the project.
func Resolve(pr *project.Project, tmpl, tag string) string {
	if pr == nil {
		return ""
	}
	var refs []project.ComponentRef
	if pr.App != nil {
		refs = append(refs, pr.App.UsingComponents...)
	}
	base := BaseOf(tmpl)
	if route, ok := pr.PageOf(tmpl); ok {
		if pg := pr.Page(route); pg != nil {
			refs = append(refs, pg.UsingComponents...)
		}
	} else if c := pr.Components[base]; c != nil {
		refs = append(refs, c.UsingComponents...)
	}
	found := ""
	for _, r := range refs {
		if strings.EqualFold(r.Name, tag) {
			found = "" // a later (page-level) entry wins over the app's
			if r.Resolved != "" && !r.Library && !r.Plugin && pr.Components[r.Resolved] != nil {
				found = r.Resolved
			}
		}
	}
	return found
}
