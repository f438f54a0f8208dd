package project

import (
	"slices"
	"strings"
	"sync"
)

// pageMemo keeps PageOpeners' and Unreached's answers: both are functions
// of the snapshot alone (its reach set is computed once), and rules ask them
// of the same pages again and again (every role page of test-account, each
// live link of the engine's dead-link check), each time walking every
// file's literals.
type pageMemo struct {
	openers   sync.Map // relPath → openersAnswer
	unreached sync.Map // relPath → bool
}

type openersAnswer struct {
	route string
	files []string
	ok    bool
}

// PageOpeners names the files whose literals may open the registered page
// relPath belongs to (its route, then the files, the page's own left out),
// for a caller that can tell whether those literals are in code that runs
// (a route written only in a method nothing calls opens nothing). A route
// table that names the page (see byName) is among them: its file is a
// link as good as its page (a demo page's menu opens other demo pages only
// for whoever reaches it). ok is false when the page is opened another way
// (the entry page, the tab bar), is already an orphan, or the walk is off:
// then there is nothing to decide.
func (p *Project) PageOpeners(relPath string) (route string, files []string, ok bool) {
	if p == nil || p.App == nil || p.App.File == nil {
		return "", nil, false
	}
	if a, hit := p.memo.openers.Load(relPath); hit {
		a := a.(openersAnswer)
		return a.route, slices.Clone(a.files), a.ok
	}
	route, files, ok = p.pageOpeners(relPath)
	p.memo.openers.Store(relPath, openersAnswer{route, slices.Clone(files), ok})
	return route, files, ok
}

func (p *Project) pageOpeners(relPath string) (route string, files []string, ok bool) {
	rel, in := p.Rel(relPath)
	if !in {
		return "", nil, false
	}
	route, isPage := p.PageOf(rel)
	if !isPage {
		return "", nil, false
	}
	if _, orphan := p.OrphanPage(relPath); orphan {
		return "", nil, false
	}
	if route == strings.TrimPrefix(p.App.EntryPage.Value, "/") {
		return "", nil, false
	}
	for _, t := range p.App.TabBar {
		if cleanRoute(t.PagePath.Value) == route {
			return "", nil, false
		}
	}
	own := map[string]bool{}
	if pg := p.Page(route); pg != nil {
		for _, f := range pg.Files.All() {
			own[f] = true
		}
	}
	r := p.reachSet()
	own[p.App.File.Path] = true // app.json registers, it opens none
	files = nameOpeners(r, route, own)
	for file, lits := range r.nav {
		if own[file] || slices.Contains(files, file) {
			continue
		}
		for _, l := range lits {
			if strings.Contains(l, "/") && opens(l, route) {
				files = append(files, file)
				break
			}
		}
	}
	return route, files, len(files) > 0
}

// Opens reports whether the string literal lit may open the page at route
// (see OrphanPage for the judgment).
func Opens(lit, route string) bool { return opens(lit, route) }

// ScriptFileRef reports whether the script string whose opening quote is
// at quote in src is the path of a require or import (see moduleRef): it
// loads a file and opens no page.
func ScriptFileRef(src []byte, quote int) bool { return quote >= 0 && moduleRef(src, quote, false) }
