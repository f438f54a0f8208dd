package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/project"
	"mpls/analysis/rule"
)

// `mpls report` drafts the submission notes (提审说明) a reviewer reads, in
// the shape of the usual template: 本次版本变更 (新增/优化/修复), 测试账号,
// 补充说明 (privacy, payment/UGC/external links, category), then the open
// findings that may get the build rejected. Everything but the change list
// comes from the analysis; the change list comes from `git diff` when
// --since is given (the only place mpls runs another program).

func report(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", stderr)
	since := fs.String("since", "", "list the pages and components changed since this git ref")
	format := fs.String("format", "markdown", "markdown or json")
	platform := fs.String("platform", "", "wechat, douyin, alipay, baidu or qq (default: detected)")
	locale := fs.String("locale", "zh-CN", "language of the finding messages: zh-CN or en")
	if err := fs.Parse(interleave(args, nil)); err != nil {
		return 2
	}
	switch *format {
	case "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "mpls report: unknown --format %q (markdown, json)\n", *format)
		return 2
	}
	switch *platform {
	case "", rule.WeChat, rule.Douyin, rule.Alipay, rule.Baidu, rule.QQ:
	default:
		fmt.Fprintf(stderr, "mpls report: unknown --platform %q (wechat, douyin, alipay, baidu, qq)\n", *platform)
		return 2
	}
	if strings.HasPrefix(*since, "-") {
		fmt.Fprintf(stderr, "mpls report: bad --since %q: a git ref cannot start with '-'\n", *since)
		return 2
	}
	dirs := fs.Args()
	if len(dirs) > 1 {
		fmt.Fprintf(stderr, "mpls report: one DIR at most (got %d)\n", len(dirs))
		return 2
	}
	dir := "."
	if len(dirs) == 1 {
		dir = dirs[0]
	}
	st, err := os.Stat(dir)
	if err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	if !st.IsDir() {
		fmt.Fprintf(stderr, "mpls report: %s is not a directory\n", dir)
		return 2
	}
	var changed []gitChange
	if *since != "" {
		if changed, err = gitChanges(dir, *since); err != nil {
			fmt.Fprintf(stderr, "mpls report: %v\n", err)
			return 2
		}
	}
	eng := engine.New(engine.Settings{Platform: *platform, Locale: *locale})
	res, err := eng.CheckPath(dir)
	if err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	doc := buildReport(res, eng, *since, changed, *locale)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintf(stderr, "mpls report: %v\n", err)
			return 2
		}
		return 0
	}
	if _, err := io.WriteString(stdout, renderMarkdown(doc)); err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	return 0
}

// reportDoc is the report as data: `--format json` prints it as it is,
// the Markdown is rendered from it.
type reportDoc struct {
	// Since is the git ref the change list is computed from ("" without).
	Since    string          `json:"since,omitempty"`
	Projects []projectReport `json:"projects"`
}

type projectReport struct {
	Name string `json:"name"`
	// Root is the project's folder relative to DIR ("." for DIR itself).
	Root         string `json:"root"`
	Platform     string `json:"platform"`
	PlatformName string `json:"platformName"`
	Game         bool   `json:"game,omitempty"`
	Pages        int    `json:"pages"`
	Components   int    `json:"components"`

	// Changes is the change list (nil without --since).
	Changes     *changeList  `json:"changes"`
	TestAccount testAccount  `json:"testAccount"`
	Privacy     []privacyUse `json:"privacy"`
	Payment     []place      `json:"payment"`
	UGC         []place      `json:"ugc"`
	External    []place      `json:"external"`
	Category    []signal     `json:"categorySignals"`
	// Findings are the open findings at warning or above, by rule.
	Findings []ruleGroup `json:"findings"`
}

// place is one thing found at one place. Paths are relative to DIR,
// lines 1-based.
type place struct {
	What string `json:"what"`
	// Note says what the thing does, when What alone does not.
	Note string `json:"note,omitempty"`
	File string `json:"file"`
	Line int    `json:"line"`
	// Changed: the file changed since --since.
	Changed bool `json:"changed,omitempty"`
}

