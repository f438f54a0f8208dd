package content

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Controls that do nothing: a visible feature whose tap, search or scan
// leads nowhere is an unfinished feature (WX §13.1; Douyin rejects
// "功能无法实现"). Only shapes whose emptiness the file shows are reported:
//   - a menu entry without a tap: among siblings of the same tag and class,
//     every other one is tappable and this one (its ancestors and its
//     descendants included) is not, though it shows the same arrow (a row
//     that only shows a value has none);
//   - a search box that reads nothing: an <input> whose placeholder says
//     搜索 with no binding, no model: value, no form around it and no tap
//     on the box (a box that opens a search page is tapped, not typed in);
//   - (in the project half, loggedScans) a scan whose result is only
//     logged or dropped: scanCode's success callback does nothing but
//     console.log, or nothing at all;
//   - a faked success: a 成功 toast followed by a return that cuts off the
//     code below it;
//   - a map that opens at the user's own position (openLocation fed by the
//     getLocation around it) instead of the place.
func checkDeadControls(c *rule.FileContext) {
	if t := c.Unit.Template; t != nil && !c.Unit.Minified() {
		x := newTplIndex(t)
		if len(t.Errors) == 0 { // a misparsed tree hides taps and siblings
			deadEntries(c, x)
			deadButtons(c, x)
			deadSearch(c, t)
			mockCopies(c, x)
		}
		staticProgress(c, x) // reads one element's children: a stray tag elsewhere does not matter
	}
	if s := c.Unit.Script; s != nil {
		fakedSuccess(c)
		ownPositionMaps(c)
	}
}

// tapEvents make an element do something when touched.
var tapEvents = map[string]bool{"tap": true, "longtap": true, "longpress": true, "touchstart": true, "touchend": true, "click": true}

// acts: element e itself responds to a touch (a tap binding, a navigator
// with a url, a button with an open-type or a form role).
func acts(t *template.Facts, e int, bound map[int]bool) bool {
	if bound[e] {
		return true
	}
	el := &t.Elements[e]
	switch el.Tag {
	case "navigator":
		return el.Attr("url") != nil || el.Attr("target") != nil
	case "button":
		return el.Attr("open-type") != nil || el.Attr("form-type") != nil || el.Attr("formType") != nil
	case "label", "switch", "checkbox", "radio", "picker", "input", "textarea", "slider", "web-view", "video", "swiper":
		return true
	}
	// a custom component (contact-button, van-cell) may act on its own
	return !nativeTags[el.Tag]
}

// nativeTags are the platform's components that do nothing by themselves.
var nativeTags = map[string]bool{"view": true, "text": true, "image": true, "block": true, "icon": true,
	"cover-view": true, "cover-image": true, "scroll-view": true, "navigator": true, "button": true, "rich-text": true,
	"template": true, "import": true, "include": true, "slot": true}

// arrowClass: a class that draws the "goes somewhere" arrow of a menu row.
func arrowClass(cls string) bool {
	return has(strings.ToLower(cls), "arrow", "jiantou", "tiaozhuan", "icon-right", "chevron", "access", "icon-more", "icon-enter", "icon-go")
}

// arrowOf is the arrow class inside element e ("" if none).
func arrowOf(x *tplIndex, e int) string {
	for i := e; i < x.end[e]; i++ {
		if a := x.t.Elements[i].Attr("class"); a != nil {
			for _, c := range strings.Fields(a.Literal()) {
				if arrowClass(c) {
					return c
				}
			}
		}
	}
	return ""
}

func boundElems(t *template.Facts) map[int]bool {
	m := map[int]bool{}
	for _, b := range t.Bindings {
		if tapEvents[b.Event] {
			m[b.Elem] = true
		}
	}
	return m
}

