package callgraph

import (
	"os"
	"path"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/source"
)

// aliases are the project's path aliases: app.json resolveAlias
// ("@/*": "/*") and jsconfig/tsconfig compilerOptions.paths
// ("@/*": ["src/*"], relative to baseUrl).
type aliases struct {
	from, to []string // prefixes, "to" root-relative without a leading slash
}

func readAliases(env *rule.Env) *aliases {
	a := &aliases{}
	if env.Project != nil && env.Project.App != nil {
		if ra := env.Project.App.Root().Get("resolveAlias"); ra.IsObject() {
			for _, m := range ra.Members {
				if to, ok := m.Value.AsString(); ok {
					a.add(m.Key, to, "")
				}
			}
		}
	}
	for _, name := range []string{"jsconfig.json", "tsconfig.json"} {
		u := env.Units[name]
		if u == nil || u.JSON == nil {
			continue
		}
		co := u.JSON.Get("compilerOptions")
		base, _ := co.Get("baseUrl").AsString()
		if ps := co.Get("paths"); ps.IsObject() {
			for _, m := range ps.Members {
				if to := firstString(m.Value); to != "" {
					a.add(m.Key, to, base)
				}
			}
		}
	}
	return a
}

func firstString(v *jsonv.Value) string {
	if s, ok := v.AsString(); ok {
		return s
	}
	if v.IsArray() && len(v.Items) > 0 {
		s, _ := v.Items[0].AsString()
		return s
	}
	return ""
}

func (a *aliases) add(from, to, base string) {
	from = strings.TrimSuffix(from, "*")
	to = strings.TrimSuffix(to, "*")
	to = strings.TrimPrefix(path.Join("/", base, to), "/")
	if strings.HasSuffix(from, "/") && to != "" {
		to += "/"
	}
	a.from = append(a.from, from)
	a.to = append(a.to, to)
}

// apply rewrites spec through the first alias that matches: the result is
// root-relative.
func (a *aliases) apply(spec string) (string, bool) {
	for i, f := range a.from {
		if f != "" && strings.HasPrefix(spec, f) {
			return a.to[i] + spec[len(f):], true
		}
	}
	return "", false
}

var scriptExts = []string{"", ".js", ".ts", "/index.js", "/index.ts"}

// module resolves a require/import spec written in the file at from to a
// script of the project: relative, root-absolute, aliased, a bare path
// beside the file or from the root (as WeChat tries), or a package in a
// miniprogram_npm folder of the file's folders or the root.
func (g *Graph) module(from, spec string) string {
	k := from + "\x00" + spec
	if p, ok := g.st.mods[k]; ok {
		return p
	}
	p := g.resolveModule(from, spec)
	g.st.mods[k] = p
	return p
}

func (g *Graph) resolveModule(from, spec string) string {
	spec = strings.TrimSpace(strings.ReplaceAll(spec, "\\", "/"))
	if spec == "" {
		return ""
	}
	dir := path.Dir(from)
	var tries []string
	if to, ok := g.st.alias.apply(spec); ok {
		tries = append(tries, to)
	} else if strings.HasPrefix(spec, "/") {
		tries = append(tries, strings.TrimPrefix(spec, "/"))
	} else if strings.HasPrefix(spec, ".") {
		tries = append(tries, path.Join(dir, spec))
	} else {
		tries = append(tries, path.Join(dir, spec), spec)
		for d := dir; ; d = path.Dir(d) {
			tries = append(tries, path.Join(d, "miniprogram_npm", spec))
			if d == "." || d == "/" || d == "" {
				break
			}
		}
	}
	for _, t := range tries {
		t = path.Clean(t)
		if t == ".." || strings.HasPrefix(t, "../") {
			continue
		}
		for _, e := range scriptExts {
			if u := g.env.Units[t+e]; u != nil && u.Script != nil {
				return t + e
			}
		}
		if inNpm(t) {
			for _, e := range scriptExts {
				if g.npmUnit(t+e) != nil {
					return t + e
				}
			}
		}
	}
	return ""
}

// appScript is the App's script (app.js, app.ts), "" if none.
func (g *Graph) appScript() string {
	for _, p := range []string{"app.js", "app.ts"} {
		if u := g.env.Units[p]; u != nil && u.Script != nil {
			return p
		}
	}
	return ""
}

