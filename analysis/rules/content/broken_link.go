package content

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// BrokenLink: a link whose target is no page of the app. navigateTo,
// redirectTo and reLaunch open only the pages app.json registers (the main
// package, the subpackages); a route it does not register fails
// (navigateTo:fail page "…" is not found) and the tap does nothing. A tab
// page opens only by switchTab or reLaunch (navigateTo:fail can not
// navigateTo a tabbar page), and switchTab opens only tab pages. A
// reviewer taps every entry: an entry that does nothing is a feature that
// does not work (WX §13.1: the build must open and run; §13.3: no serious
// bug such as a page that cannot be opened).
//
// Read: the url of navigateTo / redirectTo / reLaunch / switchTab; a
// <navigator>'s url (its open-type says how it opens), a custom
// component's url (van-cell, a grid item) and a data-url / data-path the
// page's handler reads; and the url / path / link of an object in script
// (a menu list in the page's data, a setData, a share path).
//
// Judgment, precision first: only a literal path, a string or template
// literal whose whole path part (up to '?') is written ('/pages/a/b?id=' +
// id counts, '/pages/' + name does not); relative paths ('../b/b') only
// in a page's own files, resolved against its folder. Only what looks
// like a route: a path whose first folder is one the app's pages start
// with (pages/, a subpackage's root), or, for a navigation call or a
// navigator, holds a pages folder; a bare name ('detail') may be a
// route table's key, an extension ('.png', '.html') names a file, and
// plugin://, http:// and another mini-program's path (an object with an
// appId, navigateToMiniProgram) are not this app's pages. A link in code
// that never runs (a method nothing binds or calls) or only staff reach is
// left out; so are links on pages no user reaches (the engine's unseen
// pages).
var BrokenLink = &rule.Rule{
	ID:       "content/broken-link",
	Severity: rule.Warning,
	// DY's FAQ names no general rule for a link that fails: Douyin
	// projects get the message alone (rule.CiteFor).
	Citation: "WX §13.1, WX §13.3",
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "跳转到不存在的页面", En: "Link to a page that does not exist"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "navigateTo / redirectTo / reLaunch / switchTab、<navigator url> 或页面菜单数据里的跳转路径，不是 app.json 注册的页面（主包、分包），或用 navigateTo 打开 tabBar 页面、用 switchTab 打开非 tabBar 页面：用户点击后跳转失败，没有任何反应。",
			En: "A navigateTo / redirectTo / reLaunch / switchTab url, a <navigator url> or a path in a page's menu data is not a page app.json registers (main package or subpackage), or navigateTo opens a tab page, or switchTab a page outside the tab bar: the tap fails and nothing happens."},
		Why: rule.Msg{Zh: "提交的小程序应该是完成品，可以打开、可以运行（运营规范 §13.1），不应存在无法打开等严重 Bug（§13.3）。审核会点遍每个入口，跳转失败（navigateTo:fail page not found）即驳回。",
			En: "A submitted mini-program must be a finished product that opens and runs (WX §13.1), without serious bugs such as pages that cannot be opened (§13.3). Reviewers tap every entry; a failed navigation (navigateTo:fail page not found) is rejected."},
		Wrong: "// app.json 只注册了 pages/index/index、pages/orders/orders\nmenus: [{ name: '我的订单', url: '/pages/orders/orders' }, { name: '会员卡', url: '/pages/vipcard/index' }]",
		Right: "// 会员卡页写好并在 app.json 注册后再放入口\nmenus: [{ name: '我的订单', url: '/pages/orders/orders' }]",
		Profiles: rule.Msg{Zh: "recommended：不报没有用户能打开的页面上的链接、只有员工角色才走到的链接，也不读压缩过的文件。strict：这些都报告。两种配置都不报从不运行的代码（没有绑定、没有调用的方法）里的链接。",
			En: "recommended: not on pages no user reaches, not in branches only staff roles take, not in minified files. strict: those too. Neither reports a link in code that never runs (a method nothing binds or calls)."},
		Excerpt: "13.1 提交的微信小程序应该是一个完成品，要求可以打开、可以运行，且不得为测试版。13.3 不应存在严重Bug（如无法添加和打开、无法返回和退出、卡顿严重等）。（微信小程序平台运营规范 §13）",
	},
	CheckProject: checkBrokenLinks,
}

// linkKeys are the object keys whose string a menu or a share hands to a
// navigation.
var linkKeys = map[string]bool{
	"url": true, "path": true, "pagePath": true, "link": true, "linkUrl": true,
	"jumpUrl": true, "navUrl": true, "pageUrl": true, "href": true,
}