// deadEntries reports a menu entry without a tap among tappable siblings.
func deadEntries(c *rule.FileContext, x *tplIndex) {
	t := x.t
	groups := map[[2]string][]int{} // (parent, tag+class) → siblings
	var order [][2]string
	for i := range t.Elements {
		el := &t.Elements[i]
		cls := el.Attr("class")
		if cls == nil || !cls.Static() || strings.TrimSpace(cls.Value) == "" || conditional(el) {
			continue
		}
		k := [2]string{strconv.Itoa(el.Parent), el.Tag + "." + strings.Join(strings.Fields(cls.Value), ".")}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		var dead []int
		for _, e := range g {
			if !x.reachesTap(e) {
				dead = append(dead, e)
			}
		}
		// one entry left without a tap among entries that all have one,
		// drawn with the same arrow as they are (a row that only shows a
		// value has no arrow)
		if len(dead) != 1 || hiddenStatically(t, dead[0]) {
			continue
		}
		arrow := arrowOf(x, dead[0])
		if arrow == "" || x.showsData(dead[0]) {
			continue // no arrow, or a row that shows a value (发票信息: 不支持)
		}
		same := false
		for _, e := range g {
			if e != dead[0] && arrowOf(x, e) == arrow {
				same = true
			}
		}
		if !same {
			continue
		}
		txt := x.texts[dead[0]]
		if len(txt) == 0 {
			continue
		}
		c.Report(txt[0].Span, rule.Msg{
			Zh: "入口" + quote(txt[0].Text) + "没有点击处理，而旁边同样的入口都有：用户点了没有反应，是未完成的功能：请实现它，或去掉这个入口。",
			En: "The entry \"" + txt[0].Text + "\" has no tap handler while the same entries beside it do: tapping it does nothing, an unfinished feature. Implement it or remove the entry.",
		})
	}
}

// conditional: a wx:if / a:if / tt:if / s-if or a list item: its siblings
// are alternatives or copies, not entries of a menu.
func conditional(el *template.Element) bool {
	for _, a := range el.Attrs {
		n := a.Name
		if i := strings.IndexAny(n, ":-"); i >= 0 {
			switch n[i+1:] {
			case "if", "elif", "else", "for", "show":
				return true
			}
		}
	}
	return false
}

// deadSearch reports a search box nothing reads.
func deadSearch(c *rule.FileContext, t *template.Facts) {
	bound := map[int]bool{}
	for _, b := range t.Bindings {
		bound[b.Elem] = true
	}
	for i := range t.Elements {
		el := &t.Elements[i]
		if el.Tag != "input" || bound[i] {
			continue
		}
		ph := el.Attr("placeholder")
		if ph == nil || !strings.Contains(ph.Value, "搜索") {
			continue
		}
		if el.Attr("disabled") != nil || hasModel(el) || hiddenStatically(t, i) {
			continue
		}
		used := false
		for _, a := range t.Ancestors(i) {
			if bound[a] || t.Elements[a].Tag == "form" || t.Elements[a].Tag == "navigator" {
				used = true
				break
			}
		}
		if used {
			continue
		}
		c.Report(ph.ValueSpan, rule.Msg{
			Zh: "搜索框" + quote(ph.Literal()) + "没有绑定任何输入或确认事件，周围也没有点击处理：用户输入后什么也不会发生，是未完成的功能：请实现搜索，或去掉搜索框。",
			En: "The search box \"" + ph.Literal() + "\" has no input or confirm binding and nothing around it is tapped: searching does nothing, an unfinished feature. Implement search or remove the box.",
		})
	}
}

func hasModel(el *template.Element) bool {
	for _, a := range el.Attrs {
		if strings.HasPrefix(a.Name, "model:") || strings.HasPrefix(a.Name, "v-model") {
			return true
		}
	}
	return false
}

// checkScans runs loggedScans on every script of the project, asking
// whether each scan can run when the project's app.json tells the pages.
func checkScans(c *rule.ProjectContext) {
	var live *rule.Liveness
	if !c.Strict && c.Project != nil && c.Project.App != nil && c.Project.App.File != nil {
		live = rule.NewLiveness(c.Env)
	}
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Script != nil && bytes.Contains(u.Text, []byte("scanCode")) {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		loggedScans(c, p, c.Units[p], live)
	}
}

// loggedScans reports, in the script at path p, a scanCode that can run
// (a template binds its method, or code that runs calls it: decided over
// the whole project, hence in Unfinished's project half) whose success
// callback does nothing with the result: it only logs it, or it is empty,
// and no complete callback handles it instead. live is nil when who calls
// a method cannot be known (strict, no app.json): then every scan counts.
func loggedScans(c *rule.ProjectContext, p string, u *rule.Unit, live *rule.Liveness) {
	s := u.Script
	for i := range s.Calls {
		call := &s.Calls[i]
		if call.API != "scanCode" || call.Namespace == "" || call.Style != "callback" {
			continue
		}
		succ := call.Options.Get("success")
		if succ == nil || !succ.IsFunc {
			continue
		}
		did := callbackDoes(string(u.Text[succ.ValueSpan.Start:succ.ValueSpan.End]))
		if did == doesSomething {
			continue
		}
		if done := call.Options.Get("complete"); done != nil && (!done.IsFunc || callbackDoes(string(u.Text[done.ValueSpan.Start:done.ValueSpan.End])) == doesSomething) {
			continue // complete gets the result too
		}
		if live != nil && !live.Runs(p, call.Func) {
			continue // no template binds it, no code that runs calls it
		}
		if did == doesNothing {
			c.Report(p, call.NameSpan, rule.Msg{
				Zh: "扫码成功的回调是空的，扫到的结果没有被使用，用户扫完什么也不会发生：是未完成的功能，请处理扫码结果，或去掉扫码入口。",
				En: "The scan's success callback is empty: the scanned result is never used and nothing happens after scanning, an unfinished feature. Handle the result or remove the scan entry.",
			})
			continue
		}
		c.Report(p, call.NameSpan, rule.Msg{
			Zh: "扫码的结果只打印到控制台（console.log），用户扫完什么也不会发生：是未完成的功能，请处理扫码结果，或去掉扫码入口。",
			En: "The scan result is only written to the console (console.log): after scanning nothing happens, an unfinished feature. Handle the result or remove the scan entry.",
		})
	}
}

