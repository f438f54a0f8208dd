package privacy

import (
	"maps"
	"path"
	"slices"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// A scope's system dialog shows once per user: once answered, later calls
// of the scope open nothing. So a page whose every way in passes through a
// page that has already asked the scope, on entry or in the tap that opens
// the page, with no prompt the user had to confirm first (the dialog
// surely opened there), opens no dialog of its own: the order detail page
// reached only from lists that the 我的 tab's onShow leads to, after that
// tab asked for the user's profile.
//
// upstream decides it by walking back from the page through the files
// whose links may open it (project.PageOpeners), stopping at pages whose
// entries ask the scope and at links written in a handler that asks it
// before: the page is silent when no walk meets a way in from outside. A
// way in from outside is the entry page, a tab page, an orphan (a link the
// server sends may open it), a page that defines onShareAppMessage /
// onShareTimeline (a share card opens the page itself), a link written in
// a share handler (a card opens its path), and a component or script that
// is no page's whose users are not all known (one the app registers for
// every page, a script nothing imports); a component's or a shared
// script's links are walked through the pages that use or import it.
// Conservative: a page is silent only when every way in is one of these
// walks, so a page a share card, the entry or the tab bar opens keeps its
// finding.
type upstream struct {
	c    *rule.ProjectContext
	g    *callgraph.Graph
	asks map[string]map[string]bool // page script → the scopes its entries ask
	memo map[[2]string]bool
}

func newUpstream(c *rule.ProjectContext) *upstream {
	return &upstream{c: c, g: callgraph.For(c.Env), asks: map[string]map[string]bool{}, memo: map[[2]string]bool{}}
}

// silent reports whether every way into the page the file at p belongs
// to passes through a page that asked scope on entry (p's own page not
// counted).
func (u *upstream) silent(p, scope string) bool {
	if u == nil || u.g == nil || scope == "" {
		return false
	}
	pr := u.c.Project
	route, ok := pr.PageOf(p)
	if !ok {
		return false
	}
	k := [2]string{route, scope}
	if v, ok := u.memo[k]; ok {
		return v
	}
	v := u.walk(p, scope)
	u.memo[k] = v
	return v
}

// maxUpstreamPages bounds the walk back.
const maxUpstreamPages = 200

func (u *upstream) walk(p, scope string) bool {
	pr := u.c.Project
	seen, routes := map[string]bool{}, map[string]bool{}
	queue := []string{p}
	for len(queue) > 0 {
		if len(seen) > maxUpstreamPages {
			return false
		}
		file := queue[0]
		queue = queue[1:]
		if seen[file] {
			continue
		}
		seen[file] = true
		route, isPage := pr.PageOf(file)
		if !isPage {
			// a component or a shared script: its links are its users'
			users, ok := u.users(file)
			if !ok {
				return false
			}
			queue = append(queue, users...)
			continue
		}
		if routes[route] {
			continue
		}
		routes[route] = true
		pg := pr.Page(route)
		if pg == nil {
			return false
		}
		if file != p && u.pageAsks(pg.Files.Script, scope) {
			continue // the dialog opened here, before
		}
		if shares(u.c, pg.Files.Script) {
			return false // a share card opens this page itself
		}
		_, openers, ok := pr.PageOpeners(file)
		if !ok {
			return false // the entry page, a tab page, an orphan
		}
		for _, f := range openers {
			if u.linksAsk(f, route, scope) {
				continue // the tap that opens it asks first
			}
			if sharesRoute(u.c, f, route) {
				return false
			}
			queue = append(queue, f)
		}
	}
	return true
}

// shares: the script defines a share handler (the card opens the page
// when it gives no path).
func shares(c *rule.ProjectContext, script string) bool {
	un := c.Units[script]
	if un == nil || un.Script == nil {
		return false
	}
	_, a := un.Script.Methods["onShareAppMessage"]
	_, b := un.Script.Methods["onShareTimeline"]
	return a || b
}

// sharesRoute: a string of the file that may open route is written in a
// share handler (a card's path).
func sharesRoute(c *rule.ProjectContext, file, route string) bool {
	un := c.Units[file]
	if un == nil || un.Script == nil {
		return false
	}
	f := un.Script
	for _, h := range []string{"onShareAppMessage", "onShareTimeline"} {
		body, ok := f.Bodies[h]
		if !ok {
			continue
		}
		for _, s := range f.Strings {
			if body.Start <= s.Span.Start && s.Span.End <= body.End && project.Opens(s.Value, route) {
				return true
			}
		}
	}
	return false
}

// pageAsks: the entries of the page script ask scope with no prompt the
// user confirmed first (as launchScopes reads the app's).
func (u *upstream) pageAsks(script, scope string) bool {
	if script == "" {
		return false
	}
	s, ok := u.asks[script]
	if !ok {
		s = entryScopes(u.c, u.g, script)
		u.asks[script] = s
	}
	return s[scope]
}

// users are the files whose code runs the code of the file at f, a file
// of no page: the pages and components that use its component, the
// scripts that import it. ok is false when it has none or may run
// anywhere (a component the app registers for every page, a template
// another template includes).
func (u *upstream) users(f string) ([]string, bool) {
	pr := u.c.Project
	base := strings.TrimSuffix(f, path.Ext(f))
	for _, r := range pr.App.UsingComponents {
		if r.Resolved == base {
			return nil, false
		}
	}
	var out []string
	for _, pg := range pr.Pages {
		for _, r := range pg.UsingComponents {
			if r.Resolved == base {
				if fs := pg.Files.All(); len(fs) > 0 {
					out = append(out, fs[0])
				}
				break
			}
		}
	}
	for _, cb := range slices.Sorted(maps.Keys(pr.Components)) {
		c := pr.Components[cb]
		for _, r := range c.UsingComponents {
			if r.Resolved == base {
				if fs := c.Files.All(); len(fs) > 0 {
					out = append(out, fs[0])
				}
				break
			}
		}
	}
	if un := u.c.Units[f]; un != nil && un.Script != nil {
		out = append(out, u.g.Importers(f)...)
	} else if len(out) == 0 {
		return nil, false
	}
	return out, len(out) > 0
}

// linksAsk: every string of the script at f that may open route is written
// in a function (a tap handler) that asks scope before it, with no prompt
// the user confirmed first: `await this.ensureUser(); wx.navigateTo({ url:
// '/pages/rent/rent' })`.
func (u *upstream) linksAsk(f, route, scope string) bool {
	un := u.c.Units[f]
	if un == nil || un.Script == nil {
		return false
	}
	s := un.Script
	any := false
	for _, str := range s.Strings {
		if str.IsKey || !project.Opens(str.Value, route) || project.ScriptFileRef(un.Text, str.Span.Start-1) {
			continue
		}
		fn := funcAt(s, str.Span.Start)
		if fn == "" {
			return false
		}
		asked := false
		for _, h := range u.g.From(f, fn) {
			// where the handler's own code starts the way: its call of
			// a helper, or the API call itself
			at := h.Call.NameSpan
			if len(h.Hops) > 1 {
				at = h.Hops[1].Site
			}
			if at.End <= str.Span.Start && scopeAsked(u.c, s, &h) == scope {
				asked = true
				break
			}
		}
		if !asked {
			return false
		}
		any = true
	}
	return any
}

// funcAt names the innermost named function of s whose body holds pos.
func funcAt(s *script.Facts, pos int) string {
	name, size := "", -1
	for fn, b := range s.Bodies {
		if b.Start <= pos && pos < b.End && (size < 0 || b.Len() < size || b.Len() == size && fn < name) {
			name, size = fn, b.Len()
		}
	}
	return name
}