// how a link opens its target
const (
	openAny      = ""          // unknown (menu data): any registered page
	openNavigate = "navigate"  // navigateTo, redirectTo, a navigator: no tab page
	openTab      = "switchTab" // tab pages only
	openRelaunch = "reLaunch"  // any page
)

var openOfAPI = map[string]string{"navigateTo": openNavigate, "redirectTo": openNavigate, "switchTab": openTab, "reLaunch": openRelaunch}

type linkChecker struct {
	c     *rule.ProjectContext
	app   *project.App
	roots map[string]bool // first folders of the app's routes
	tabs  map[string]bool
	live  *rule.Liveness
}

func checkBrokenLinks(c *rule.ProjectContext) {
	p := c.Project
	if p == nil || p.IsGame || p.App == nil || p.App.File == nil || len(p.App.Pages) == 0 {
		return
	}
	k := &linkChecker{c: c, app: p.App, roots: map[string]bool{}, tabs: map[string]bool{}, live: rule.NewLiveness(c.Env)}
	for _, r := range p.App.Pages {
		k.roots[strings.SplitN(r.Value, "/", 2)[0]] = true
	}
	for _, t := range p.App.TabBar {
		if t.PagePath.Value != "" {
			k.tabs[t.PagePath.Value] = true
		}
	}
	paths := make([]string, 0, len(c.Units))
	for path := range c.Units {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		u := c.Units[path]
		if u.Skip != "" || !c.Strict && u.Minified() {
			continue
		}
		switch {
		case u.Script != nil:
			k.script(path, u)
		case u.Template != nil:
			k.template(path, u)
		}
	}
}

// pageDir is the folder of the page the file belongs to, for relative
// links; ok is false for a file that is no page's (a component's relative
// link resolves against whichever page shows it).
func (k *linkChecker) pageDir(file string) (string, bool) {
	route, ok := k.c.Project.PageOf(file)
	if !ok {
		return "", false
	}
	return path.Dir(route), true
}

func (k *linkChecker) script(file string, u *rule.Unit) {
	s := u.Script
	for i := range s.Strings {
		str := &s.Strings[i]
		if str.IsKey || str.Value == "" || !strings.Contains(str.Value, "/") {
			continue
		}
		how, strong := openAny, false
		switch {
		case openOfAPI[str.Arg] != "":
			if str.Key != "url" || str.Call < 0 || str.Call >= len(s.Calls) {
				continue
			}
			how, strong = openOfAPI[str.Arg], true
		case str.Arg == "" && linkKeys[str.Key] && (str.Callee == "" || str.Callee == "setData"):
			if inMiniProgramObject(u.Text, str.Span) {
				continue // { appId: 'wx…', path: 'pages/index/index' }: another app's page
			}
		default:
			continue
		}
		if !k.c.Strict && str.Staff {
			continue // only staff accounts reach it
		}
		if !k.runs(file, s, str) {
			continue
		}
		lit, ok := scriptPathPart(u.Text, str)
		if !ok {
			continue
		}
		k.judge(file, str.Span.Start, lit, how, strong)
	}
}

// runs reports whether the code holding the string can run.
func (k *linkChecker) runs(file string, s *script.Facts, str *script.StringLit) bool {
	if str.Call >= 0 && str.Call < len(s.Calls) {
		return k.live.Runs(file, s.Calls[str.Call].Func)
	}
	fn, best := "", -1
	for name, b := range s.Bodies {
		if b.Start <= str.Span.Start && str.Span.End <= b.End && (best < 0 || b.End-b.Start < best || b.End-b.Start == best && name < fn) {
			fn, best = name, b.End-b.Start
		}
	}
	return k.live.Runs(file, fn)
}

