package project

import (
	"bytes"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Orphan pages: a page app.json registers but nothing in the app opens. It
// is packaged, yet no user and no reviewer ever sees it: the entry page and
// the tab bar are how a reviewer starts, and every other page is reached by
// a navigation whose path is written somewhere (url: '/pages/a/b', a
// navigator's url, data-url="/pages/a/b", a menu list in data, a share
// path). A page whose only link is commented out is such a page. Code scans
// still read it, so the engine keeps its security findings (see engine).
//
// Judgment, to keep a page whenever it may be opened: a string literal
// outside comments, in any scanned file but the page's own, opens it when,
// without its query, it holds the route ('pages/a/b' in a config list), its
// last segments are the route's last segments (relative links resolve at
// run time against the current page, so the suffix is what can be known;
// but an absolute one-segment path, '/test', is an API endpoint or a root
// page, not the tail of pages/demo/test), it ends with '/' and is a folder
// of the route ('/pages/my/' + name), or it is the page's bare name (helpers that navigate by name:
// go('order-list')). A file reference opens nothing: a template's src or
// from, a require or import path, a path ending in a file's extension
// ('./index.sjs', '../index.js', './index.png' name files, though their
// last segment is every pages/x/index's). A project whose walk is off has
// no orphans.

type orphanState struct {
	once   sync.Once
	routes map[string]bool     // orphan page routes
	byName map[string][]string // bare page name → files that open by it
}

// OrphanPage reports whether the file at relPath belongs to a page that
// app.json registers and nothing in the app opens, with the page's route.
func (p *Project) OrphanPage(relPath string) (string, bool) {
	if p == nil || p.App == nil || p.App.File == nil {
		return "", false
	}
	rel, ok := p.Rel(relPath)
	if !ok {
		return "", false
	}
	r := p.reachSet()
	if r.off {
		return "", false
	}
	r.orphans.once.Do(func() {
		r.orphans.byName = p.byName(r)
		r.orphans.routes = p.computeOrphans(r)
	})
	if len(r.orphans.routes) == 0 {
		return "", false
	}
	route := stripExt(rel)
	if r.orphans.routes[route] {
		return route, true
	}
	return "", false
}

func (p *Project) computeOrphans(r *reach) map[string]bool {
	opened := map[string]bool{strings.TrimPrefix(p.App.EntryPage.Value, "/"): true}
	for _, t := range p.App.TabBar {
		opened[cleanRoute(t.PagePath.Value)] = true
	}
	reg := p.App.File.Path
	out := map[string]bool{}
	for _, pg := range p.Pages {
		if pg.Missing || opened[pg.Route] {
			continue
		}
		own := map[string]bool{reg: true}
		for _, f := range pg.Files.All() {
			own[f] = true
		}
		found := len(nameOpeners(r, pg.Route, own)) > 0
		for file, lits := range r.nav {
			if found {
				break
			}
			if own[file] {
				continue
			}
			for _, l := range lits {
				if strings.Contains(l, "/") && opens(l, pg.Route) {
					found = true
					break
				}
			}
		}
		if !found {
			out[pg.Route] = true
		}
	}
	return out
}

// byName maps the bare page names ('order-list') that may open a page to
// the files that write them as links. A bare name is evidence only in a
// file that names at least three registered pages by distinctive names
// (with '-', '_' or a capital: a route table, a navigator by name);
// 'item', 'list', 'test' and 'logs' are more often fields, storage keys,
// class names or template names than pages, and a file that writes such a
// word beside no route table opens nothing (the evidence is the table's
// file, not the word written anywhere else). Bare literals here are page
// names already (navOf keeps no others). app.json's own pages list
// registers every page: read as a literal (a script imports app.json) it
// opens none. But a script that imports it builds a route table (name →
// route), so the app opens pages by bare name, and any file writing a bare
// name is evidence.
func (p *Project) byName(r *reach) map[string][]string {
	reg := p.App.File.Path
	_, table := r.nav[reg]
	byName := map[string][]string{}
	for file, lits := range r.nav {
		if file == reg {
			continue
		}
		names := map[string]bool{}
		distinct := 0
		for _, l := range lits {
			if !strings.Contains(l, "/") && !names[l] {
				names[l] = true
				if strings.ContainsAny(l, "-_ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
					distinct++
				}
			}
		}
		if distinct >= 3 || table {
			for n := range names {
				byName[n] = append(byName[n], file)
			}
		}
	}
	for _, files := range byName {
		sort.Strings(files) // map order: the openers' order is stable
	}
	return byName
}

// nameOpeners are the files outside own that open route by its bare name
// (see byName). An index page is never opened by 'index'.
func nameOpeners(r *reach, route string, own map[string]bool) []string {
	var out []string
	for _, n := range routeNames(route) {
		if n == "index" {
			continue
		}
		for _, f := range r.orphans.byName[n] {
			if !own[f] && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// opens reports whether the literal l may open route: a path that names
// it, or its bare name.
func opens(l, route string) bool {
	if !strings.Contains(l, "/") {
		for _, n := range routeNames(route) {
			if l == n && n != "index" {
				return true
			}
		}
		return false
	}
	if fileLit(l) {
		return false
	}
	return strings.Contains(l, route) || opensRoute(l, route)
}

// fileLit reports whether the path literal l names a file that is no page:
// an image, a style, a script or module, data ('./index.png',
// '../../utils/index.js'). A page's route has no extension.
func fileLit(l string) bool {
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	return fileExts[strings.ToLower(path.Ext(path.Base(l)))]
}

var fileExts = map[string]bool{
	".js": true, ".ts": true, ".json": true, ".wxs": true, ".sjs": true, ".qs": true,
	".wxss": true, ".ttss": true, ".acss": true, ".css": true, ".less": true, ".scss": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true,
	".mp3": true, ".mp4": true, ".wav": true, ".aac": true,
}

// opensRoute reports whether the path literal lit may name route.
func opensRoute(lit, route string) bool {
	if i := strings.IndexAny(lit, "?#"); i >= 0 {
		lit = lit[:i]
	}
	// a folder: '/pages/my/' + name (a bare 'pages/' + id is more often
	// an API path than a route)
	folder := strings.HasSuffix(lit, "/") && (strings.HasPrefix(lit, "/") || strings.HasPrefix(lit, "."))
	var segs []string
	for _, s := range strings.Split(lit, "/") {
		if s != "" && s != "." && s != ".." {
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 {
		return false
	}
	rsegs := strings.Split(route, "/")
	if folder {
		// '/pages/my/' + name: any page below that folder
		return len(segs) < len(rsegs) && strings.Join(rsegs[:len(segs)], "/") == strings.Join(segs, "/") ||
			strings.HasSuffix("/"+path.Dir(route)+"/", "/"+strings.Join(segs, "/")+"/")
	}
	last := segs[len(segs)-1]
	last = strings.TrimSuffix(last, path.Ext(last))
	segs[len(segs)-1] = last
	if len(segs) == 1 && strings.HasPrefix(lit, "/") && len(rsegs) > 1 {
		// '/test' is a path from the root (an API endpoint, a root
		// page): it names no page deeper than one folder
		return false
	}
	if len(segs) > len(rsegs) {
		return false
	}
	return strings.Join(rsegs[len(rsegs)-len(segs):], "/") == strings.Join(segs, "/")
}

// navLiterals are the string literals of src, outside its comments, that
// may name a page: a path ('/pages/a/b', 'pages/a/b?id=', '../b/b') or a
// page's bare name ('order-list', as helpers that navigate by name take
// it), without query.
func (p *Project) navLiterals(rel string, src []byte) []string {
	return p.navOf(literals(rel, src, p.mayName))
}

func (p *Project) navOf(lits []string) []string {
	names := p.pageNames()
	var out []string
	for _, l := range lits {
		if i := strings.Index(l, "${"); i >= 0 {
			l = l[:i] // `/pages/${dir}/index`: the folder it names
		}
		if i := strings.IndexAny(l, "?#"); i >= 0 {
			l = l[:i]
		}
		if l != "" && len(l) < 300 && (strings.Contains(l, "/") || names[l]) {
			out = append(out, l)
		}
	}
	return out
}

// closeQuote is the index of the quote closing the one at i (len(src)
// when none): a script's ' and " strings end at a line break, and a
// backslash escapes in scripts.
func closeQuote(src []byte, i int, c byte, tmpl bool) int {
	n := len(src)
	j := i + 1
	for j < n {
		k := bytes.IndexByte(src[j:], c)
		if k < 0 {
			return n
		}
		if !tmpl && c != '`' {
			if nl := bytes.IndexByte(src[j:j+k], '\n'); nl >= 0 {
				return j + nl // an unclosed string ends at its line
			}
		}
		if !tmpl {
			// an odd run of backslashes before the quote escapes it
			b := 0
			for m := j + k - 1; m > i && src[m] == '\\'; m-- {
				b++
			}
			if b%2 == 1 {
				j += k + 1
				continue
			}
		}
		return j + k
	}
	return n
}

// mayName reports whether a literal may be a path or a page's bare name:
// the only literals the walk and the orphan test read.
func (p *Project) mayName(l []byte) bool {
	return bytes.IndexByte(l, '/') >= 0 || p.pageNames()[string(l)]
}

// pageNames are the bare names a page may be opened by: its file name, and
// its folder's for an index page.
func (p *Project) pageNames() map[string]bool {
	p.namesOnce.Do(func() {
		p.names = map[string]bool{}
		for _, pg := range p.Pages {
			for _, n := range routeNames(pg.Route) {
				p.names[n] = true
			}
		}
	})
	return p.names
}

func routeNames(route string) []string {
	segs := strings.Split(route, "/")
	out := []string{segs[len(segs)-1]}
	if len(segs) > 1 && (out[0] == "index" || out[0] == segs[len(segs)-2]) {
		out = append(out, segs[len(segs)-2])
	}
	return out
}

// literals are the contents of the quoted strings of src outside its
// comments: a template's attribute values (and strings in its bindings)
// outside <!-- -->, a script's '…', "…" and `…` outside // and /* */.
// A file reference is no literal a link is made of (see moduleRef).
// One pass by hand: the regular expressions it replaces were a sixth of a
// whole-corpus check.
//
// keep picks the literals worth a string (nil: all): a 3,000-line script
// has thousands, and the server reads them at every keystroke. A
// template's value without a '/' in an attribute that names no page
// (class="search", <template is="gallery">, bindtap="search") is left
// out: only the bare-name links read it (navattr.go).
func literals(rel string, src []byte, keep func([]byte) bool) []string {
	var out []string
	tmpl := KindOf(rel) == KindTemplate
	n := len(src)
	inTag := false // templates: quotes count inside a tag only
	stops := "\"'`/"
	if tmpl {
		stops = "\"'`<>"
	}
	for i := 0; i < n; i++ {
		// jump to the next byte that can start or end something
		k := bytes.IndexAny(src[i:], stops)
		if k < 0 {
			break
		}
		i += k
		c := src[i]
		if tmpl {
			if c == '<' {
				inTag = true
			} else if c == '>' {
				inTag = false
			}
		}
		switch {
		case tmpl && c == '<' && i+3 < n && src[i+1] == '!' && src[i+2] == '-' && src[i+3] == '-':
			j := bytes.Index(src[i+4:], []byte("-->"))
			if j < 0 {
				return out
			}
			i += 4 + j + 2
			inTag = false
		case !tmpl && c == '/' && i+1 < n && src[i+1] == '/':
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				return out
			}
			i += j
		case !tmpl && c == '/' && i+1 < n && src[i+1] == '*':
			j := bytes.Index(src[i+2:], []byte("*/"))
			if j < 0 {
				return out
			}
			i += 2 + j + 1
		case (c == '"' || c == '\'' || c == '`') && (!tmpl || inTag):
			j := closeQuote(src, i, c, tmpl)
			if j >= n {
				return out
			}
			lit := src[i+1 : j]
			bare := tmpl && bytes.IndexByte(lit, '/') < 0
			if (keep == nil || keep(lit)) && !(bare && !linkAttr(attrBefore(src, i))) && !moduleRef(src, i, tmpl) {
				out = append(out, string(lit))
			}
			i = j
		}
	}
	return out
}

// moduleRef reports whether the quote at i opens a file reference, which
// loads a file and opens no page: a template's src or from attribute
// (<sjs src="./index.sjs">, <import src>, <image src>) or the path of a
// script's require(…), import … from, import(…) or export … from. Read
// as links, './index.sjs' and '../index.js' end in 'index', the last
// segment of every pages/x/index, and kept each such page opened.
func moduleRef(src []byte, i int, tmpl bool) bool {
	if tmpl {
		a := strings.ToLower(attrBefore(src, i))
		return a == "src" || a == "from"
	}
	j := i - 1
	for j >= 0 && isSpace(src[j]) {
		j--
	}
	paren := j >= 0 && src[j] == '('
	if paren {
		j--
		for j >= 0 && isSpace(src[j]) {
			j--
		}
	}
	end := j + 1
	for j >= 0 && (isWordByte(src[j]) || src[j] == '.') {
		j--
	}
	switch string(src[j+1 : end]) {
	case "require", "require.async", "import":
		return true
	case "from":
		return !paren
	}
	return false
}
