package project

import (
	"path"
	"strings"
)

// FileSet is the files of a page or component (root-relative, "" if
// absent).
type FileSet struct {
	Template string
	Script   string
	JSON     string
	Style    string
}

// All lists the files present.
func (fs FileSet) All() []string {
	var out []string
	for _, f := range []string{fs.Template, fs.Script, fs.JSON, fs.Style} {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Page is one route of app.json and its files.
type Page struct {
	Route string
	// Ref is the page string in app.json.
	Ref   Ref
	Files FileSet
	// Config is the page's .json, nil if absent.
	Config *JSONFile
	// NavigationBarTitleText is the page json's navigationBarTitleText
	// (Alipay: defaultTitle), nil if absent.
	NavigationBarTitleText *Ref
	// UsingComponents of the page json, resolved where possible.
	UsingComponents []ComponentRef
	// Subpackage is the root of the page's subpackage, "" for the main one.
	Subpackage string
	// Missing: none of the page's files exist.
	Missing bool
}

// Components returns the resolved components the page uses directly.
func (pg *Page) Components(p *Project) []*Component {
	var out []*Component
	for _, r := range pg.UsingComponents {
		if c := p.Components[r.Resolved]; c != nil {
			out = append(out, c)
		}
	}
	return out
}

// Component is a custom component reached through usingComponents.
type Component struct {
	// Path is the base path (root-relative, no extension).
	Path            string
	Files           FileSet
	Config          *JSONFile
	UsingComponents []ComponentRef
}

// resolvePages fills Pages and Components from App.
func (p *Project) resolvePages() {
	if p.App == nil {
		return
	}
	seen := map[string]bool{}
	subOf := func(route string) string {
		for _, s := range p.App.Subpackages {
			root := cleanRoute(s.Root.Value)
			if root != "" && (route == root || strings.HasPrefix(route, root+"/")) {
				return root
			}
		}
		return ""
	}
	for _, r := range p.App.Pages {
		if r.Value == "" || seen[r.Value] {
			continue
		}
		seen[r.Value] = true
		pg := &Page{Route: r.Value, Ref: r, Subpackage: subOf(r.Value)}
		pg.Files = p.fileSet(r.Value)
		pg.Missing = len(pg.Files.All()) == 0
		if pg.Files.JSON != "" {
			pg.Config = p.readJSON(p.Abs(pg.Files.JSON))
			if pg.Config != nil {
				w := pg.Config.Value
				pg.NavigationBarTitleText = titleOf(w)
				pg.UsingComponents = componentRefs(w.Get("usingComponents"))
			}
		}
		for _, f := range pg.Files.All() {
			p.byBase[stripExt(f)] = pg.Route
		}
		p.byBase[pg.Route] = pg.Route
		p.Pages = append(p.Pages, pg)
	}
	// Components: app-level ones, then each page's, then theirs.
	p.App.UsingComponents = p.resolveRefs(".", p.App.UsingComponents)
	for _, pg := range p.Pages {
		pg.UsingComponents = p.resolveRefs(path.Dir(pg.Route), pg.UsingComponents)
	}
}

// resolveRefs resolves usingComponents entries written in a json whose
// folder is dir (root-relative), loading each component once.
func (p *Project) resolveRefs(dir string, refs []ComponentRef) []ComponentRef {
	for i := range refs {
		r := &refs[i]
		if r.Plugin {
			continue
		}
		base, lib := p.resolveComponent(dir, r.Path.Value)
		if lib {
			r.Library = true
			continue
		}
		if base == "" {
			continue
		}
		r.Resolved = base
		if _, done := p.Components[base]; done {
			continue
		}
		c := &Component{Path: base, Files: p.fileSet(base)}
		p.Components[base] = c
		for _, f := range c.Files.All() {
			p.compBases[stripExt(f)] = true
		}
		if c.Files.JSON != "" {
			c.Config = p.readJSON(p.Abs(c.Files.JSON))
			if c.Config != nil {
				c.UsingComponents = componentRefs(c.Config.Value.Get("usingComponents"))
			}
		}
		c.UsingComponents = p.resolveRefs(path.Dir(base), c.UsingComponents)
	}
	return refs
}

// resolveComponent finds the base path of a usingComponents value written
// in folder dir: "/x" from the root, "./x" and "../x" from dir, and a bare
// "x" from dir, then from the root, then as an npm package. lib is true
// when it lands in miniprogram_npm or node_modules.
func (p *Project) resolveComponent(dir, value string) (base string, lib bool) {
	v := strings.TrimSpace(strings.ReplaceAll(value, "\\", "/"))
	if v == "" || strings.Contains(v, "://") {
		return "", false
	}
	var cands []string
	switch {
	case strings.HasPrefix(v, "/"):
		cands = []string{path.Clean(strings.TrimPrefix(v, "/"))}
	case strings.HasPrefix(v, "./") || strings.HasPrefix(v, "../"):
		cands = []string{path.Join(dir, v)}
	default:
		cands = []string{path.Join(dir, v), path.Clean(v)}
	}
	for _, c := range cands {
		if c == ".." || strings.HasPrefix(c, "../") {
			continue
		}
		if b := p.componentBase(c); b != "" {
			return b, false
		}
	}
	if !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, ".") {
		// npm: miniprogram_npm/<v> in dir or any folder above, or the root.
		d := dir
		for {
			for _, nm := range []string{"miniprogram_npm", "node_modules"} {
				if b := p.componentBase(path.Join(d, nm, v)); b != "" {
					return b, true
				}
			}
			if d == "." || d == "" || d == "/" {
				break
			}
			d = path.Dir(d)
		}
	}
	return "", false
}

// componentBase returns base if base.<template|script|json> exists, or
// base/index if that does; "" otherwise.
func (p *Project) componentBase(base string) string {
	for _, b := range []string{base, path.Join(base, "index")} {
		if p.hasAny(b) {
			return b
		}
	}
	return ""
}

func (p *Project) hasAny(base string) bool {
	for _, e := range append([]string{".json", ".js", ".ts"}, TemplateExts...) {
		if fileExists(p.Abs(base + e)) {
			return true
		}
	}
	return false
}

// fileSet finds a page's or component's files by base path.
func (p *Project) fileSet(base string) FileSet {
	var fs FileSet
	pick := func(exts ...string) string {
		for _, e := range exts {
			if fileExists(p.Abs(base + e)) {
				return base + e
			}
		}
		return ""
	}
	tmpl := append([]string{p.Platform.TemplateExt()}, TemplateExts...)
	fs.Template = pick(tmpl...)
	// page.ts is the source when tsc wrote page.js beside it (Files
	// leaves such a .js out).
	fs.Script = pick(".ts", ".js")
	fs.JSON = pick(".json")
	fs.Style = pick(append([]string{p.Platform.StyleExt()}, StyleExts...)...)
	return fs
}
