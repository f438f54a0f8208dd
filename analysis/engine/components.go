package engine

import (
	"path"
	"strings"
)

// componentOnly reports whether the file at path belongs to a custom
// component that only pages no user reaches use: every page whose json
// lists it in usingComponents, directly or through other components, is
// an orphan or opened only from code that never runs, a staff role's
// branch or a staff-only element (see deadLinks). Its findings are then
// as unseen as theirs: an image uploader that only a workbench's edit
// pages use is the staff's tool, not something a reviewer testing as an
// ordinary user meets. A listing whose template never renders the tag
// (its one <cart-badge/> left inside <!-- -->, see renders) is no use: a
// component only such listings name is never created, and no user meets
// its code. A component app.json registers for every page, or one no page
// or component is known to list, is seen. Decided with the
// whole project's units, like the pages it rests on.
func (d *deadLinks) componentOnly(file string) bool {
	if !d.on {
		return false
	}
	p := d.env.Project
	if p == nil || !p.IsComponentFile(file) {
		return false
	}
	if _, isPage := p.PageOf(file); isPage {
		return false
	}
	rel, ok := p.Rel(file)
	if !ok {
		return false
	}
	base := strings.TrimSuffix(rel, path.Ext(rel))
	if d.users == nil {
		d.users = componentUsers(d)
	}
	return d.usersUnseen(base, map[string]bool{})
}

// compUser is one listing of a component in usingComponents: who lists
// it ("page:<route>", "comp:<base>", or "app" for app.json), under which
// tag, and the template that would render it ("" when unknown).
type compUser struct {
	who, tag, tmpl string
}

// componentUsers maps a component's base path to those that list it.
func componentUsers(d *deadLinks) map[string][]compUser {
	p := d.env.Project
	out := map[string][]compUser{}
	if p.App != nil {
		for _, r := range p.App.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], compUser{who: "app", tag: r.Name})
			}
		}
	}
	for _, pg := range p.Pages {
		for _, r := range pg.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], compUser{"page:" + pg.Route, r.Name, pg.Files.Template})
			}
		}
	}
	for b, c := range p.Components {
		for _, r := range c.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], compUser{"comp:" + b, r.Name, c.Files.Template})
			}
		}
	}
	return out
}

// usersUnseen reports whether every user of the component at base is
// unseen; busy holds the components being decided (a cycle of components
// that use only each other is used by no page through them).
func (d *deadLinks) usersUnseen(base string, busy map[string]bool) bool {
	users := d.users[base]
	if len(users) == 0 {
		return false
	}
	busy[base] = true
	defer delete(busy, base)
	for _, cu := range users {
		if cu.who != "app" && !d.renders(cu.tmpl, cu.tag, map[string]bool{}) {
			continue // listed, but its tag is only in comments: never rendered there
		}
		u := cu.who
		switch {
		case u == "app":
			return false
		case strings.HasPrefix(u, "page:"):
			pg := d.env.Project.Page(strings.TrimPrefix(u, "page:"))
			if pg == nil || pg.Missing {
				return false
			}
			f := pg.Files.All()[0]
			if _, orphan := d.env.Project.OrphanPage(f); !orphan && !d.only(f) {
				return false
			}
		case strings.HasPrefix(u, "comp:"):
			c := strings.TrimPrefix(u, "comp:")
			if busy[c] {
				continue
			}
			if !d.usersUnseen(c, busy) {
				return false
			}
		}
	}
	return true
}

// renders reports whether the template tmpl (or a template it imports or
// includes) may render the component listed under tag: an element of that
// tag outside comments, or a static attribute value naming it (a generic:
// slot filled by it). A component listed in usingComponents whose only
// element is commented out (<!-- <cart-badge/> -->) is never created, so
// no user meets its code. Unknown (no template, not loaded, not parsed, an
// import not found) renders.
func (d *deadLinks) renders(tmpl, tag string, seen map[string]bool) bool {
	if tmpl == "" || tag == "" {
		return true
	}
	if seen[tmpl] {
		return false
	}
	seen[tmpl] = true
	u := d.env.Units[tmpl]
	if u == nil || u.Template == nil || len(u.Template.Errors) > 0 {
		return true
	}
	for i := range u.Template.Elements {
		e := &u.Template.Elements[i]
		if strings.EqualFold(e.Tag, tag) {
			return true
		}
		for j := range e.Attrs {
			if a := &e.Attrs[j]; a.Static() && strings.EqualFold(strings.TrimSpace(a.Literal()), tag) {
				return true
			}
		}
		if e.Tag == "import" || e.Tag == "include" {
			src := e.Attr("src")
			if src == nil || !src.Static() {
				return true
			}
			v := strings.TrimSpace(src.Literal())
			target := path.Join(path.Dir(tmpl), v)
			if strings.HasPrefix(v, "/") {
				target = path.Clean(strings.TrimPrefix(v, "/"))
			}
			if _, ok := d.env.Units[target]; !ok {
				return true
			}
			if d.renders(target, tag, seen) {
				return true
			}
		}
	}
	return false
}