type changeList struct {
	Added    []changeItem `json:"added"`
	Modified []changeItem `json:"modified"`
	// Removed are pages and components whose files were all deleted.
	Removed []changeItem `json:"removed"`
	// Other are changed files that belong to no page or component
	// (app.json, app.js, utils/ …).
	Other []string `json:"other"`
}

type changeItem struct {
	Kind  string   `json:"kind"` // "page" or "component"
	Path  string   `json:"path"` // route or component base, relative to the project root
	Title string   `json:"title,omitempty"`
	Files []string `json:"files"` // changed files, relative to DIR
}

type testAccount struct {
	Required bool `json:"required"`
	// Certain: the login/test-account rule (or its detector) found an
	// account system; false when only login calls hint at one.
	Certain  bool   `json:"certain,omitempty"`
	Source   string `json:"source,omitempty"` // "login/test-account", "detected", "login-calls"
	Evidence *place `json:"evidence,omitempty"`
}

type privacyUse struct {
	Category string   `json:"category"`
	Label    string   `json:"label"`
	Scopes   []string `json:"scopes"`
	Uses     []place  `json:"uses"`
}

type signal struct {
	Kind   string  `json:"kind"`
	Text   string  `json:"text"`
	Places []place `json:"places"`
}

type ruleGroup struct {
	Rule     string        `json:"rule"`
	Title    string        `json:"title"`
	Citation string        `json:"citation"`
	Severity string        `json:"severity"`
	Items    []findingItem `json:"items"`
}

type findingItem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

func buildReport(res *engine.Result, eng *engine.Engine, since string, changed []gitChange, locale string) reportDoc {
	doc := reportDoc{Since: since, Projects: []projectReport{}}
	changedFiles := map[string]bool{}
	for _, c := range changed {
		if c.Status != "D" {
			changedFiles[c.Path] = true
		}
	}
	for _, pr := range res.Projects {
		s := &scan{base: res.Base, pr: pr, changed: changedFiles, since: since != ""}
		p := pr.Project
		rp := projectReport{
			Name:         projectName(p),
			Root:         relTo(res.Base, p.Root, "."),
			Platform:     string(p.Platform),
			PlatformName: p.Platform.DisplayName(),
			Game:         p.IsGame,
			Pages:        len(p.Pages),
			Components:   len(p.Components),
		}
		if since != "" {
			rp.Changes = changesOf(res.Base, p, changed)
		}
		rp.TestAccount = s.testAccount()
		rp.Privacy = s.privacy()
		rp.Payment = s.payment()
		rp.UGC = s.ugc()
		rp.External = s.external()
		rp.Category = s.category(rp.Payment, rp.UGC)
		rp.Findings = s.findings(eng, locale)
		doc.Projects = append(doc.Projects, rp)
	}
	return doc
}

// projectName is what the user calls the mini-program: app.json's window
// title, else project.config.json's projectname, else the folder's name.
func projectName(p *project.Project) string {
	if p.App != nil && p.App.Window.NavigationBarTitleText != nil {
		if t := strings.TrimSpace(p.App.Window.NavigationBarTitleText.Value); t != "" {
			return t
		}
	}
	if pc := p.ProjectConfig; pc != nil && pc.Value != nil {
		if n, ok := pc.Value.Get("projectname").AsString(); ok && strings.TrimSpace(n) != "" {
			return n
		}
	}
	return filepath.Base(p.Root)
}

// changesOf maps the changed files (relative to DIR) to the project's
// pages and components. A page or component is added when every file it
// has now was added; modified when any of them existed before.
func changesOf(base string, p *project.Project, changed []gitChange) *changeList {
	cl := &changeList{Added: []changeItem{}, Modified: []changeItem{}, Removed: []changeItem{}, Other: []string{}}
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
		item := changeItem{Kind: u.kind, Path: u.path, Title: u.title}
		var files []string
		for f := range u.touched {
			files = append(files, relTo(base, p.Root, f))
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
		cl.Removed = append(cl.Removed, changeItem{Kind: kind, Path: b, Files: fs})
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
