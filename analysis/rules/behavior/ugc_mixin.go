package behavior

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// A shared module whose functions pages copy into their config
// (Object.assign(page, feed.methods), Page({ ...feed.methods })) handles
// events of their templates: a comment box of a feed template every list
// page imports, its send button bound to the module's function. Such a
// module starts flows of its own, with the fields of those templates
// whose typing or submit its own functions handle; the page has neither
// the handler nor the send.

// mixinTemplates lists, for each module that is no page or component and
// has no template beside it, the templates of the pages importing it (and
// the templates those import or include) that bind an event to a function
// of the module the page does not define itself.
func mixinTemplates(c *rule.ProjectContext, g *callgraph.Graph, paths []string) map[string][]*rule.Unit {
	var out map[string][]*rule.Unit
	for _, p := range paths {
		s := c.Units[p].Script
		if s == nil || s.Kind == script.KindPage || s.Kind == script.KindComponent || len(s.Bodies) == 0 || companionTemplate(c.Units, p) != nil {
			continue
		}
		seen := map[*rule.Unit]bool{}
		var ts []*rule.Unit
		for _, from := range g.Importers(p) {
			fu := c.Units[from]
			if fu == nil || fu.Script == nil || fu.Script.Kind != script.KindPage && fu.Script.Kind != script.KindComponent {
				continue
			}
			for _, t := range withImported(c, companionTemplate(c.Units, from)) {
				if seen[t] || !bindsModule(t, s, fu.Script) {
					continue
				}
				seen[t] = true
				ts = append(ts, t)
			}
		}
		if len(ts) > 0 {
			sort.Slice(ts, func(i, j int) bool { return ts[i].Path < ts[j].Path })
			if out == nil {
				out = map[string][]*rule.Unit{}
			}
			out[p] = ts
		}
	}
	return out
}

// withImported is a template and the templates it imports or includes
// (<import src="/template/feed.wxml"/>), one level deep.
func withImported(c *rule.ProjectContext, t *rule.Unit) []*rule.Unit {
	if t == nil {
		return nil
	}
	out := []*rule.Unit{t}
	for i := range t.Template.Elements {
		e := &t.Template.Elements[i]
		if tag := strings.ToLower(e.Tag); tag != "import" && tag != "include" {
			continue
		}
		a := e.Attr("src")
		if a == nil || !a.Static() || a.Value == "" {
			continue
		}
		src := a.Value
		if strings.HasPrefix(src, "/") {
			src = path.Clean(strings.TrimPrefix(src, "/"))
		} else {
			src = path.Join(path.Dir(t.Path), src)
		}
		if iu := c.Units[src]; iu != nil && iu.Template != nil && iu != t {
			out = append(out, iu)
		}
	}
	return out
}

// bindsModule reports whether a template binds an event to a function of
// the module (s) that the page (own) does not define.
func bindsModule(t *rule.Unit, s, own *script.Facts) bool {
	for _, b := range t.Template.Bindings {
		if b.Handler == "" {
			continue
		}
		if _, ok := s.Bodies[b.Handler]; !ok {
			continue
		}
		if _, mine := own.Bodies[b.Handler]; !mine {
			return true
		}
	}
	return false
}

// mixinFields are the content fields (and contact fields) of a module's
// templates whose typing or submit the module handles.
func mixinFields(ts []*rule.Unit, u *rule.Unit) (fields, contact []ugcField) {
	mine := func(fd ugcField) bool {
		_, in := u.Script.Bodies[fd.input]
		_, sub := u.Script.Bodies[fd.form]
		return fd.input != "" && in || fd.form != "" && sub
	}
	for _, t := range ts {
		fs, cs := contentFields(t.Template, u.Script, u.Text)
		for _, fd := range fs {
			if mine(fd) {
				fields = append(fields, fd)
			}
		}
		for _, fd := range cs {
			if mine(fd) {
				contact = append(contact, fd)
			}
		}
	}
	return fields, contact
}
