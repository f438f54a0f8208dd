package content

import (
	"path"
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Leftover pages: what app.json registers ships in the package, so a page
// the developer never finished or never meant to ship is reported on its
// app.json entry (what the developer edits to drop it). A page is left
// over when it is:
//   - a demo: its route has a folder named demo, demos, example(s) or
//     ending in -demo(s) (component-demos/…): one finding for the folder;
//   - a test page: a folder named test(s) or debug, and the page says so
//     (titled 测试页, empty, or showing only its own path);
//   - the starter template's (查看启动日志, the Alipay to-do list): one
//     finding for all of them;
//   - the developer tools' new-page stub, whose only text is its own path
//     (pages/x/x.wxml);
//   - empty: a template with nothing to show (containers without text,
//     data or components) and a script that sends the user nowhere (a page
//     that redirects on load is a router, not a placeholder).
//
// The window title of a starter template (Alipay's Todo App, Douyin's
// Mini Program) is reported where it is written, when it is the whole
// title and a page shows it (one that sets no title of its own; see
// defaultTitleShown). A login form whose page data fills in a test
// account is left over too (see prefilledLogins).
//
// In the recommended profile a leftover page no user reaches
// (rule.ProjectContext.Unseen: nothing opens it, only pages nothing opens,
// or only code that never runs, as a method whose one binding is
// commented out) is not reported: it ships, but neither a user nor a reviewer sees it; a
// demo folder is reported when one of its pages is reached. Strict
// reports them all.
func checkLeftoverPages(c *rule.ProjectContext) {
	p := c.Project
	if p == nil || p.App == nil || p.App.File == nil || p.IsGame {
		return
	}
	app := p.App.File.Path
	if t := p.App.Window.NavigationBarTitleText; t != nil {
		shown := -1 // whether a page shows the default, once a hit asks
		for _, h := range c.Lexicon.Find("starter-template", t.Value) {
			if h.Sub != "title" || !strings.EqualFold(strings.TrimSpace(t.Value), h.Word) {
				continue // Campus Mini Program Guide: a title of the app's own that says the words
			}
			if shown < 0 {
				shown = 0
				if defaultTitleShown(c) {
					shown = 1
				}
			}
			if shown == 1 {
				c.Report(app, text.Span{Start: t.Span.Start + h.Start, End: t.Span.Start + h.End}, starterTitleMsg(t.Value[h.Start:h.End]))
			}
		}
	}
	demos := map[string][]*project.Page{}
	demoSeen := map[string]bool{}
	var demoOrder []string
	var starter []*project.Page
	for _, pg := range p.Pages {
		if pg.Missing || pg.Ref.Span.Len() == 0 {
			continue
		}
		unseen := c.Unseen(pg.Files.Template)
		if dir := demoFolder(pg.Route); dir != "" {
			if demos[dir] == nil {
				demoOrder = append(demoOrder, dir)
			}
			demos[dir] = append(demos[dir], pg)
			if !unseen {
				demoSeen[dir] = true
			}
			continue
		}
		tu := c.Units[pg.Files.Template]
		if unseen || tu == nil || tu.Template == nil || len(tu.Template.Errors) > 0 {
			continue
		}
		switch {
		case starterPage(c, pg, tu):
			starter = append(starter, pg)
		case ownPathOnly(tu.Template, pg.Route):
			c.Report(app, pg.Ref.Span, stubPageMsg(pg.Route))
		case testFolder(pg.Route) && testTitled(pg):
			c.Report(app, pg.Ref.Span, testPageMsg(pg.Route))
		case emptyTemplate(tu.Template) && !routesOnEntry(c.Units[pg.Files.Script]):
			c.Report(app, pg.Ref.Span, emptyPageMsg(pg.Route))
		case debugPage(c, tu) && orphan(p, tu.Path):
			// nothing opens it, so its own finding is not shown: the entry is
			c.Report(app, pg.Ref.Span, debugPageMsg(pg.Route))
		case orphan(p, tu.Path):
			if m, ok := unfinishedInside(c, tu); ok {
				c.Report(app, pg.Ref.Span, orphanUnfinishedMsg(pg.Route, m))
			}
		}
	}
	for _, dir := range demoOrder {
		if !demoSeen[dir] && !c.Strict {
			continue
		}
		pgs := demos[dir]
		c.Report(app, pgs[0].Ref.Span, demoPagesMsg(pgs, dir))
	}
	if len(demoOrder) > 0 {
		demoEntries(c, demos)
	}
	if len(starter) > 0 {
		routes := make([]string, len(starter))
		for i, pg := range starter {
			routes[i] = pg.Route
		}
		c.Report(app, starter[0].Ref.Span, starterPagesMsg(routes))
	}
	prefilledLogins(c) // a test account left in a login form (unfinished_testdata.go)
}

// demoEntries reports a navigator of the app's own pages that opens a
// demo page: the entry users see (组件展示 in 我的) is what a reviewer taps.
func demoEntries(c *rule.ProjectContext, demos map[string][]*project.Page) {
	routes := map[string]string{}
	for _, pgs := range demos {
		for _, pg := range pgs {
			routes[pg.Route] = pg.Route
		}
	}
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Template != nil && demoFolder(strings.TrimSuffix(p, path.Ext(p))) == "" {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		t := c.Units[p].Template
		for i := range t.Elements {
			a := t.Elements[i].Attr("url")
			if a == nil || !a.Static() {
				continue
			}
			if r := opensRoute(p, a.Literal(), routes); r != "" {
				c.Report(p, a.ValueSpan, demoEntryMsg(r))
			}
		}
	}
}

// opensRoute is the route of routes that url, written in the file at p,
// opens ("" if none). A relative url resolves against p's folder; the
// project root may sit below the workspace, so the route may be a suffix.
func opensRoute(p, url string, routes map[string]string) string {
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	url = strings.TrimSpace(url)
	if url == "" {
		return ""
	}
	var r string
	if strings.HasPrefix(url, "/") {
		r = strings.TrimPrefix(path.Clean(url), "/")
	} else {
		r = path.Join(path.Dir(p), url)
	}
	for route := range routes {
		if r == route || strings.HasSuffix(r, "/"+route) {
			return route
		}
	}
	return ""
}

// demoFolder is the route's folder that names a demo (up to and including
// that segment), "" if none. The last segment (the page's file name) does
// not count on its own: pages/demo/demo has the folder pages/demo.
func demoFolder(route string) string {
	segs := strings.Split(route, "/")
	for i, s := range segs[:len(segs)-1] {
		s = strings.ToLower(s)
		switch {
		case s == "demo", s == "demos", s == "example", s == "examples",
			strings.HasSuffix(s, "-demo"), strings.HasSuffix(s, "-demos"),
			strings.HasSuffix(s, "_demo"), strings.HasSuffix(s, "_demos"):
			return strings.Join(segs[:i+1], "/")
		}
	}
	return ""
}

// testFolder: the route has a folder named test, tests or debug.
func testFolder(route string) bool {
	segs := strings.Split(route, "/")
	for _, s := range segs[:len(segs)-1] {
		switch strings.ToLower(s) {
		case "test", "tests", "debug":
			return true
		}
	}
	return false
}

// testTitled: the page's title calls it a test or debug page (测试页 —
// not 性格测试, a quiz the app offers).
func testTitled(pg *project.Page) bool {
	t := pg.NavigationBarTitleText
	if t == nil {
		return false
	}
	v := strings.ToLower(strings.TrimSpace(t.Value))
	for _, w := range []string{"测试页", "调试", "test page", "debug"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// starterPage: the page's title or texts are a starter template's.
func starterPage(c *rule.ProjectContext, pg *project.Page, tu *rule.Unit) bool {
	texts := []string{}
	if t := pg.NavigationBarTitleText; t != nil {
		texts = append(texts, t.Value)
	}
	for _, r := range tu.Template.Texts {
		texts = append(texts, r.Text)
	}
	for _, s := range texts {
		for _, h := range c.Lexicon.Find("starter-template", s) {
			if h.Sub == "page" {
				return true
			}
		}
	}
	return false
}

// debugPage: the template shows a developer's identifier (open_id,
// session_key: the unfinished lexicon's debug words).
func debugPage(c *rule.ProjectContext, tu *rule.Unit) bool {
	for _, h := range VisibleHits(c.Lexicon, "unfinished", tu) {
		if h.Sub == "debug" {
			return true
		}
	}
	return false
}

// unfinishedInside runs the file half of the rule on a page's template
// and returns the first finding's message: a page nothing opens has its
// own findings hidden, yet it ships.
func unfinishedInside(c *rule.ProjectContext, tu *rule.Unit) (rule.Msg, bool) {
	var out []rule.Finding
	checkUnfinished(rule.NewFileContext(c.Env, tu, c.Rule, &out))
	if len(out) == 0 {
		return rule.Msg{}, false
	}
	return out[0].Message, true
}

func orphan(p *project.Project, file string) bool {
	_, ok := p.OrphanPage(file)
	return ok
}

// ownPathOnly: every text of the template is the page's own path, as the
// developer tools write it into a new page (<text>pages/x/x.wxml</text>).
func ownPathOnly(t *template.Facts, route string) bool {
	n := 0
	for _, r := range t.Texts {
		if r.Attr != "" {
			continue
		}
		s := strings.TrimPrefix(strings.TrimSpace(r.Text), "/")
		if strings.TrimSuffix(s, path.Ext(s)) != route {
			return false
		}
		n++
	}
	return n > 0
}

// containerTags hold content without showing any of their own.
var containerTags = map[string]bool{"view": true, "block": true, "text": true, "scroll-view": true, "cover-view": true}

// emptyTemplate: the template shows nothing — only containers, no text,
// no data in element content, no component, image, form or media.
func emptyTemplate(t *template.Facts) bool {
	if len(t.Elements) == 0 || len(t.Texts) > 0 {
		return false
	}
	for i := range t.Elements {
		if !containerTags[t.Elements[i].Tag] {
			return false
		}
	}
	for _, in := range t.Interps {
		inTag := false
		for i := range t.Elements {
			if t.Elements[i].StartTag.Start <= in.Span.Start && in.Span.End <= t.Elements[i].StartTag.End {
				inTag = true
				break
			}
		}
		if !inTag {
			return false // {{data}} in content: shown once loaded
		}
	}
	return true
}

// routesOnEntry: the page's script opens another page, or calls the
// platform on load (my.call('startApp'), wx.login then a redirect): a
// router page that shows nothing on purpose.
func routesOnEntry(u *rule.Unit) bool {
	if u == nil || u.Script == nil {
		return false
	}
	for _, call := range u.Script.Calls {
		switch call.API {
		case "redirectTo", "reLaunch", "navigateTo", "switchTab", "navigateBack", "navigateToMiniProgram":
			return true
		case "setNavigationBarTitle", "setNavigationBar", "setNavigationBarColor", "showLoading", "hideLoading", "getSystemInfo", "getSystemInfoSync", "setTimeout", "setInterval":
			continue
		}
		if call.OnEntry && call.Namespace != "" {
			return true
		}
	}
	return false
}

func demoPagesMsg(pgs []*project.Page, dir string) rule.Msg {
	if len(pgs) == 1 {
		r := pgs[0].Route
		return rule.Msg{
			Zh: "页面 " + r + " 是演示页面，却注册在 app.json 中随正式版发布；提交的版本须是完成品，不得为演示或测试版：请从 pages 中删除它。",
			En: "Page " + r + " is a demo page registered in app.json, so it ships in the release; a submitted build must be a finished product, not a demo: remove it from pages.",
		}
	}
	n := strconv.Itoa(len(pgs))
	return rule.Msg{
		Zh: "app.json 注册了 " + n + " 个演示页面（" + dir + "/），它们会随正式版一起发布；提交的版本须是完成品，不得为演示或测试版：请从 pages 中删除这些页面。",
		En: "app.json registers " + n + " demo pages under " + dir + "/; they ship in the release. A submitted build must be a finished product, not a demo: remove them from pages.",
	}
}

func demoEntryMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "这个入口打开演示页面 " + route + "：用户和审核都会看到开发用的演示，提交的版本须是完成品：请去掉这个入口和演示页面。",
		En: "This entry opens the demo page " + route + ": users and reviewers see a developer's demo; a submitted build must be a finished product. Remove the entry and the demo pages.",
	}
}

func testPageMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "页面 " + route + " 是测试页，却注册在 app.json 中随正式版发布；提交的版本不得为测试版：请从 pages 中删除它。",
		En: "Page " + route + " is a test page registered in app.json, so it ships in the release; a submitted build must not be a test version: remove it from pages.",
	}
}

func debugPageMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "页面 " + route + " 把 open_id、session_key 这类开发者标识显示出来，是调试页面；没有入口打开它，但它注册在 app.json 中随正式版发布：请从 pages 中删除它。",
		En: "Page " + route + " prints developer identifiers (open_id, session_key): a debug page. Nothing opens it, but app.json registers it, so it ships in the release: remove it from pages.",
	}
}

func orphanUnfinishedMsg(route string, inside rule.Msg) rule.Msg {
	return rule.Msg{
		Zh: "页面 " + route + " 没有入口打开，却注册在 app.json 中随正式版发布，而且它未完成（" + firstClause(inside.Zh, "：") + "）：请从 pages 中删除它，或完成后再加入口。",
		En: "Page " + route + " is opened by nothing, yet app.json registers it and it ships unfinished (" + firstClause(inside.En, ": ") + "): remove it from pages, or finish it before linking it.",
	}
}

// firstClause is s up to sep (the what of a message, without its advice).
func firstClause(s, sep string) string {
	if i := strings.Index(s, sep); i > 0 {
		return s[:i]
	}
	return s
}

func stubPageMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "页面 " + route + " 只显示开发者工具新建页面时写入的路径文字，是未完成的空页面，却注册在 app.json 中：请完成它，或从 pages 中删除。",
		En: "Page " + route + " only shows the path the developer tools write into a new page: an unfinished stub registered in app.json. Finish it or remove it from pages.",
	}
}

func emptyPageMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "页面 " + route + " 的模板没有任何内容（空白页），却注册在 app.json 中：提交的版本须是完成品，请完成它，或从 pages 中删除。",
		En: "Page " + route + " has an empty template (a blank page) yet app.json registers it; a submitted build must be finished: complete it or remove it from pages.",
	}
}

func starterPagesMsg(routes []string) rule.Msg {
	r := strings.Join(routes, "、")
	return rule.Msg{
		Zh: "页面 " + r + " 是开发者工具项目模板自带的示例页，不属于这个小程序，却仍注册在 app.json 中：请从 pages 中删除。",
		En: "Page(s) " + strings.Join(routes, ", ") + " come from the developer tools' project template, not from this app, yet app.json still registers them: remove them from pages.",
	}
}

func starterTitleMsg(w string) rule.Msg {
	return rule.Msg{
		Zh: "窗口标题" + quote(w) + "是项目模板的默认值，用户会看到它而不是小程序的名字：请改成小程序的名称。",
		En: "The window title \"" + w + "\" is the project template's default; users see it instead of the app's name. Use the app's name.",
	}
}
