package project

// Unreached reports whether no user reaches the page the file at relPath
// belongs to: it is an orphan (see OrphanPage), or every file that may
// open it belongs to a page no user reaches (a starter page's form, opened
// only from the starter page nothing opens). A link from anything but a
// page (a shared helper, a component) reaches it; so does a page opened
// another way (the entry, the tab bar, by name). Files that are no page's
// are reached.
func (p *Project) Unreached(relPath string) bool {
	if p == nil {
		return false
	}
	if v, hit := p.memo.unreached.Load(relPath); hit {
		return v.(bool)
	}
	u := p.unreached(relPath, map[string]bool{})
	p.memo.unreached.Store(relPath, u)
	return u
}

// unreached is Unreached with the routes being decided: a cycle of pages
// that open only each other is reached by none of them.
func (p *Project) unreached(relPath string, busy map[string]bool) bool {
	if _, orphan := p.OrphanPage(relPath); orphan {
		return true
	}
	route, files, ok := p.PageOpeners(relPath)
	if !ok {
		return false
	}
	busy[route] = true
	defer delete(busy, route)
	for _, f := range files {
		from, isPage := p.PageOf(f)
		if !isPage {
			return false
		}
		if busy[from] {
			continue
		}
		if !p.unreached(f, busy) {
			return false
		}
	}
	return true
}