// scriptPathPart is the path part of a string literal when the whole of it
// is written: the literal alone, or the head of a concatenation or a
// template literal whose query starts in the literal ('/pages/a/b?id=' +
// id). A literal after a '+' or a substitution, or before one without a
// '?', is a piece of a path built at run time.
func scriptPathPart(src []byte, str *script.StringLit) (string, bool) {
	start, end := str.Span.Start, str.Span.End
	if start < 1 || end >= len(src) {
		return "", false
	}
	open, close := src[start-1], src[end]
	whole := true
	if str.Template {
		if open != '`' {
			return "", false // after a ${…}
		}
		whole = close == '`'
	} else {
		if open != '\'' && open != '"' || close != open {
			return "", false
		}
		j := start - 2
		for j >= 0 && isBlank(src[j]) {
			j--
		}
		if j >= 0 && src[j] == '+' {
			return "", false // the tail of a concatenation
		}
		j = end + 1
		for j < len(src) && isBlank(src[j]) {
			j++
		}
		if j < len(src) && (src[j] == '+' || src[j] == '.' || src[j] == '[') {
			whole = false // '…' + x, '…'.concat(x), '…'.replace(…)
			if src[j] != '+' {
				return "", false
			}
		}
	}
	v := str.Value
	if i := strings.IndexAny(v, "?#"); i >= 0 {
		return v[:i], true
	}
	return v, whole
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// inMiniProgramObject reports whether the string at sp is a property of
// an object literal that names an appId: another mini-program's path.
func inMiniProgramObject(src []byte, sp text.Span) bool {
	from, to := sp.Start, sp.End
	depth := 0
	for from > 0 && sp.Start-from < 2000 {
		from--
		switch src[from] {
		case '}':
			depth++
		case '{':
			if depth == 0 {
				goto forward
			}
			depth--
		}
	}
	return false
forward:
	depth = 0
	for to < len(src) && to-sp.End < 2000 {
		switch src[to] {
		case '{':
			depth++
		case '}':
			if depth == 0 {
				obj := strings.ToLower(string(src[from:to]))
				return strings.Contains(obj, "appid")
			}
			depth--
		}
		to++
	}
	return false
}

func (k *linkChecker) template(file string, u *rule.Unit) {
	t := u.Template
	for i := range t.Elements {
		e := &t.Elements[i]
		if hiddenStatically(t, i) {
			continue // wx:if="{{false}}": never shown
		}
		for j := range e.Attrs {
			a := &e.Attrs[j]
			name := strings.ToLower(a.Name)
			how, strong := openAny, false
			switch {
			case e.Tag == "navigator" && name == "url":
				if tg := e.Attr("target"); tg != nil && strings.TrimSpace(tg.Value) == "miniProgram" {
					continue
				}
				how, strong = openNavigate, true
				if ot := e.Attr("open-type"); ot != nil {
					switch strings.TrimSpace(ot.Value) {
					case "switchTab":
						how = openTab
					case "reLaunch":
						how = openRelaunch
					case "navigate", "redirect", "":
					default:
						continue // navigateBack, exit: the url is not opened
					}
				}
			case name == "url" && strings.Contains(e.Tag, "-"):
				// van-cell url, a grid item's url: the component
				// navigates (its link-type says how)
			case name == "data-url" || name == "data-path" || name == "data-link" || name == "data-page":
				if !bound(t, i) {
					continue
				}
			default:
				continue
			}
			lit, ok := attrPathPart(a)
			if !ok {
				continue
			}
			k.judge(file, a.ValueSpan.Start, lit, how, strong)
		}
	}
}

// bound reports whether a tap on the element runs a handler.
func bound(t *template.Facts, elem int) bool {
	for _, b := range t.Bindings {
		if b.Elem == elem && b.Event == "tap" {
			return true
		}
	}
	return false
}

// attrPathPart is the path part of an attribute's value when it is
// written out: a static value, or one whose query starts before the first
// {{ }} (url="/pages/a/b?id={{id}}").
func attrPathPart(a *template.Attr) (string, bool) {
	if !a.HasValue {
		return "", false
	}
	v := a.Value
	static := a.Static()
	if i := strings.Index(v, "{{"); i >= 0 {
		v, static = v[:i], false
	}
	if strings.ContainsAny(v, "&<>") {
		return "", false // entities: not a plain path
	}
	if i := strings.IndexAny(v, "?#"); i >= 0 {
		return v[:i], true
	}
	return v, static
}

// judge checks the path part lit of a link written at offset pos of file.
func (k *linkChecker) judge(file string, pos int, lit, how string, strong bool) {
	route, ok := k.resolve(file, lit, strong)
	if !ok {
		return
	}
	sp := text.Span{Start: pos, End: pos + len(lit)}
	shown := strings.TrimSpace(lit)
	reg := k.registered(route)
	if own, ok := k.c.Project.PageOf(file); ok && reg != "" && reg == own {
		return // the page itself: navigateTo('../index/index') on the index tab fails, but the user is where it leads
	}
	switch {
	case reg == "":
		hint, hintEn := "", ""
		if near := k.nearest(route); near != "" {
			hint, hintEn = "是否应为 /"+near+"？", " Did you mean /"+near+"?"
		}
		k.c.Report(file, sp, rule.Msg{
			Zh: "跳转目标 " + shown + " 不是 app.json 注册的页面，用户点击后跳转失败（page not found），入口没有反应：" + hint + "请写对路径，或实现并注册该页面，或去掉这个入口。",
			En: "The link target " + shown + " is not a page app.json registers, so the tap fails (page not found) and the entry does nothing." + hintEn + " Fix the path, add and register the page, or remove the entry.",
		})
	case how == openNavigate && k.tabs[reg]:
		k.c.Report(file, sp, rule.Msg{
			Zh: "跳转目标 " + shown + " 是 tabBar 页面，navigateTo / redirectTo（以及默认的 navigator）不能打开 tabBar 页面，点击后跳转失败：请改用 switchTab（navigator 加 open-type=\"switchTab\"）。",
			En: "The link target " + shown + " is a tab bar page, which navigateTo / redirectTo (and a plain navigator) cannot open, so the tap fails. Use switchTab (open-type=\"switchTab\" on a navigator).",
		})
	case how == openTab && !k.tabs[reg]:
		k.c.Report(file, sp, rule.Msg{
			Zh: "跳转目标 " + shown + " 不在 tabBar 里，switchTab 只能打开 tabBar 页面，点击后跳转失败：请改用 navigateTo。",
			En: "The link target " + shown + " is not in the tab bar, and switchTab opens tab bar pages only, so the tap fails. Use navigateTo.",
		})
	}
}

// resolve turns a link's path part into a route, when it looks like one
// of the app's routes (see BrokenLink).
func (k *linkChecker) resolve(file, lit string, strong bool) (string, bool) {
	v := strings.TrimSpace(lit)
	if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "//") || len(v) > 200 {
		return "", false
	}
	for _, r := range v {
		if !(r == '/' || r == '.' || r == '-' || r == '_' || r == '@' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "", false // a space, a $, a CJK word: not a route
		}
	}
	if strings.HasSuffix(v, "/") {
		return "", false // a folder: '/pages/my/' + name
	}
	if ext := path.Ext(path.Base(v)); ext != "" {
		return "", false // a file: '/images/a.png', 'index.html'
	}
	var route string
	switch {
	case strings.HasPrefix(v, "./") || strings.HasPrefix(v, "../"):
		dir, ok := k.pageDir(file)
		if !ok {
			return "", false
		}
		route = path.Join(dir, v)
		if route == "." || route == ".." || strings.HasPrefix(route, "../") {
			return "", false
		}
	case strings.HasPrefix(v, "/"):
		route = path.Clean(v[1:])
	default:
		route = path.Clean(v)
		// a path without a slash in front is relative to the page at run
		// time; written 'pages/a/b', it is meant from the root: either way
		// is taken
		if dir, ok := k.pageDir(file); ok && k.registered(path.Join(dir, v)) != "" {
			return "", false
		}
	}
	segs := strings.Split(route, "/")
	if len(segs) < 2 {
		return "", false // '/index', 'detail': a name, an endpoint
	}
	if !k.roots[segs[0]] {
		if !strong {
			return "", false
		}
		pages := false
		for _, s := range segs[:len(segs)-1] {
			pages = pages || s == "pages"
		}
		if !pages {
			return "", false
		}
	}
	return route, true
}

