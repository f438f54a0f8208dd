package project

import (
	"bytes"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The files the built app uses. The platforms' compilers (WeChat's with its
// default "filter unused files") package only what app.json reaches: its
// pages and subpackages, the components their usingComponents name, the
// templates and modules those templates import or include, and the scripts
// the scripts require. A page left out of app.json, a stale copy of a
// folder or a component nobody names never reaches a user or a reviewer, so
// a finding there is noise. When a reference cannot be followed (a dynamic
// require, a target that is not on disk, an alias) the files it might reach
// are kept: dropping a used file would hide a true finding.

// reach is the result of the walk, computed once per model.
type reach struct {
	off   bool            // no app.json pages to start from: every file counts
	files map[string]bool // root-relative paths reached
	bases map[string]bool // page/component bases (no extension): every file of them
	// keep holds folders (prefix "dir/"; "" is the root) whose files of
	// some kinds are kept whole: what a reference we cannot follow (a
	// missing target, a computed require) might reach.
	keep map[string]kinds
	// refs are the references each scanned file made (refsOf), to tell
	// whether a new text of it changes the walk.
	refs map[string]string
	// nav holds the path literals each scanned file writes outside its
	// comments: where its navigation may go (orphan.go).
	nav     map[string][]string
	orphans orphanState
}

// kinds is a set of file kinds, one bit per Kind.
type kinds uint8

const (
	kTemplate kinds = 1 << iota // templates and template modules (wxs, sjs)
	kScript                     // scripts (js, ts) loaded by require/import
	kConfig                     // a page's or component's files loaded by path
	kAll      kinds = 0xff
)

// kindBits is the kind of rel for keep. A script beside a template nobody
// reaches is an unregistered page's or component's, which the framework
// loads by its path (Page(), Component()), never by a require, so a
// computed require does not keep it; beside a reached template it may be
// the template's helper module, and it does.
func (p *Project) kindBits(r *reach, rel string) kinds {
	switch {
	case KindOf(rel) == KindTemplate || isModuleScript(rel):
		return kTemplate
	case KindOf(rel) == KindScript:
		if t := p.templateOf(stripExt(rel)); t == "" || r.files[t] {
			return kScript
		}
	}
	return kConfig
}

// keepDir keeps the files of kinds k under folder dir ("." the root).
func (r *reach) keepDir(dir string, k kinds) {
	d := dir
	if d == "." || d == "" {
		d = ""
	} else {
		d = strings.TrimSuffix(d, "/") + "/"
	}
	r.keep[d] |= k
}

type reachState struct {
	once sync.Once
	r    *reach
}

// Uses reports whether the built app uses the file at relPath (absolute or
// root-relative). It is true for every file of a project without app.json
// (a loose folder, a lone file, a mini-game), for app and project
// configuration, and for any file a reference we cannot follow might reach.
func (p *Project) Uses(relPath string) bool {
	if p == nil {
		return true
	}
	rel, ok := p.Rel(relPath)
	if !ok {
		return true
	}
	r := p.reachSet()
	if r.off || r.files[rel] || r.bases[stripExt(rel)] {
		return true
	}
	kb := p.kindBits(r, rel)
	for d, k := range r.keep {
		if k&kb != 0 && strings.HasPrefix(rel, d) {
			return true
		}
	}
	switch KindOf(rel) {
	case KindTemplate:
		return false
	case KindScript:
		return false
	case KindJSON:
		// Only a page's or component's config can be unused: other JSON
		// (package.json, sitemap.json, data) is read by tools or code.
		return !p.hasTemplate(stripExt(rel))
	}
	return true
}

// hasTemplate: base is a page or component (a template beside it).
func (p *Project) hasTemplate(base string) bool { return p.templateOf(base) != "" }

// templateOf is the template file of base, "" if there is none.
func (p *Project) templateOf(base string) string {
	for _, e := range TemplateExts {
		if fileExists(p.Abs(base + e)) {
			return base + e
		}
	}
	return ""
}

func isModuleScript(rel string) bool {
	e := extOf(rel)
	return e == ".wxs" || e == ".sjs" || e == ".qs" || strings.HasSuffix(rel, ".filter.js")
}

func (p *Project) reachSet() *reach {
	p.reachState.once.Do(func() { p.reachState.r = p.computeReach() })
	return p.reachState.r
}

// walker state for computeReach.
type reacher struct {
	p     *Project
	r     *reach
	queue []string
}

func (p *Project) computeReach() *reach {
	r := &reach{files: map[string]bool{}, bases: map[string]bool{}, keep: map[string]kinds{}, refs: map[string]string{}, nav: map[string][]string{}}
	if p.App == nil || p.App.File == nil || p.IsGame || len(p.App.Pages) == 0 {
		r.off = true
		return r
	}
	w := &reacher{p: p, r: r}
	w.base("app")
	for _, f := range projectFiles {
		r.files[f] = true
	}
	r.files["mpls.json"] = true
	for _, pg := range p.Pages {
		w.base(pg.Route)
		w.components(path.Dir(pg.Route), pg.UsingComponents, pg.Config)
	}
	w.components(".", p.App.UsingComponents, nil)
	root := p.App.Root()
	if tb := root.Get("tabBar"); tb.IsObject() {
		if c, _ := tb.Get("custom").AsBool(); c {
			w.component(".", "/custom-tab-bar/index")
		}
	}
	if wk := root.Get("workers"); wk != nil {
		dir, ok := wk.AsString()
		if !ok {
			dir, _ = wk.Get("path").AsString()
		}
		if d := cleanRoute(dir); d != "" {
			r.keepDir(d, kAll)
		}
	}
	if pl := root.Get("plugins"); pl.IsObject() {
		for _, m := range pl.Members {
			if ex, ok := m.Value.Get("export").AsString(); ok {
				w.script(".", ex)
			}
		}
	}
	for _, key := range []string{"subpackages", "subPackages"} {
		if sp := root.Get(key); sp.IsArray() {
			for _, it := range sp.Items {
				rt, _ := it.Get("root").AsString()
				if e, ok := it.Get("entry").AsString(); ok {
					w.script(cleanRoute(rt), "./"+strings.TrimPrefix(e, "./"))
				}
			}
		}
	}
	if pc := p.ProjectConfig; pc != nil {
		for _, k := range []string{"pluginRoot", "cloudfunctionRoot"} {
			if v, ok := pc.Value.Get(k).AsString(); ok && p.ConfigDir != "" {
				if rel, ok := p.Rel(p.ConfigDir + "/" + v); ok {
					r.keepDir(rel, kAll)
				}
			}
		}
	}
	for len(w.queue) > 0 {
		f := w.queue[0]
		w.queue = w.queue[1:]
		w.scan(f)
	}
	return r
}

// base marks every file of a page or component base and queues its
// template and script for scanning.
func (w *reacher) base(b string) {
	if b == "" || w.r.bases[b] {
		return
	}
	w.r.bases[b] = true
	for _, e := range append(append([]string{".js", ".ts"}, TemplateExts...), ModuleExts...) {
		if fileExists(w.p.Abs(b + e)) {
			w.add(b + e)
		}
	}
}

// add marks a file reached and queues it once.
func (w *reacher) add(rel string) {
	if w.r.files[rel] {
		return
	}
	w.r.files[rel] = true
	w.queue = append(w.queue, rel)
}

// components marks the resolved usingComponents (the model loaded those
// and theirs), keeps the folders of the ones not found, and follows
// componentGenerics defaults.
func (w *reacher) components(dir string, refs []ComponentRef, cfg *JSONFile) {
	for _, ref := range refs {
		w.componentRef(dir, ref)
	}
	if cfg != nil {
		if g := cfg.Value.Get("componentGenerics"); g.IsObject() {
			for _, m := range g.Members {
				if d, ok := m.Value.Get("default").AsString(); ok {
					w.component(dir, d)
				}
			}
		}
	}
}

func (w *reacher) componentRef(dir string, ref ComponentRef) {
	switch {
	case ref.Plugin || ref.Library:
		return
	case ref.Resolved != "":
		if w.r.bases[ref.Resolved] {
			return
		}
		w.base(ref.Resolved)
		if c := w.p.Components[ref.Resolved]; c != nil {
			w.components(path.Dir(c.Path), c.UsingComponents, c.Config)
		}
	default:
		w.missing(dir, ref.Path.Value, kAll)
	}
}

// component resolves a component path the model did not load (custom
// tab bar, generics) and follows it, without touching the model (other
// goroutines read it).
func (w *reacher) component(dir, value string) {
	base, lib := w.p.resolveComponent(dir, value)
	switch {
	case lib:
		return
	case base == "":
		w.missing(dir, value, kAll)
		return
	case w.r.bases[base]:
		return
	}
	if c := w.p.Components[base]; c != nil {
		w.componentRef(dir, ComponentRef{Resolved: base})
		return
	}
	w.base(base)
	if f := w.p.fileSet(base).JSON; f != "" {
		if cfg := w.p.readJSON(w.p.Abs(f)); cfg != nil {
			if uc := cfg.Value.Get("usingComponents"); uc.IsObject() {
				for _, m := range uc.Members {
					if v, ok := m.Value.AsString(); ok && !strings.Contains(v, "://") {
						w.component(path.Dir(base), v)
					}
				}
			}
			w.components(path.Dir(base), nil, cfg)
		}
	}
}

// missing keeps the folder a reference points into, for the kinds k the
// target could reach: it is not on disk (a vendored library left out, a
// build step), and what it would reach is unknown. A bare name is a
// package, unless it looks like an alias.
func (w *reacher) missing(dir, value string, k kinds) {
	v := strings.TrimSpace(strings.ReplaceAll(value, "\\", "/"))
	switch {
	case strings.Contains(v, "{{"):
		w.r.keepDir("", k)
		return
	case v == "" || strings.Contains(v, "://"):
		return
	}
	var target string
	switch {
	case strings.HasPrefix(v, "/"):
		target = path.Clean(strings.TrimPrefix(v, "/"))
	case strings.HasPrefix(v, "./"), strings.HasPrefix(v, "../"):
		target = path.Join(dir, v)
	default:
		if looksAlias(v) {
			w.r.keepDir("", k)
		}
		return // a package: miniprogram_npm is not the app's own code
	}
	d := path.Dir(target)
	if d == ".." || strings.HasPrefix(d, "../") {
		d = "."
	}
	w.r.keepDir(d, k)
}

// looksAlias: "@/x", "~/x", "#x" or a path alias from app.json
// resolveAlias, which a package name cannot be.
func looksAlias(v string) bool {
	return strings.HasPrefix(v, "@/") || strings.HasPrefix(v, "~") || strings.HasPrefix(v, "#") || strings.HasPrefix(v, "@@")
}

// ModuleExts are the template module script extensions (wxs, sjs, qs).
var ModuleExts = []string{".wxs", ".sjs", ".qs"}

var (
	// <import src>, <include src>, <wxs src>, <sjs src>, <qs src>,
	// <import-sjs from|src>, <filter src>.
	tmplRefRe = regexp.MustCompile(`(?is)<\s*(import|include|wxs|sjs|qs|import-sjs|filter)\b[^>]*?\b(?:src|from)\s*=\s*("[^"]*"|'[^']*')`)
	// require(…) and require.async(…): the argument up to the first ')'
	// (a nested call makes it computed, which keeps more, never less).
	requireRe = regexp.MustCompile(`\brequire(?:\.async)?\s*\(([^)]*)\)`)
	// import … from 'x', import 'x', export … from 'x', import('x').
	importRe = regexp.MustCompile(`(?:\bfrom\s*|\bimport\s*\(?\s*)["'\x60]([^"'\x60\n]*)["'\x60]`)
)

// scan reads a reached template or script and follows its references.
func (w *reacher) scan(rel string) {
	src, err := w.p.opts.read(w.p.Abs(rel))
	dir := path.Dir(rel)
	if err != nil {
		// Too large or unreadable: what it references is unknown.
		w.r.keepDir(dir, w.p.kindBits(w.r, rel))
		return
	}
	lits := literals(rel, src, w.p.mayName)
	m := matchRefs(rel, src)
	w.r.refs[rel] = m.refs(src, lits)
	w.r.nav[rel] = w.p.navOf(lits)
	if KindOf(rel) == KindTemplate {
		for _, x := range m.tmpl {
			v := strings.TrimSpace(string(src[x[4]+1 : x[5]-1]))
			w.file(dir, v, tmplExts, kTemplate)
		}
		return
	}
	computed := false
	for _, x := range m.req {
		computed = w.require(dir, string(src[x[2]:x[3]])) || computed
	}
	if computed {
		// require(list[i].file): the paths are likely literals of this
		// file; follow every one that names a script on disk.
		for _, l := range lits {
			if isPathLit(l) {
				if f := w.find(w.target(dir, l), scriptExts); f != "" {
					w.add(f)
				}
			}
		}
	}
	for _, x := range m.imp {
		w.script(dir, string(src[x[2]:x[3]]))
	}
}

var (
	tmplExts   = append(append([]string{""}, TemplateExts...), append(ModuleExts, ".js")...)
	scriptExts = []string{"", ".js", ".ts", ".json", ".wxs", ".sjs", ".qs", "/index.js", "/index.ts"}
	strLitRe   = regexp.MustCompile("\"[^\"\\n]*\"|'[^'\\n]*'|`[^`$]*`")
	// what may stand between literals of a require we can still read:
	// a condition choosing among them (require(dev ? './a' : './b')).
	choiceRe = regexp.MustCompile(`^[\w\s.!?:()&|=]*$`)
)

// require follows require(arg) (arg up to its closing parenthesis): a
// literal, a choice among literals, or a computed path whose literal
// prefix names the folder it lands in (else every script is kept).
// It reports whether the path is computed.
func (w *reacher) require(dir string, arg string) bool {
	arg = strings.TrimSpace(arg)
	lits := strLitRe.FindAllStringIndex(arg, -1)
	rest := strLitRe.ReplaceAllString(arg, "")
	switch {
	case len(lits) == 1 && lits[0][0] == 0 && lits[0][1] == len(arg):
		w.script(dir, arg[1:len(arg)-1])
		return false
	case len(lits) > 0 && choiceRe.MatchString(rest):
		for _, l := range lits {
			w.script(dir, arg[l[0]+1:l[1]-1])
		}
		return false
	case len(lits) > 0 && lits[0][0] == 0 && strings.Trim(arg[1:lits[0][1]-1], "./") != "":
		// '../locales/' + lang: only that folder's scripts (and data).
		pre := arg[1 : lits[0][1]-1]
		if strings.HasPrefix(pre, "/") || strings.HasPrefix(pre, ".") {
			w.missing(dir, pre+"x", kScript)
			return true
		}
	}
	w.r.keepDir("", kScript)
	return true
}

// script follows a require/import written in folder dir.
func (w *reacher) script(dir, v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if a, ok := w.alias(v); ok {
		v = a
	}
	if strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.HasPrefix(v, "../") {
		w.file(dir, v, scriptExts, kScript)
		return
	}
	// A bare path: WeChat tries it beside the file, then from the root;
	// else it is a package (miniprogram_npm), or an alias we cannot read.
	for _, c := range []string{path.Join(dir, v), path.Clean(v)} {
		if f := w.find(c, scriptExts); f != "" {
			w.add(f)
			return
		}
	}
	w.missing(dir, v, kScript)
}

// alias applies app.json resolveAlias ("~/*": "/*").
func (w *reacher) alias(v string) (string, bool) {
	ra := w.p.App.Root().Get("resolveAlias")
	if !ra.IsObject() {
		return "", false
	}
	for _, m := range ra.Members {
		to, ok := m.Value.AsString()
		if !ok {
			continue
		}
		from := strings.TrimSuffix(m.Key, "*")
		if strings.HasPrefix(v, from) {
			rest := v[len(from):]
			return "/" + strings.TrimPrefix(strings.TrimSuffix(to, "*"), "/") + rest, true
		}
	}
	return "", false
}

// file resolves v (root-absolute or relative to dir) with the extensions
// tried in order, marks it, or keeps its folder when it is not on disk.
func (w *reacher) file(dir, v string, exts []string, k kinds) {
	target := w.target(dir, v)
	if target == ".." || strings.HasPrefix(target, "../") {
		return
	}
	if f := w.find(target, exts); f != "" {
		w.add(f)
		return
	}
	w.missing(dir, "/"+target, k)
}

// refMatches are the reference patterns' matches in one file, found once
// for both the walk and its change test.
type refMatches struct{ tmpl, req, imp [][]int }

func matchRefs(rel string, src []byte) refMatches {
	if KindOf(rel) == KindTemplate {
		return refMatches{tmpl: findAllIndex(tmplRefRe, src)}
	}
	return refMatches{req: findAllIndex(requireRe, src), imp: findAllIndex(importRe, src)}
}

// refs is the text of every reference and path literal, to tell whether a
// new text of the file changes the walk.
func (m refMatches) refs(src []byte, lits []string) string {
	var b strings.Builder
	for _, ms := range [][][]int{m.tmpl, m.req, m.imp} {
		for _, x := range ms {
			b.Write(src[x[0]:x[1]])
			b.WriteByte(0)
		}
	}
	for _, l := range lits {
		if isPathLit(l) {
			b.WriteString(l)
			b.WriteByte(0)
		}
	}
	return b.String()
}

// needs holds, for each reference pattern, words without which it cannot
// match: a byte search skips the regular expression on most files (it was
// a third of a whole-corpus check).
var needs = map[*regexp.Regexp][]string{
	requireRe: {"require"},
	importRe:  {"from", "import"},
	tmplRefRe: {"src", "from"},
}

func mayMatch(re *regexp.Regexp, src []byte) bool {
	ws, ok := needs[re]
	if !ok {
		return true
	}
	for _, w := range ws {
		if bytes.Contains(src, []byte(w)) || bytes.Contains(src, []byte(strings.ToUpper(w))) {
			return true
		}
	}
	return false
}

// anchored are the reference patterns as they start at a keyword: the
// keyword is found by a byte search and the pattern tried there alone.
// Unanchored, Go's regexp tried each at every byte of every file (a sixth
// of a whole-corpus check).
var anchored = map[*regexp.Regexp][]struct {
	kw   string
	re   *regexp.Regexp
	word bool // the keyword must start a word
}{
	requireRe: {{"require", regexp.MustCompile(`^require(?:\.async)?\s*\(([^)]*)\)`), true}},
	importRe: {
		{"from", regexp.MustCompile("^from\\s*[\"'\x60]([^\"'\x60\n]*)[\"'\x60]"), true},
		{"import", regexp.MustCompile("^import\\s*\\(?\\s*[\"'\x60]([^\"'\x60\n]*)[\"'\x60]"), true},
	},
	tmplRefRe: {{"<", regexp.MustCompile(`^(?is)<\s*(import|include|wxs|sjs|qs|import-sjs|filter)\b[^>]*?\b(?:src|from)\s*=\s*("[^"]*"|'[^']*')`), false}},
}

func findAllIndex(re *regexp.Regexp, src []byte) [][]int {
	if !mayMatch(re, src) {
		return nil
	}
	var out [][]int
	for _, a := range anchored[re] {
		kw := []byte(a.kw)
		for i := 0; i < len(src); {
			j := bytes.Index(src[i:], kw)
			if j < 0 {
				break
			}
			at := i + j
			i = at + 1
			if a.word && at > 0 && isWordByte(src[at-1]) {
				continue
			}
			end := len(src)
			if end-at > 8192 {
				end = at + 8192
			}
			m := a.re.FindSubmatchIndex(src[at:end])
			if m == nil {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += at
				}
			}
			out = append(out, m)
			i = m[1]
		}
	}
	if len(anchored[re]) > 1 {
		sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	}
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isPathLit: a literal that is a path from the root or relative (what
// pathLitRe matches): /a, ./a, ../a, with no blank.
func isPathLit(l string) bool {
	t := strings.TrimPrefix(strings.TrimPrefix(l, "."), ".")
	return strings.HasPrefix(t, "/") && len(t) > 1 && !strings.ContainsAny(l, " \t\n\r")
}

// ReachChanged reports whether text, a new text of the file at rel, may
// change which files the app uses, so the model must be loaded again: a
// page's or component's JSON that differs from what the model read, or a
// template or script the walk read whose references differ.
func (p *Project) ReachChanged(rel string, text []byte) bool {
	if p == nil || p.App == nil || p.App.File == nil {
		return false
	}
	rel, ok := p.Rel(rel)
	if !ok {
		return false
	}
	if KindOf(rel) == KindJSON {
		for _, pg := range p.Pages {
			if pg.Files.JSON == rel {
				return pg.Config == nil || string(pg.Config.Src) != string(text)
			}
		}
		if c := p.Components[stripExt(rel)]; c != nil && c.Files.JSON == rel {
			return c.Config == nil || string(c.Config.Src) != string(text)
		}
		return false
	}
	r := p.reachSet()
	old, ok := r.refs[rel]
	if !ok {
		return false
	}
	lits := literals(rel, text, p.mayName)
	return old != matchRefs(rel, text).refs(text, lits) || !slices.Equal(r.nav[rel], p.navOf(lits))
}

// target is v from the root ("/x") or from dir.
func (w *reacher) target(dir, v string) string {
	v = strings.ReplaceAll(v, "\\", "/")
	if strings.HasPrefix(v, "/") {
		return path.Clean(strings.TrimPrefix(v, "/"))
	}
	return path.Join(dir, v)
}

func (w *reacher) find(target string, exts []string) string {
	for _, e := range exts {
		if f := target + e; fileExists(w.p.Abs(f)) {
			return f
		}
	}
	return ""
}
