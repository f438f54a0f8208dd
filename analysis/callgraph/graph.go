// Package callgraph links the script facts of a project's files into one
// call graph: a page's onLoad that calls tools.getUserInfo() reaches the
// my.getAuthCode in common/js/tools.js. Each file's own graph (its
// functions, their calls to each other, the calls it cannot resolve by
// itself, its imports) comes from analysis/script; this package resolves
// those calls to the functions of other files (require, import with the
// project's path aliases, getApp() and the App object, behaviours and
// mixins, components reached through selectComponent) and walks the whole.
//
// It is incremental: a file's resolved calls and every walk are kept
// between runs, keyed by the immutable units they read, so after an edit
// only the edited file and the walks that went through it are redone.
package callgraph

import (
	"sync"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// Graph is the call graph of one project over one set of units. Cheap to
// make (see For); safe for concurrent use.
type Graph struct {
	env *rule.Env
	st  *state
}

// state is what is kept between runs for one project model.
type state struct {
	mu    sync.Mutex
	nodes map[string]*node
	// files and config say when every resolution is stale: the number
	// of units (a file added or removed) and the units of the files that
	// configure resolution (app.json, jsconfig.json, tsconfig.json).
	files  int
	config [3]*rule.Unit
	alias  *aliases
	// mods memoises module resolution (file + spec → path): it holds
	// while the file set and the aliases do.
	mods map[string]string
	// npm holds the scripts of packages under miniprogram_npm, which are
	// no units of the project (its files are not checked) but whose code
	// a page runs: read from disk when an import first names them.
	npm map[string]*rule.Unit
}

// node is one script file's resolved view.
type node struct {
	unit  *rule.Unit
	byFn  map[string][]int32 // function name → Funcs indices
	ext   [][]target         // per Facts.Ext: the functions it may call
	out   [][]int32          // per Funcs index: its Edges indices
	calls [][]int32          // per Funcs index: its platform Calls indices
	exts  [][]int32          // per Funcs index: its Ext indices
	walks map[walkKey]*walkMemo
	// rdeps are the units of the files the calls were resolved against:
	// a new text of one may define (or drop) a function called here.
	rdeps map[string]*rule.Unit
}

type target struct {
	path  string
	funcs []int32
}

var (
	cacheMu sync.Mutex
	cache   []*cached // most recent last; a few models at once (workspaces)
)

type cached struct {
	p  *project.Project
	st *state
}

const keepModels = 8

// For returns the call graph of env's project over env.Units; nil when
// env has no project model.
func For(env *rule.Env) *Graph {
	if env == nil || env.Project == nil || env.Units == nil {
		return nil
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	for i, c := range cache {
		if c.p == env.Project {
			cache = append(append(cache[:i:i], cache[i+1:]...), c)
			return &Graph{env: env, st: c.st}
		}
	}
	st := &state{nodes: map[string]*node{}}
	cache = append(cache, &cached{p: env.Project, st: st})
	if len(cache) > keepModels {
		cache = cache[1:]
	}
	return &Graph{env: env, st: st}
}

// facts returns the script facts of the file at path, nil if it is no
// script of the project.
func (g *Graph) facts(path string) *script.Facts {
	if u := g.env.Units[path]; u != nil {
		return u.Script
	}
	return nil
}

// unitAt is the unit of a project file, or of a package script read
// from miniprogram_npm. Called with st.mu held.
func (g *Graph) unitAt(path string) *rule.Unit {
	if u := g.env.Units[path]; u != nil {
		return u
	}
	return g.st.npm[path]
}

// sync drops what the units changed since the last run made stale. Called
// with st.mu held.
func (g *Graph) sync() {
	st := g.st
	cfg := [3]*rule.Unit{g.env.Units["app.json"], g.env.Units["jsconfig.json"], g.env.Units["tsconfig.json"]}
	if st.files != len(g.env.Units) || st.config != cfg || st.alias == nil {
		st.nodes = map[string]*node{}
		st.files = len(g.env.Units)
		st.config = cfg
		st.alias = readAliases(g.env)
		st.mods = map[string]string{}
	}
	if st.npm == nil {
		st.npm = map[string]*rule.Unit{}
	}
}

// node returns the resolved view of the file at path (nil if it is no
// script), rebuilding it when its unit changed. Called with st.mu held.
func (g *Graph) node(path string) *node {
	u := g.unitAt(path)
	if u == nil || u.Script == nil {
		return nil
	}
	n := g.st.nodes[path]
	if n != nil && n.unit == u && g.current(n.rdeps) {
		return n
	}
	f := u.Script
	n = &node{unit: u, byFn: map[string][]int32{}, walks: map[walkKey]*walkMemo{}, rdeps: map[string]*rule.Unit{}}
	for i := 1; i < len(f.Funcs); i++ {
		if name := f.Funcs[i].Name; name != "" {
			n.byFn[name] = append(n.byFn[name], int32(i))
		}
	}
	n.out = make([][]int32, len(f.Funcs))
	for i, e := range f.Edges {
		if int(e.From) < len(n.out) {
			n.out[e.From] = append(n.out[e.From], int32(i))
		}
	}
	n.calls = make([][]int32, len(f.Funcs))
	for i := range f.Calls {
		if c := &f.Calls[i]; c.Namespace != "" && int(c.Unit) < len(n.calls) {
			n.calls[c.Unit] = append(n.calls[c.Unit], int32(i))
		}
	}
	n.exts = make([][]int32, len(f.Funcs))
	for i := range f.Ext {
		if u := f.Ext[i].Unit; int(u) < len(n.exts) {
			n.exts[u] = append(n.exts[u], int32(i))
		}
	}
	g.st.nodes[path] = n
	n.ext = make([][]target, len(f.Ext))
	for i := range f.Ext {
		n.ext[i] = g.resolve(path, f, &f.Ext[i], n.rdeps)
	}
	return n
}

// current reports whether every unit in deps is still the project's.
// Called with st.mu held.
func (g *Graph) current(deps map[string]*rule.Unit) bool {
	for p, u := range deps {
		if g.unitAt(p) != u {
			return false
		}
	}
	return true
}
