package callgraph

import (
	"sort"
	"strings"

	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A page or component config built from shared objects
// (`Page({ ...shared.detailApi, data })`, `Page(Object.assign({}, base,
// {...}))`) gets their members as JavaScript copies them: in order, a
// later key hiding an earlier one. The shared object's lifecycles are the
// page's: its onLoad runs when the page loads. script.Facts.Config lists
// the config's members with its spreads; Objects, the objects a file
// defines or exports; here a spread is followed to the object it names,
// in another file (an import) or the same one.

// maxMixinDepth bounds spreads inside spread objects.
const maxMixinDepth = 4

// slot is the function a config key ends up with: in the file at path
// (fn -1 when the value is no function), brought by the spread at site
// of the start file (zero for the config's own key).
type slot struct {
	path string
	fn   int32
	site text.Span
}

// configBlocks lists the blocks of a config Facts.Config may hold, in the
// order their entries are listed.
var configBlocks = []string{"", "lifetimes", "pageLifetimes", "methods"}

// mixinEntry is an entry lifecycle a spread brings.
type mixinEntry struct {
	label string
	show  bool
	slot
}

// mixins resolves the config of the file at p (f its facts): the entry
// lifecycles its spreads bring, and the file's own entry functions a later
// spread hides (by Funcs index). Called with st.mu held.
func (g *Graph) mixins(p string, f *script.Facts) (add []mixinEntry, hidden map[int32]bool) {
	if len(f.Config) == 0 {
		return nil, nil
	}
	wins := map[string]map[string]slot{}
	for _, b := range configBlocks {
		ms, ok := f.Config[b]
		if !ok {
			continue
		}
		var order []string
		slots := map[string]slot{}
		g.flatten(p, ms, text.Span{}, 0, slots, &order)
		wins[b] = slots
		for _, k := range order {
			s := slots[k]
			if s.site.Len() == 0 || s.fn < 0 {
				continue // the config's own key: its own Funcs entry
			}
			label, entry, show := script.MixinLifecycle(f.Kind, b, k)
			if entry {
				add = append(add, mixinEntry{label: label, show: show, slot: s})
			}
		}
	}
	for i := range f.Funcs {
		fn := &f.Funcs[i]
		if !fn.Entry || fn.Lifecycle == "" {
			continue
		}
		b, k := "", fn.Lifecycle
		if j := strings.IndexByte(k, '.'); j >= 0 {
			b, k = k[:j], k[j+1:]
		}
		if s, ok := wins[b][k]; ok && (s.path != p || s.fn != int32(i)) {
			if hidden == nil {
				hidden = map[int32]bool{}
			}
			hidden[int32(i)] = true
		}
	}
	return add, hidden
}

// flatten copies the members ms of an object of the file at from into
// slots, spreads followed, later keys winning; order keeps each key's
// first appearance. site is the spread of the start file that led here
// (zero for the start file's own config).
func (g *Graph) flatten(from string, ms []script.Member, site text.Span, depth int, slots map[string]slot, order *[]string) {
	for _, m := range ms {
		if m.Mixin == nil {
			if _, ok := slots[m.Key]; !ok {
				*order = append(*order, m.Key)
			}
			slots[m.Key] = slot{path: from, fn: m.Func, site: site}
			continue
		}
		if depth >= maxMixinDepth {
			continue
		}
		t, key := g.mixinObject(from, m.Mixin)
		if t == "" {
			continue
		}
		s := site
		if s.Len() == 0 {
			s = m.Mixin.Site
		}
		g.flatten(t, g.unitAt(t).Script.Objects[key], s, depth+1, slots, order)
	}
}

// mixinObject finds the object a spread names: the file that defines it
// and its key in that file's Objects; "" when none is known. Called with
// st.mu held.
func (g *Graph) mixinObject(from string, mx *script.Mixin) (string, string) {
	u := g.unitAt(from)
	if u == nil || u.Script == nil {
		return "", ""
	}
	f := u.Script
	for _, im := range f.Imports {
		if im.Local != mx.Object || im.Spec == "getApp()" {
			continue
		}
		t := g.module(from, im.Spec)
		if t == "" || t == from {
			continue
		}
		tu := g.unitAt(t)
		if tu == nil || tu.Script == nil {
			continue
		}
		// require('./m').x is module.exports.x: an object of
		// module.exports = {...} ("default.x") or exports.x ("x"); an ES
		// default import the same, read through the interop
		var keys []string
		switch im.Name {
		case "", "default":
			keys = append(keys, script.ObjectKey("default", mx.Path))
			if len(mx.Path) > 0 {
				keys = append(keys, script.ObjectKey(mx.Path[0], mx.Path[1:]))
			}
		default:
			keys = append(keys, script.ObjectKey(im.Name, mx.Path), script.ObjectKey("default."+im.Name, mx.Path))
		}
		for _, k := range keys {
			if _, ok := tu.Script.Objects[k]; ok {
				return t, k
			}
		}
		return "", ""
	}
	if k := script.ObjectKey(mx.Object, mx.Path); f.Objects[k] != nil {
		return from, k
	}
	return "", ""
}

// Importers lists the project's scripts whose requires and imports
// resolve to the file at p, in path order.
func (g *Graph) Importers(p string) []string {
	if g == nil {
		return nil
	}
	g.st.mu.Lock()
	defer g.st.mu.Unlock()
	g.sync()
	var out []string
	for from, u := range g.env.Units {
		if u.Script == nil || from == p {
			continue
		}
		for _, im := range u.Script.Imports {
			if im.Spec != "getApp()" && g.module(from, im.Spec) == p {
				out = append(out, from)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}