// registered is the registered route a route names ("" when none).
func (k *linkChecker) registered(route string) string {
	route = strings.TrimPrefix(route, "/")
	if k.app.HasPage(route) {
		return route
	}
	return ""
}

// nearest is the one registered route a mistyped route most likely
// meant: at most two edits away, the same route in other case, each
// folder at most two edits off (detial/detial), or ending in the same file
// and folder (/pages/address/address for pages/my/address/address).
func (k *linkChecker) nearest(route string) string {
	best, n := "", 0
	for _, r := range k.app.Pages {
		if strings.EqualFold(r.Value, route) || editDistance(r.Value, route, 2) <= 2 || nearSegments(r.Value, route) || sameTail(r.Value, route) {
			if r.Value != best {
				best = r.Value
				n++
			}
		}
	}
	if n != 1 {
		return ""
	}
	return best
}

// nearSegments: the routes have as many folders, and each differs by at
// most two edits from its fellow, in names long enough to tell.
func nearSegments(a, b string) bool {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	if len(as) != len(bs) {
		return false
	}
	for i := range as {
		if as[i] != bs[i] && (min(len(as[i]), len(bs[i])) < 4 || editDistance(as[i], bs[i], 2) > 2) {
			return false
		}
	}
	return true
}

// sameTail: the routes end in the same folder and file.
func sameTail(a, b string) bool {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	if len(as) < 2 || len(bs) < 2 {
		return false
	}
	return as[len(as)-1] == bs[len(bs)-1] && as[len(as)-2] == bs[len(bs)-2]
}

// editDistance is the Levenshtein distance of a and b, or max+1 when it
// is more than max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			low = min(low, c)
		}
		if low > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
