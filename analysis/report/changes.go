package report

import (
	"path/filepath"
	"sort"
	"strings"

	"mpls/analysis/output"
	"mpls/analysis/project"
)

// changesOf maps the changed files (relative to DIR) to the project's
// pages and components. A page or component is added when every file it
// has now was added; modified when any of them existed before.
func changesOf(base string, p *project.Project, changed []Change) *ChangeList {
	cl := &ChangeList{Added: []ChangeItem{}, Modified: []ChangeItem{}, Removed: []ChangeItem{}, Other: []string{}}
	type unit struct {
		kind, path, title string
		current           []string // files it has now, root-relative
		touched           map[string]string
		order             int
	}
	units := map[string]*unit{}
	var order []string
	owner := map[string]string{} // root-relative file base (no ext) → unit key
	add := func(kind, path, title string, fs project.FileSet) {
		k := kind + ":" + path
		u := &unit{kind: kind, path: path, title: title, current: fs.All(), touched: map[string]string{}, order: len(order)}
		units[k] = u
		order = append(order, k)
		for _, f := range fs.All() {
			owner[stripExt(f)] = k
		}
		owner[path] = k
	}
	for _, pg := range p.Pages {
		title := ""
		if pg.NavigationBarTitleText != nil {
			title = pg.NavigationBarTitleText.Value
		}
		add("page", pg.Route, title, pg.Files)
	}
	comps := make([]string, 0, len(p.Components))
	for k := range p.Components {
		comps = append(comps, k)
	}
	sort.Strings(comps)
	for _, k := range comps {
		add("component", k, "", p.Components[k].Files)
	}
	removed := map[string][]string{}
	var removedOrder []string
	for _, c := range changed {
		abs := filepath.Join(base, filepath.FromSlash(c.Path))
		rel, ok := p.Rel(abs)
		if !ok {
			continue // another project's file
		}
		if k, ok := owner[stripExt(rel)]; ok {
			units[k].touched[rel] = c.Status
			continue
		}
		if c.Status == "D" && isUnitFile(rel) {
			b := stripExt(rel)
			if _, ok := removed[b]; !ok {
				removedOrder = append(removedOrder, b)
			}
			removed[b] = append(removed[b], c.Path)
			continue
		}
		cl.Other = append(cl.Other, c.Path)
	}
	for _, k := range order {
		u := units[k]
		if len(u.touched) == 0 {
			continue
		}
		item := ChangeItem{Kind: u.kind, Path: u.path, Title: u.title}
		var files []string
		for f := range u.touched {
			files = append(files, output.RelTo(base, p.Root, f))
		}
		sort.Strings(files)
		item.Files = files
		added := len(u.current) > 0
		for _, f := range u.current {
			if u.touched[f] != "A" {
				added = false
			}
		}
		if added {
			cl.Added = append(cl.Added, item)
		} else {
			cl.Modified = append(cl.Modified, item)
		}
	}
	for _, b := range removedOrder {
		kind := "page"
		if !strings.Contains(b, "pages/") {
			kind = "component"
		}
		fs := removed[b]
		sort.Strings(fs)
		cl.Removed = append(cl.Removed, ChangeItem{Kind: kind, Path: b, Files: fs})
	}
	sort.Strings(cl.Other)
	return cl
}

// isUnitFile: a template, script, style or json file (what pages and
// components are made of).
func isUnitFile(rel string) bool {
	switch strings.ToLower(filepath.Ext(rel)) {
	case ".wxml", ".ttml", ".axml", ".swan", ".qml", ".js", ".ts", ".json", ".wxss", ".ttss", ".acss", ".css", ".qss", ".less", ".scss":
		return true
	}
	return false
}

// stripExt removes the extension of the last path element.
func stripExt(p string) string {
	if e := filepath.Ext(p); e != "" && !strings.Contains(e, "/") {
		return p[:len(p)-len(e)]
	}
	return p
}