// What a callback's body does (callbackDoes).
const (
	doesSomething = iota
	doesNothing   // an empty body
	onlyLogs      // console calls and nothing else
)

// callbackDoes: whether a function's source holds nothing (function
// (res) {}), nothing but console calls (function (res) { console.log(res)
// }, res => console.log(res)), or something else.
func callbackDoes(src string) int {
	body := src
	if i := strings.Index(src, "=>"); i >= 0 && (strings.Index(src, "{") < 0 || i < strings.Index(src, "{")) {
		body = src[i+2:]
	} else if i := strings.Index(src, "{"); i >= 0 {
		body = src[i:]
	}
	body = strings.TrimSpace(body)
	body = strings.TrimSuffix(strings.TrimPrefix(body, "{"), "}")
	logged := false
	for {
		body = strings.TrimLeft(body, " \t\r\n;")
		if body == "" {
			if logged {
				return onlyLogs
			}
			return doesNothing
		}
		if !strings.HasPrefix(body, "console.") {
			return doesSomething
		}
		logged = true
		open := strings.Index(body, "(")
		if open < 0 {
			return doesSomething
		}
		depth, end := 0, -1
		for j := open; j < len(body); j++ {
			switch body[j] {
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth == 0 {
				end = j + 1
				break
			}
		}
		if end < 0 {
			return doesSomething
		}
		body = body[end:]
	}
}

// fakedSuccess reports a success message followed by a bare return that
// cuts off the code after it: the user is told it worked (修改成功) and
// the request below never runs.
func fakedSuccess(c *rule.FileContext) {
	s := c.Unit.Script
	src := c.Unit.Text
	for i := range s.Calls {
		call := &s.Calls[i]
		if call.Namespace == "" || call.API != "showToast" && call.API != "showModal" {
			continue
		}
		t := call.Options.Get("title")
		if t == nil || !t.IsString || !strings.Contains(t.String, "成功") {
			continue
		}
		end := call.Statement.End
		if end <= 0 || end > len(src) {
			continue
		}
		rest := skipBlank(src[end:])
		if !strings.HasPrefix(rest, "return") || len(rest) > 6 && isIdent(rest[6]) {
			continue
		}
		at := len(src) - len(rest)
		after := skipBlank([]byte(rest[6:]))
		if after == "" || after[0] == '}' || strings.HasPrefix(after, "case ") || strings.HasPrefix(after, "default:") || strings.HasPrefix(after, "default ") {
			continue // the function, branch or case ends there: nothing is cut off
		}
		c.Report(text.Span{Start: at, End: at + 6}, rule.Msg{
			Zh: "先提示" + quote(t.String) + "，紧接着 return，后面真正提交的代码永远不会执行：用户以为成功了，其实什么也没做。请去掉这个 return，完成提交功能。",
			En: "The code shows \"" + t.String + "\" and then returns, so the real submission below never runs: users are told it worked when nothing happened. Remove the return and finish the feature.",
		})
	}
}

// skipBlank drops leading blanks, semicolons and comments.
func skipBlank(b []byte) string {
	s := string(b)
	for {
		s = strings.TrimLeft(s, " \t\r\n;")
		switch {
		case strings.HasPrefix(s, "//"):
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				s = s[i:]
				continue
			}
			return ""
		case strings.HasPrefix(s, "/*"):
			if i := strings.Index(s, "*/"); i >= 0 {
				s = s[i+2:]
				continue
			}
			return ""
		}
		return s
	}
}