// resolve lists the functions an unresolved call of the file at from may
// run. Called with st.mu held.
func (g *Graph) resolve(from string, f *script.Facts, e *script.ExtCall, deps map[string]*rule.Unit) []target {
	var files []string
	switch {
	case e.Object == "getApp()":
		files = append(files, g.appScript())
	case e.Object == "this":
		// a method of a behaviour or mixin the file imports
		for _, im := range f.Imports {
			if im.Spec != "getApp()" {
				files = append(files, g.module(from, im.Spec))
			}
		}
		if f.Kind == script.KindApp {
			files = nil
		}
	case strings.HasPrefix(e.Object, "this.") || e.Object == "selectComponent()":
		// this.cropper = this.selectComponent('#cropper'); this.cropper.upload()
		if e.Object == "selectComponent()" || assignedComponent(f, e.Object) {
			files = append(files, g.components(from)...)
		}
	default:
		local := e.Object
		if local == "" {
			local = e.Name
		}
		for _, im := range f.Imports {
			if im.Local != local {
				continue
			}
			if im.Spec == "getApp()" {
				files = append(files, g.appScript())
			} else {
				files = append(files, g.module(from, im.Spec))
			}
		}
	}
	var out []target
	for _, p := range files {
		if p == "" || p == from {
			continue
		}
		deps[p] = g.unitAt(p)
		n := g.node(p)
		if n == nil {
			continue
		}
		if fs := n.byFn[e.Name]; len(fs) > 0 {
			out = append(out, target{path: p, funcs: fs})
		}
	}
	return out
}

// assignedComponent: the file assigns obj (this.x) from a selectComponent
// call.
func assignedComponent(f *script.Facts, obj string) bool {
	prop := strings.TrimPrefix(obj, "this.")
	for i := range f.Assignments {
		as := &f.Assignments[i]
		if as.Prop == prop && strings.Contains(as.Value, "selectComponent(") {
			return true
		}
	}
	return false
}

// components lists the scripts of the components the page or component
// of the file at from uses (usingComponents of its json).
func (g *Graph) components(from string) []string {
	p := g.env.Project
	base := strings.TrimSuffix(from, path.Ext(from))
	var refs []string
	if route, ok := p.PageOf(from); ok {
		if pg := p.Page(route); pg != nil {
			for _, r := range pg.UsingComponents {
				refs = append(refs, r.Resolved)
			}
		}
	} else if c := p.Components[base]; c != nil {
		for _, r := range c.UsingComponents {
			refs = append(refs, r.Resolved)
		}
	}
	var out []string
	for _, r := range refs {
		if c := p.Components[r]; c != nil && c.Files.Script != "" {
			out = append(out, c.Files.Script)
		}
	}
	return out
}

func inNpm(p string) bool {
	return strings.HasPrefix(p, "miniprogram_npm/") || strings.Contains(p, "/miniprogram_npm/")
}

// maxNpmBytes bounds a package script read for the graph (a bundled
// library can be megabytes of minified code).
const maxNpmBytes = 512 << 10

// npmUnit reads, parses and analyses a package script under
// miniprogram_npm once; nil when it is not on disk or too big.
func (g *Graph) npmUnit(rel string) *rule.Unit {
	if u, ok := g.st.npm[rel]; ok {
		return u
	}
	g.st.npm[rel] = nil
	lang := parse.ByExt(rel)
	if !lang.IsScript() || g.env.Project == nil {
		return nil
	}
	abs := g.env.Project.Abs(rel)
	st, err := os.Stat(abs)
	if err != nil || st.IsDir() || st.Size() > maxNpmBytes {
		return nil
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		return nil
	}
	f := source.New(rel, lang, 0, src)
	defer f.Close()
	if f.Tree == nil {
		return nil
	}
	var ns []string
	if g.env.Namespace != "" {
		ns = []string{g.env.Namespace, "uni", "Taro"}
	}
	u := &rule.Unit{Path: rel, Lang: lang, Text: f.Text, Index: f.Index, Script: script.Analyze(f.Tree.RootNode(), f.Text, script.Options{Namespaces: ns})}
	g.st.npm[rel] = u
	return u
}
