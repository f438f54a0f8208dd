package callgraph

import (
	"path"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// Hop is one function on a way through the graph, in the order they run.
type Hop struct {
	Path string // the file of the function
	Func string // its name ("onShow", "checkLogin"; "<anonymous>")
	// Site is where the hop before calls this one, in that hop's file
	// (the callee's name); zero for the first hop.
	Site text.Span
}

// Hit is a platform call a function reaches, and how.
type Hit struct {
	Path string       // the file of the call
	Call *script.Call // the call
	Hops []Hop        // from the start function to the one holding Call
	// Confirmed: a user-confirmed prompt or a consent check stands on the
	// way (at a call site, or at Call itself). Of the ways to a call the
	// walk keeps one without, when there is one.
	Confirmed bool
	// Loop: a loop, an iteration callback or a timer stands on the way.
	Loop bool
}

// Cross reports whether the way leaves the start file.
func (h *Hit) Cross() bool { return h.Path != h.Hops[0].Path }

// Leave is the call site in the start file where the way leaves it (the
// call of the first function of another file), or the call itself when
// the way stays in the start file: where a finding on the start file goes.
func (h *Hit) Leave() text.Span {
	for i := 1; i < len(h.Hops); i++ {
		if h.Hops[i].Path != h.Hops[0].Path {
			return h.Hops[i].Site
		}
	}
	return h.Call.NameSpan
}

// Words is the way for a message: "onShow → checkShop →
// utils/location.js getLocation" (a function of another file is named
// with its file).
func (h *Hit) Words() string {
	var b strings.Builder
	for i, hp := range h.Hops {
		if i > 0 {
			b.WriteString(" → ")
		}
		if hp.Path != h.Hops[0].Path && (i == 0 || h.Hops[i-1].Path != hp.Path) {
			b.WriteString(hp.Path + " ")
		}
		b.WriteString(hp.Func)
	}
	return b.String()
}

// Entry is one entry lifecycle of a file and what it reaches.
type Entry struct {
	Lifecycle string // "onLoad", "onShow", "pageLifetimes.show", "" for the top level
	Show      bool   // runs every time the page (or app) shows
	Hits      []Hit
}

// Entries lists the entry lifecycles of the file at path (a page, the
// app, a component, a module's top level) with the platform calls each
// reaches, across files.
func (g *Graph) Entries(p string) []Entry { return g.EntriesMarked(p, nil) }

// Mark judges one step of a way: the call, at site in the file at path,
// of another function (site is the callee's name, as Hop.Site). A rule
// marks the steps its finding does not take (a call only a logged-in user
// reaches): a marked step counts as a confirmed one, so the walk keeps a
// way without one to each call when there is one, and Hit.Confirmed says
// when there is none.
type Mark func(path string, site text.Span) bool

// EntriesMarked is Entries with the steps mark judges counted as
// confirmed. Not memoised when mark is non-nil; mark runs with the graph
// locked and must not call it.
func (g *Graph) EntriesMarked(p string, mark Mark) []Entry {
	if g == nil {
		return nil
	}
	f := g.facts(p)
	if f == nil {
		return nil
	}
	var add []mixinEntry
	var hidden map[int32]bool
	if len(f.Config) > 0 {
		g.st.mu.Lock()
		g.sync()
		add, hidden = g.mixins(p, f)
		g.st.mu.Unlock()
	}
	var out []Entry
	for i := range f.Funcs {
		fn := &f.Funcs[i]
		if !fn.Entry || strings.HasPrefix(fn.Lifecycle, "methods.") && !g.isPage(p) || hidden[int32(i)] {
			// methods.onLoad is a lifecycle only of a Component used as a
			// page; in a component it is a handler like any other. A
			// lifecycle a later spread replaces never runs.
			continue
		}
		out = append(out, Entry{Lifecycle: fn.Lifecycle, Show: fn.Show, Hits: g.from(p, int32(i), mark)})
	}
	for _, m := range add {
		if strings.HasPrefix(m.label, "methods.") && !g.isPage(p) {
			continue
		}
		hits := g.from(m.path, m.fn, mark)
		if m.path != p {
			// the way starts at the page: its lifecycle is the spread
			// object's function, copied in at the spread
			way := make([]Hit, len(hits))
			for j, h := range hits {
				hops := make([]Hop, 0, len(h.Hops)+1)
				hops = append(hops, Hop{Path: p, Func: m.label})
				hops = append(hops, h.Hops...)
				hops[1].Site = m.site
				h.Hops = hops
				way[j] = h
			}
			hits = way
		}
		out = append(out, Entry{Lifecycle: m.label, Show: m.show, Hits: hits})
	}
	return out
}

func (g *Graph) isPage(p string) bool {
	_, ok := g.env.Project.PageOf(p)
	return ok
}

// From lists the platform calls the functions named fn of the file at p
// reach (a tap handler, a helper), across files.
func (g *Graph) From(p, fn string) []Hit {
	if g == nil {
		return nil
	}
	f := g.facts(p)
	if f == nil {
		return nil
	}
	var out []Hit
	for i := 1; i < len(f.Funcs); i++ {
		if f.Funcs[i].Name == fn {
			out = append(out, g.from(p, int32(i), nil)...)
		}
	}
	return out
}

// Reaching lists the ways from the entry lifecycles of every page, the
// app and every component to the platform call at span of the file at p:
// which entry points reach this call, with the way. Empty when only taps
// (or nothing) reach it.
func (g *Graph) Reaching(p string, span text.Span) []Hit {
	if g == nil {
		return nil
	}
	var out []Hit
	for _, start := range g.starts() {
		for _, e := range g.Entries(start) {
			for _, h := range e.Hits {
				if h.Path == p && h.Call.Span == span {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// starts are the files whose lifecycles run by themselves: the app, the
// pages and the components.
func (g *Graph) starts() []string {
	pr := g.env.Project
	var out []string
	if a := g.appScript(); a != "" {
		out = append(out, a)
	}
	for _, pg := range pr.Pages {
		if pg.Files.Script != "" {
			out = append(out, pg.Files.Script)
		}
	}
	for _, c := range pr.Components {
		if c.Files.Script != "" {
			out = append(out, c.Files.Script)
		}
	}
	return out
}

type walkKey struct{ fn int32 }

// walkMemo is a walk's result and the units it read.
type walkMemo struct {
	hits []Hit
	deps map[string]*rule.Unit
}

// maxStates bounds one walk.
const maxStates = 20000

type wstate struct {
	path       string
	fn         int32
	conf, loop bool
	prev       int32
	site       text.Span
}

// from walks from function fn of the file at p; mark, when non-nil, judges
// the steps (see Mark) and the walk is not memoised.
func (g *Graph) from(p string, fn int32, mark Mark) []Hit {
	g.st.mu.Lock()
	defer g.st.mu.Unlock()
	g.sync()
	start := g.node(p)
	if start == nil {
		return nil
	}
	if m := start.walks[walkKey{fn}]; mark == nil && m != nil && g.current(m.deps) {
		return m.hits
	}
	marked := func(path string, site text.Span) bool { return mark != nil && mark(path, site) }
	m := &walkMemo{deps: map[string]*rule.Unit{}}
	type vkey struct {
		path string
		fn   int32
		conf bool
	}
	seen := map[vkey]bool{}
	states := []wstate{{path: p, fn: fn, prev: -1}}
	seen[vkey{p, fn, false}] = true
	found := map[*script.Call]int{}
	push := func(s wstate) {
		k := vkey{s.path, s.fn, s.conf}
		if seen[k] || len(states) >= maxStates {
			return
		}
		if !s.conf && seen[vkey{s.path, s.fn, true}] {
			// an unconfirmed way to a function reached before only
			// behind a prompt: walk it again, it reports more
		} else if s.conf && seen[vkey{s.path, s.fn, false}] {
			return
		}
		seen[k] = true
		states = append(states, s)
	}
	for i := 0; i < len(states); i++ {
		s := states[i]
		n := g.node(s.path)
		if n == nil {
			continue
		}
		m.deps[s.path] = n.unit
		for k, v := range n.rdeps {
			m.deps[k] = v
		}
		f := n.unit.Script
		if int(s.fn) >= len(n.calls) {
			continue
		}
		// Functions in the App/Page/Component object that are no units of
		// their own (onTap: throttle(function () {…})) belong to the top
		// level, but run when their handler does, not on load.
		cfg := f.ConfigSpan
		inCfg := func(sp text.Span) bool {
			return s.fn == 0 && cfg.Len() > 0 && cfg.Start <= sp.Start && sp.End <= cfg.End
		}
		for _, ci := range n.calls[s.fn] {
			c := &f.Calls[ci]
			if inCfg(c.Span) {
				continue
			}
			conf := s.conf || c.LocalConfirmed
			if j, ok := found[c]; ok {
				if !m.hits[j].Confirmed || conf {
					continue
				}
				m.hits[j] = g.hit(states, int32(i), s.path, c, conf, s.loop || c.LocalLoop)
				continue
			}
			found[c] = len(m.hits)
			m.hits = append(m.hits, g.hit(states, int32(i), s.path, c, conf, s.loop || c.LocalLoop))
		}
		for _, ei := range n.out[s.fn] {
			e := &f.Edges[ei]
			if inCfg(e.Site) {
				continue
			}
			push(wstate{path: s.path, fn: e.To, conf: s.conf || e.Confirmed || marked(s.path, e.Site), loop: s.loop || e.Loop, prev: int32(i), site: e.Site})
		}
		for _, xi := range n.exts[s.fn] {
			x := &f.Ext[xi]
			if inCfg(x.Span) {
				continue
			}
			xconf := s.conf || x.LocalConfirmed || len(n.ext[xi]) > 0 && marked(s.path, x.NameSpan)
			for _, t := range n.ext[xi] {
				for _, tf := range t.funcs {
					push(wstate{path: t.path, fn: tf, conf: xconf, loop: s.loop || x.LocalLoop, prev: int32(i), site: x.NameSpan})
				}
			}
		}
	}
	if mark == nil {
		start.walks[walkKey{fn}] = m
	}
	return m.hits
}

func (g *Graph) hit(states []wstate, at int32, p string, c *script.Call, conf, loop bool) Hit {
	var rev []Hop
	for i := at; i >= 0; i = states[i].prev {
		s := states[i]
		rev = append(rev, Hop{Path: s.path, Func: g.funcName(s.path, s.fn), Site: s.site})
	}
	hops := make([]Hop, len(rev))
	for i := range rev {
		hops[i] = rev[len(rev)-1-i]
	}
	return Hit{Path: p, Call: c, Hops: hops, Confirmed: conf, Loop: loop}
}

func (g *Graph) funcName(p string, fn int32) string {
	var f *script.Facts
	if u := g.unitAt(p); u != nil {
		f = u.Script
	}
	if f == nil || int(fn) >= len(f.Funcs) {
		return "<anonymous>"
	}
	x := &f.Funcs[fn]
	switch {
	case x.Lifecycle != "":
		return x.Lifecycle
	case fn == 0:
		return path.Base(p)
	case x.Name != "":
		return x.Name
	}
	return "<anonymous>"
}
