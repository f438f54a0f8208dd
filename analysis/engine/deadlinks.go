package engine

import (
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// deadLinks finds pages whose every link is a navigation in a function
// nothing calls (a method no template binds and no code calls), sits in
// the branch of a role test that only staff accounts take (`if (role ===
// 'admin')`, script.StringLit.Staff), or in a case of a menu handler's
// switch over data-tag that no element of the page's template supplies
// (the row commented out, see unsuppliedCase), or in a method only
// elements under a staff condition bind (wx:if="{{isAdmin}}", see
// staffBound; a menu row drawn from data, bindtap="{{item.go}}", that
// only a staff flag shows, see staffMenu): like an orphan page, no
// user a reviewer tests as reaches it. A row's handler name (go: 'admin')
// and a request's server path (host + '/admin/') are no links. Anything
// else that may open the page — a template's url, a route in data, a
// string handed to a helper — keeps it. Decided lazily, only for pages that have findings.
type deadLinks struct {
	env  *rule.Env
	on   bool // the env holds the project's units, not one file's
	live *rule.Liveness
	memo map[string]bool
	busy map[string]bool // routes being decided (pages that open each other)
	// users: components' users (componentOnly), built when first asked
	users map[string][]compUser
}

var navAPIs = map[string]bool{"navigateTo": true, "redirectTo": true, "reLaunch": true, "switchTab": true}

// netAPIs take a server's address: a string given to one opens no page.
var netAPIs = map[string]bool{"request": true, "uploadFile": true, "downloadFile": true, "connectSocket": true}

// only reports whether the page the file at path belongs to is opened only
// from code that never runs.
func (d *deadLinks) only(path string) bool {
	if !d.on {
		return false
	}
	route, files, ok := d.env.Project.PageOpeners(path)
	if !ok {
		return false
	}
	if v, ok := d.memo[route]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = map[string]bool{}
		d.busy = map[string]bool{}
		d.live = rule.NewLiveness(d.env)
	}
	if d.busy[route] {
		return false // a cycle of links: not decided by it
	}
	d.busy[route] = true
	v := d.decide(route, files)
	delete(d.busy, route)
	d.memo[route] = v
	return v
}

func (d *deadLinks) decide(route string, files []string) bool {
	for _, file := range files {
		if d.unseenPage(file) {
			continue // the link is on a page no user reaches
		}
		u := d.env.Units[file]
		if u == nil || u.Script == nil {
			return false // a template, a config, a file not loaded: may open it
		}
		s := u.Script
		seen, tabOnly, notLink := false, false, false
		for _, str := range s.Strings {
			if str.IsKey || !project.Opens(str.Value, route) || project.ScriptFileRef(u.Text, str.Span.Start-1) {
				continue
			}
			if handlerName(d.env, file, s, str) || netAPIs[str.Arg] {
				// a row's handler name (go: 'admin' for
				// bindtap="{{item.go}}") or a server's path (url: host +
				// '/admin/'): no page's route
				notLink = true
				continue
			}
			if str.Arg == "switchTab" {
				// switchTab opens tab pages only, and PageOpeners asks of
				// no tab page: a custom tab bar's `/pages/${name}/index`
				tabOnly = true
				continue
			}
			if fn := caseLabelOf(s, str.Span); fn != "" && d.unsuppliedCase(file, fn, str.Span) {
				continue // case 'team': a value compared in a case no element supplies
			}
			seen = true
			if str.Staff {
				continue // a link only staff accounts see (a role's branch)
			}
			if !navAPIs[str.Arg] || str.Call < 0 || str.Call >= len(s.Calls) {
				return false
			}
			fn := s.Calls[str.Call].Func
			if d.live.Runs(file, fn) && !afterReturn(u.Text, s, fn, str.Span.Start) && !d.unsuppliedCase(file, fn, str.Span) && !d.staffBound(file, fn) {
				return false
			}
		}
		if !seen && !tabOnly && !notLink {
			return false // written in a way we do not read as one string
		}
	}
	return true
}

// unseenPage reports whether file belongs to a page itself opened only
// from code that never runs. An orphan page does not count: no literal
// names it, but a link the server sends may (a menu from the backend), so
// what it opens stays reached.
func (d *deadLinks) unseenPage(file string) bool {
	if _, ok := d.env.Project.PageOf(file); !ok {
		return false
	}
	return d.only(file)
}

