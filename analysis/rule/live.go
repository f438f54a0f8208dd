package rule

import (
	"strings"

	"mpls/analysis/script"
)

// Liveness tells, over a project's units, whether a function of a script
// can run: whether anything calls it. One per project check (it memoizes;
// not for concurrent use).
//
// A function runs when it is top-level code (""), a lifecycle or a
// platform callback of an App/Page/Component (onLoad, onShareAppMessage:
// any method named on + capital), a method a template binds as a handler,
// a name some script string holds (observer: 'onChange'), or when a
// function that runs calls or passes its name (script.Facts.Uses, in any
// file: names are matched across files, as require()d modules are). When
// unsure it says "runs": the rules use it to stay silent about dead code.
type Liveness struct {
	env *Env
	// handlers: handler name → the templates that bind it
	handlers map[string][]string
	strs     map[string]bool
	memo     map[liveKey]int8 // 1 live, -1 dead, 2 being decided
	cycle    bool             // a function being decided was met again
}

type liveKey struct{ path, fn string }

// NewLiveness starts a liveness table over env.Units.
func NewLiveness(env *Env) *Liveness {
	return &Liveness{env: env, memo: map[liveKey]int8{}}
}

func (l *Liveness) index() {
	if l.handlers != nil {
		return
	}
	l.handlers, l.strs = map[string][]string{}, map[string]bool{}
	for p, u := range l.env.Units {
		if t := u.Template; t != nil {
			for _, b := range t.Bindings {
				if b.Handler != "" {
					l.handlers[b.Handler] = append(l.handlers[b.Handler], p)
				}
			}
		}
		if s := u.Script; s != nil {
			for _, str := range s.Strings {
				if !str.IsKey && str.Value != "" && !strings.ContainsAny(str.Value, " /.") {
					l.strs[str.Value] = true
				}
			}
		}
	}
}

// bound reports whether a template binds fn as a handler of the script u.
// A page's own template binds its page's methods: another page's template
// binding the same name calls that page's method, not this one. Templates
// that are no page's (includes, templates, components) count for all.
func (l *Liveness) bound(u *Unit, fn string) bool {
	p := l.env.Project
	route, isPage := "", false
	if u.Script.Kind == script.KindPage && p != nil {
		route, isPage = p.PageOf(u.Path)
	}
	for _, t := range l.handlers[fn] {
		if !isPage {
			return true
		}
		if r, ok := p.PageOf(t); !ok || r == route {
			return true
		}
	}
	return false
}

// Runs reports whether function fn (script.Call.Func's naming) of the
// script at path can run.
func (l *Liveness) Runs(path, fn string) bool {
	if fn == "" {
		return true
	}
	u := l.env.Units[path]
	if u == nil || u.Script == nil {
		return true
	}
	k := liveKey{path, fn}
	switch l.memo[k] {
	case 1:
		return true
	case -1:
		return false
	case 2:
		l.cycle = true
		return false // a cycle alone does not make it run
	}
	l.memo[k] = 2
	outer := l.cycle
	l.cycle = false
	live := l.decide(u, fn)
	switch {
	case live:
		l.memo[k] = 1
	case l.cycle:
		delete(l.memo, k) // dead only as far as the cycle was decided
	default:
		l.memo[k] = -1
	}
	l.cycle = outer || l.cycle
	return live
}

func (l *Liveness) decide(u *Unit, fn string) bool {
	s := u.Script
	if s.Kind != script.KindModule {
		if _, ok := s.Lifecycles[fn]; ok {
			return true
		}
		if len(fn) > 2 && strings.HasPrefix(fn, "on") && fn[2] >= 'A' && fn[2] <= 'Z' {
			return true // page events the platform calls: onShareAppMessage, onPullDownRefresh …
		}
		l.index()
		if l.bound(u, fn) {
			return true
		}
	}
	l.index()
	if l.strs[fn] {
		return true
	}
	for p, v := range l.env.Units {
		if v.Script == nil {
			continue
		}
		for _, caller := range v.Script.Uses[fn] {
			if p == u.Path && caller == fn {
				continue // recursion
			}
			if l.Runs(p, caller) {
				return true
			}
		}
	}
	return false
}