func isIdent(b byte) bool {
	return b == '_' || b == '$' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// deadButtons reports a button (a <button>, or an element styled as one)
// whose label is written out and that nothing handles: no tap on it,
// above or inside it, no open-type or form role, no form around it.
func deadButtons(c *rule.FileContext, x *tplIndex) {
	t := x.t
	// a wrapper styled as a button (<view class="btn">) around a <button>
	// has the same one label: one label, one finding
	said := map[int]bool{}
	for i := range t.Elements {
		el := &t.Elements[i]
		isBtn := el.Tag == "button"
		if !isBtn {
			if a := el.Attr("class"); a != nil {
				for _, f := range strings.Fields(a.Literal()) {
					if f == "btn" || strings.HasPrefix(f, "btn-") || strings.HasSuffix(f, "-btn") || f == "button" || f == "cu-btn" {
						isBtn = true
					}
				}
			}
		}
		if !isBtn || el.Attr("disabled") != nil || hiddenStatically(t, i) || x.showsData(i) {
			continue
		}
		if a := el.Attr("class"); a != nil && strings.Contains(a.Value, "disabled") {
			continue
		}
		if x.reachesTap(i) || anyBinding(t, i) || el.Attr("openType") != nil || el.Attr("formType") != nil {
			continue
		}
		// one of wx:if alternatives (已报名 / 活动已过期 / 立即报名): a state
		// shown as a button, not a feature
		alt := conditional(el)
		for n, a := range t.Ancestors(i) {
			if n < 2 && conditional(&t.Elements[a]) {
				alt = true
			}
		}
		if alt {
			continue
		}
		inForm := false
		for _, a := range t.Ancestors(i) {
			if t.Elements[a].Tag == "form" {
				inForm = true
			}
		}
		if inForm {
			continue
		}
		txt := x.texts[i]
		if len(txt) != 1 || utf8.RuneCountInString(strings.TrimSpace(txt[0].Text)) > 8 || said[txt[0].Span.Start] {
			continue
		}
		said[txt[0].Span.Start] = true
		c.Report(txt[0].Span, rule.Msg{
			Zh: "按钮" + quote(txt[0].Text) + "没有任何点击处理：用户点了没有反应，是未完成的功能：请实现它，或去掉这个按钮。",
			En: "The button \"" + txt[0].Text + "\" has no tap handler: tapping it does nothing, an unfinished feature. Implement it or remove the button.",
		})
	}
}

// anyBinding: e has a binding of any event (getphonenumber, contact …).
func anyBinding(t *template.Facts, e int) bool {
	for _, b := range t.Bindings {
		if b.Elem == e {
			return true
		}
	}
	return false
}

// ownPositionMaps reports an openLocation that shows the coordinates a
// getLocation around it just returned: the map button opens where the
// user already is, not the place (a hotel, a shop) the page is about —
// a stand-in left until the place's coordinates are wired up.
func ownPositionMaps(c *rule.FileContext) {
	s := c.Unit.Script
	for i := range s.Calls {
		open := &s.Calls[i]
		if open.API != "openLocation" || open.Namespace == "" || open.Options == nil {
			continue
		}
		lat := open.Options.Get("latitude")
		if lat == nil {
			continue
		}
		inGet := false
		for j := range s.Calls {
			g := &s.Calls[j]
			if g.API != "getLocation" || g.Namespace == "" || g.ArgsSpan.Start > open.Span.Start || open.Span.End > g.ArgsSpan.End {
				continue
			}
			// the success callback's own result, not the shop's position
			if succ := g.Options.Get("success"); succ != nil && succ.IsFunc {
				p := firstParam(string(c.Unit.Text[succ.ValueSpan.Start:succ.ValueSpan.End]))
				inGet = p != "" && strings.TrimSpace(lat.Value) == p+".latitude"
			}
		}
		if !inGet {
			continue
		}
		c.Report(open.NameSpan, rule.Msg{
			Zh: "地图打开的是 getLocation 刚取到的用户自己的位置，而不是页面介绍的地点：这是未完成的功能（还没接入地点的经纬度），还白白申请了位置授权。请传入地点的经纬度，或去掉这个入口。",
			En: "The map opens at the user's own position, just read by getLocation, not at the place the page is about: an unfinished feature (the place's coordinates are not wired up) that also asks for location for nothing. Pass the place's coordinates or remove the entry.",
		})
	}
}

// firstParam is the name of a function's first parameter
// (function (res) {…}, (res) => …, res => …, success(res) {…}); "" if none.
func firstParam(src string) string {
	src = strings.TrimSpace(src)
	if i := strings.Index(src, "("); i >= 0 && (strings.Index(src, "=>") < 0 || i < strings.Index(src, "=>")) {
		src = src[i+1:]
	}
	n := 0
	for n < len(src) && isIdent(src[n]) {
		n++
	}
	return src[:n]
}