// afterReturn reports whether pos, in function fn of the script, follows
// a return that always runs: a return statement directly in the
// function's body, not the branch of an if/else/loop (toast('敬请期待');
// return; navigateTo(…) left below it).
func afterReturn(src []byte, s *script.Facts, fn string, pos int) bool {
	body, ok := s.Bodies[fn]
	if !ok || body.End > len(src) || pos > body.End {
		return false
	}
	skip := func(i int) int { // the end of a comment or string holding i, or -1
		for _, c := range s.Comments {
			if c.Span.Start <= i && i < c.Span.End {
				return c.Span.End
			}
		}
		for _, st := range s.Strings {
			if st.Span.Start <= i && i < st.Span.End {
				return st.Span.End
			}
		}
		return -1
	}
	depth := 0
	for i := body.Start; i < pos; i++ {
		if j := skip(i); j > i {
			i = j - 1
			continue
		}
		switch src[i] {
		case '{':
			depth++
		case '}':
			depth--
		case 'r':
			if depth == 1 && word(src, i, "return") && !branch(src, i) {
				// `return new Promise(resolve => { … navigateTo(…) })`:
				// the navigation is part of what is returned, so it runs
				return !returns(src, i+len("return"), pos, skip)
			}
		}
	}
	return false
}

// returns reports whether pos lies inside the expression of the return
// statement whose keyword ends at from: inside a bracket opened after the
// keyword, before the statement ends (a ';' or a line break outside
// brackets that does not continue the expression, or the closing brace
// of the block around it).
func returns(src []byte, from, pos int, skip func(int) int) bool {
	nest := 0
	last := byte(0) // the last character that is not a space since the keyword
	for i := from; i < pos && i < len(src); i++ {
		if j := skip(i); j > i {
			i, last = j-1, '"'
			continue
		}
		c := src[i]
		switch c {
		case '(', '[', '{':
			nest++
		case ')', ']', '}':
			if nest--; nest < 0 {
				return false
			}
		case ';':
			if nest == 0 {
				return false
			}
		case '\n':
			if nest == 0 && !continues(src, i, last) {
				return false
			}
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			last = c
		}
	}
	return nest > 0
}

// continues reports whether the line break at i, outside brackets in a
// return statement, leaves the expression open: the line ends with an
// operator, or the next line starts with one (`.then(…)`, `? a : b`). A
// bare `return` before a break returns nothing (last is 0).
func continues(src []byte, i int, last byte) bool {
	if last == 0 {
		return false
	}
	if strings.IndexByte("+-*/%=&|?:,.<>!~^", last) >= 0 {
		return true
	}
	for j := i + 1; j < len(src); j++ {
		switch c := src[j]; c {
		case ' ', '\t', '\r', '\n':
			continue
		default:
			return strings.IndexByte(".+-*/%=&|?:,<>^", c) >= 0
		}
	}
	return false
}

// word reports whether src holds the whole word w at i.
func word(src []byte, i int, w string) bool {
	if i+len(w) > len(src) || string(src[i:i+len(w)]) != w {
		return false
	}
	ident := func(b byte) bool {
		return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	return (i == 0 || !ident(src[i-1])) && (i+len(w) == len(src) || !ident(src[i+len(w)]))
}

// branch reports whether the statement at i is the unbraced body of an
// if, else, for or while: what comes before it is such a head.
func branch(src []byte, i int) bool {
	j := i - 1
	for j >= 0 && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n' || src[j] == '\r') {
		j--
	}
	if j >= 3 && word(src, j-3, "else") {
		return true
	}
	if j < 0 || src[j] != ')' {
		return false
	}
	depth := 0
	for ; j >= 0; j-- {
		switch src[j] {
		case ')':
			depth++
		case '(':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	k := j - 1
	for k >= 0 && (src[k] == ' ' || src[k] == '\t') {
		k--
	}
	for _, w := range []string{"if", "for", "while"} {
		if k-len(w)+1 >= 0 && word(src, k-len(w)+1, w) {
			return true
		}
	}
	return false
}

// Unseeable reports whether f is a finding seenOnly leaves out on a page
// no user reaches (security findings and whole-project ones stay).
func (e *Engine) Unseeable(f rule.Finding) bool {
	r := e.known[f.Rule]
	return !(r != nil && r.Whole || strings.HasPrefix(f.Rule, "security/") || f.Rule == InternalError.ID)
}
