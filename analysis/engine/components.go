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
// ordinary user meets. A component app.json registers for every page, or
// one no page or component is known to use, is seen. Decided with the
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

// componentUsers maps a component's base path to those that list it:
// "page:<route>", "comp:<base>", or "app" for app.json.
func componentUsers(d *deadLinks) map[string][]string {
	p := d.env.Project
	out := map[string][]string{}
	if p.App != nil {
		for _, r := range p.App.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], "app")
			}
		}
	}
	for _, pg := range p.Pages {
		for _, r := range pg.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], "page:"+pg.Route)
			}
		}
	}
	for b, c := range p.Components {
		for _, r := range c.UsingComponents {
			if r.Resolved != "" {
				out[r.Resolved] = append(out[r.Resolved], "comp:"+b)
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
	for _, u := range users {
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
