package privacydecl

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// hit is one place where code triggers an entry of the privacy table.
type hit struct {
	file    string
	span    text.Span
	rng     text.Range
	api     *privacy.API
	scope   string // the scope an authorize call asks for
	library bool
	// Set for the project's own files only (library files are not kept).
	unit *rule.Unit
	call *script.Call // a script hit
	elem int          // a template hit: the element; -1 for a script hit
}

// APIOf returns the privacy-table entry of a script call: a platform API
// ("getLocation"), or a method of an object a platform factory made
// ("getRecorderManager.start"; "MapContext.moveToLocation" for
// createMapContext().moveToLocation). Timers and unknown calls give nil.
func APIOf(c *script.Call) *privacy.API {
	if c == nil || c.Namespace == "" {
		return nil
	}
	if c.Factory == "" {
		return privacy.Lookup(c.API)
	}
	if a := privacy.Lookup(c.Factory + "." + c.API); a != nil {
		return a
	}
	t := strings.TrimPrefix(strings.TrimPrefix(c.Factory, "create"), "get")
	return privacy.Lookup(t + "." + c.API)
}

// authorizeScope is the scope string of an authorize({scope}) call.
func authorizeScope(c *script.Call) string {
	if c.Factory != "" || c.API != "authorize" || c.Options == nil {
		return ""
	}
	if p := c.Options.Get("scope"); p != nil && p.IsString {
		return p.String
	}
	return ""
}

// scriptHits lists the privacy calls of a script unit.
func scriptHits(u *rule.Unit, library bool) []hit {
	s := u.Script
	if s == nil {
		return nil
	}
	var out []hit
	for i := range s.Calls {
		c := &s.Calls[i]
		a := APIOf(c)
		if a == nil {
			continue
		}
		h := hit{file: u.Path, span: c.NameSpan, api: a, library: library, call: c, elem: -1, scope: authorizeScope(c)}
		if a.Name == "authorize" && h.scope == "" {
			continue // a scope we cannot read says nothing
		}
		out = append(out, h)
	}
	return out
}

// componentHits describes how a template element triggers the table: the
// table entries and, for each, the span that names it (the tag for a
// component, the attribute value for open-type and type=nickname).
func componentHits(e *template.Element) (apis []*privacy.API, spans []text.Span) {
	if a := privacy.Lookup("<" + strings.ToLower(e.Tag) + ">"); a != nil {
		apis, spans = append(apis, a), append(spans, e.TagSpan)
	}
	if ot := e.Attr("open-type"); ot != nil && ot.HasValue {
		for _, v := range strings.Split(ot.Literal(), "|") {
			if a := privacy.Lookup("open-type=" + strings.TrimSpace(v)); a != nil {
				apis, spans = append(apis, a), append(spans, ot.ValueSpan)
			}
		}
	}
	if strings.EqualFold(e.Tag, "input") {
		if tp := e.Attr("type"); tp != nil && strings.TrimSpace(tp.Literal()) == "nickname" && tp.Static() {
			apis, spans = append(apis, privacy.Lookup("<input type=nickname>")), append(spans, tp.ValueSpan)
		}
	}
	return apis, spans
}

// templateHits lists the privacy components of a template unit.
func templateHits(u *rule.Unit, library bool) []hit {
	t := u.Template
	if t == nil {
		return nil
	}
	var out []hit
	for i := range t.Elements {
		apis, spans := componentHits(&t.Elements[i])
		for k, a := range apis {
			out = append(out, hit{file: u.Path, span: spans[k], api: a, library: library, elem: i})
		}
	}
	return out
}

// unitHits lists a unit's hits with their ranges.
func unitHits(u *rule.Unit, library bool) []hit {
	if u == nil || u.Skip != "" {
		return nil
	}
	hs := append(scriptHits(u, library), templateHits(u, library)...)
	for i := range hs {
		if u.Index != nil {
			hs[i].rng = u.Index.Range(hs[i].span)
		}
		if !library {
			hs[i].unit = u
		}
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].span.Start < hs[j].span.Start })
	return hs
}

// InLibrary reports whether a root-relative path lies in a
// miniprogram_npm or node_modules folder.
func InLibrary(rel string) bool {
	for _, e := range strings.Split(rel, "/") {
		if e == "miniprogram_npm" || e == "node_modules" {
			return true
		}
	}
	return false
}

// sortedUnits lists the units of a project in path order.
func sortedUnits(units map[string]*rule.Unit) []*rule.Unit {
	out := make([]*rule.Unit, 0, len(units))
	for _, u := range units {
		if u != nil {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// projectHits lists every hit of the project: its own files in path
// order, then the libraries it ships (miniprogram_npm, node_modules).
func projectHits(env *rule.Env) []hit {
	var out []hit
	for _, u := range sortedUnits(env.Units) {
		if InLibrary(u.Path) || (env.Project != nil && env.Project.IsVendored(u.Path)) {
			continue // the library scan has it
		}
		out = append(out, unitHits(u, false)...)
	}
	return append(out, libraryHits(env)...)
}

// templatesOf returns the template units beside a script (same folder and
// base name), in path order.
func templatesOf(units map[string]*rule.Unit, script string) []*rule.Unit {
	base := strings.TrimSuffix(script, path.Ext(script))
	var out []*rule.Unit
	for _, u := range sortedUnits(units) {
		if u.Template != nil && strings.TrimSuffix(u.Path, path.Ext(u.Path)) == base {
			out = append(out, u)
		}
	}
	return out
}

// callName is how texts name a call: "wx.getLocation",
// "getRecorderManager().start".
func callName(c *script.Call) string {
	if c.Factory != "" {
		return c.Factory + "()." + c.API
	}
	return c.Namespace + "." + c.API
}
