package login

import (
	"regexp"
	"slices"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// RolePage is a feature only an account with a role reaches: a reviewer
// who signs in with their own account, as an ordinary user, never sees it,
// so WX §13.5's test account ("需提供测试号") must be one with that role,
// whatever the login.
type RolePage struct {
	Route string
	// Label is what the entry says (管理中心), else the page's title; "" if
	// neither is read.
	Label string
	// Path and Span are the gate: the link only staff see, or the page's
	// refusal of other users.
	Path string
	Span text.Span
}

// Name is the label and the route: "管理中心 pages/manage/index/index".
func (r RolePage) Name() string {
	if r.Label != "" {
		return r.Label + " " + r.Route
	}
	return r.Route
}

// RolePages finds the pages users reach that only an account with a role
// can use, in app.json's order:
//   - every link a user can follow to the page is in a staff role's branch
//     (script.StringLit.Staff: `if (role === 'admin')`, `case
//     'inspector':`) or on an element a template shows only under a staff
//     condition (wx:if="{{userInfo.isAdmin}}", tt:if="{{role === 'manager'}}");
//     links in code that never runs, or on pages nobody opens, are no links;
//   - or the page, on load, tells other users they may not use it (您还不是
//     合作用户, 无权限, 仅限管理员) and sends them away (redirectTo, reLaunch,
//     navigateBack, switchTab in the same function): the server decides the
//     role.
//
// A page nobody opens (project.Unreached) is no feature.
func RolePages(env *rule.Env) []RolePage {
	proj := env.Project
	if proj == nil || proj.App == nil {
		return nil
	}
	var live *rule.Liveness
	var out []RolePage
	for _, pg := range proj.Pages {
		file := pg.Files.Script
		if file == "" {
			file = pg.Files.Template
		}
		if file == "" || pg.Missing || proj.Unreached(file) {
			continue
		}
		if live == nil {
			live = rule.NewLiveness(env)
		}
		if rp, ok := staffLinked(env, live, pg, file); ok {
			out = append(out, rp)
			continue
		}
		if rp, ok := refusesOthers(env, pg); ok {
			out = append(out, rp)
		}
	}
	return out
}

// staffLinked: every link to the page a user can follow is one only staff
// see, and there is at least one.
func staffLinked(env *rule.Env, live *rule.Liveness, pg *project.Page, file string) (RolePage, bool) {
	proj := env.Project
	route, files, ok := proj.PageOpeners(file)
	if !ok {
		return RolePage{}, false
	}
	files = slices.Sorted(slices.Values(files)) // PageOpeners' order is a map's
	var gate *RolePage
	label := "" // the first label any staff-only entry shows
	for _, f := range files {
		if proj.Unreached(f) {
			continue // a link on a page nobody opens
		}
		u := env.Units[f]
		if u == nil {
			return RolePage{}, false
		}
		seen := false
		switch {
		case u.Script != nil:
			s := u.Script
			for i := range s.Strings {
				str := &s.Strings[i]
				if str.IsKey || !project.Opens(str.Value, route) {
					continue
				}
				seen = true
				switch {
				case str.Arg == "switchTab":
					// opens tab pages only: no link to this one
				case str.Staff:
					if gate == nil {
						gate = &RolePage{Path: f, Span: str.Span}
					}
					if label == "" {
						label = labelBeside(u, s, i)
					}
				case navAPIs[str.Arg] && str.Call >= 0 && str.Call < len(s.Calls) && !live.Runs(f, s.Calls[str.Call].Func):
					// a navigation nothing runs
				default:
					return RolePage{}, false
				}
			}
		case u.Template != nil:
			t := u.Template
			for i := range t.Elements {
				e := &t.Elements[i]
				for j := range e.Attrs {
					lit := e.Attrs[j].Literal()
					if !strings.Contains(lit, "/") || !project.Opens(lit, route) {
						continue
					}
					seen = true
					a := staffShown(t, i)
					if a == nil {
						return RolePage{}, false
					}
					if gate == nil {
						gate = &RolePage{Path: f, Span: a.ValueSpan}
					}
					if label == "" {
						label = elementText(t, i)
					}
				}
			}
		}
		if !seen {
			return RolePage{}, false // a config, or a way of linking not read
		}
	}
	if gate == nil {
		return RolePage{}, false
	}
	gate.Route, gate.Label = route, label
	if gate.Label == "" {
		gate.Label = pageTitle(pg)
	}
	return *gate, true
}

// staffShown returns the wx:if (tt:if, a:if, s-if …) of element i or an
// element around it whose condition holds only for staff, or nil.
func staffShown(t *template.Facts, i int) *template.Attr {
	for k := 0; i >= 0 && i < len(t.Elements) && k < 64; k++ {
		e := &t.Elements[i]
		for j := range e.Attrs {
			a := &e.Attrs[j]
			n := strings.ToLower(a.Name)
			if !(strings.HasSuffix(n, ":if") || strings.HasSuffix(n, ":elif") || n == "s-if" || n == "s-elif") {
				continue
			}
			if len(a.Interps) == 1 && staffExpr(a.Interps[0].Expr, 0) {
				return a
			}
		}
		i = e.Parent
	}
	return nil
}

// staffExpr reports whether a template condition holds only for staff: a
// staff flag (isAdmin, userInfo.is_manager), a role compared with a staff
// role (role === 'admin'), joined so that it still holds only for them
// (a && b when either does, a || b when both do). A negation holds for
// everyone else.
func staffExpr(x string, depth int) bool {
	x = strings.TrimSpace(x)
	for depth < 8 && len(x) > 1 && x[0] == '(' && closing(x, 0) == len(x)-1 {
		x = strings.TrimSpace(x[1 : len(x)-1])
	}
	if depth >= 8 || x == "" {
		return false
	}
	if parts := splitTop(x, "||"); len(parts) > 1 {
		for _, p := range parts {
			if !staffExpr(p, depth+1) {
				return false
			}
		}
		return true
	}
	if parts := splitTop(x, "&&"); len(parts) > 1 {
		for _, p := range parts {
			if staffExpr(p, depth+1) {
				return true
			}
		}
		return false
	}
	if strings.HasPrefix(x, "!") || strings.ContainsAny(x, "?!<>") {
		return false
	}
	if l, r, ok := strings.Cut(x, "=="); ok {
		l, r = strings.TrimSpace(l), strings.TrimLeft(strings.TrimSpace(r), "= ")
		for _, p := range [2][2]string{{l, r}, {r, l}} {
			if name, ok := lastName(p[0]); ok {
				if v, ok := stringLit(p[1]); ok {
					return script.StaffRoleTest(name, v)
				}
			}
		}
		return false
	}
	name, ok := lastName(x)
	return ok && script.StaffFlag(name)
}

var identChain = regexp.MustCompile(`^[A-Za-z_$][\w$]*(\s*\.\s*[A-Za-z_$][\w$]*)*$`)

// lastName is the last name of a member chain (userInfo.isAdmin → isAdmin).
func lastName(x string) (string, bool) {
	x = strings.TrimSpace(x)
	if !identChain.MatchString(x) {
		return "", false
	}
	if i := strings.LastIndex(x, "."); i >= 0 {
		x = x[i+1:]
	}
	return strings.TrimSpace(x), true
}

func stringLit(x string) (string, bool) {
	x = strings.TrimSpace(x)
	if len(x) >= 2 && (x[0] == '\'' || x[0] == '"') && x[len(x)-1] == x[0] {
		return x[1 : len(x)-1], true
	}
	return "", false
}

// splitTop splits x at op outside parentheses and quotes.
func splitTop(x, op string) []string {
	var parts []string
	depth, start := 0, 0
	var q byte
	for i := 0; i < len(x); i++ {
		c := x[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0 && strings.HasPrefix(x[i:], op):
			parts = append(parts, x[start:i])
			i += len(op) - 1
			start = i + 1
		}
	}
	return append(parts, x[start:])
}

// closing is the index of the parenthesis closing the one at i, or -1.
func closing(x string, i int) int {
	depth := 0
	for j := i; j < len(x); j++ {
		switch x[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// denial is a page telling a user they may not use it: not a 合作用户, no
// permission, staff only. Not a login guard (请先登录): a reviewer's own
// account passes that one.
var denial = regexp.MustCompile(`(无|没有|暂无)(访问|操作|查看|使用)?权限|权限不足|无权(访问|查看|操作|进入|使用)|(不是|非|仅限|只有|仅)(管理员|工作人员|员工|店员|商家|合作)|还不是.{0,8}(合作|管理员|员工|商家|工作人员|骑手|师傅|老师|教师)`)

// leaveAPIs send a user away from a page.
var leaveAPIs = map[string]bool{"redirectTo": true, "reLaunch": true, "navigateBack": true, "switchTab": true}

// refusesOthers: the page, on load, says to a user that they may not use
// it (a toast or dialog on entry) and sends them away from the same
// function.
func refusesOthers(env *rule.Env, pg *project.Page) (RolePage, bool) {
	u := env.Units[pg.Files.Script]
	if u == nil || u.Script == nil {
		return RolePage{}, false
	}
	s := u.Script
	for _, str := range s.Strings {
		if str.IsKey || str.Call < 0 || str.Call >= len(s.Calls) || !denial.MatchString(str.Value) {
			continue
		}
		c := &s.Calls[str.Call]
		if !c.OnEntry {
			continue
		}
		for k := range s.Calls {
			l := &s.Calls[k]
			if l.OnEntry && l.Func == c.Func && l.Factory == "" && leaveAPIs[l.API] {
				label := pageTitle(pg)
				if label == "" {
					label = entryLabel(env, pg)
				}
				return RolePage{Route: pg.Route, Label: label, Path: u.Path, Span: str.Span}, true
			}
		}
	}
	return RolePage{}, false
}

// pageTitle is the page json's navigationBarTitleText, "" if none.
func pageTitle(pg *project.Page) string {
	if t := pg.NavigationBarTitleText; t != nil {
		return shortLabel(t.Value)
	}
	return ""
}

// entryLabel is the text of the first element of a template that links
// the page (管理中心 on the 我的 page's menu row), "" if none.
func entryLabel(env *rule.Env, pg *project.Page) string {
	proj := env.Project
	route, files, ok := proj.PageOpeners(pg.Files.Script)
	if !ok {
		return ""
	}
	for _, f := range slices.Sorted(slices.Values(files)) {
		u := env.Units[f]
		if u == nil || u.Template == nil {
			continue
		}
		t := u.Template
		for i := range t.Elements {
			for _, a := range t.Elements[i].Attrs {
				if lit := a.Literal(); strings.Contains(lit, "/") && project.Opens(lit, route) {
					if l := elementText(t, i); l != "" {
						return l
					}
				}
			}
		}
	}
	return ""
}

// elementText is the text shown inside element i, or its text or title
// attribute (<van-grid-item text="优惠券" url="…">), shortened.
func elementText(t *template.Facts, i int) string {
	var b strings.Builder
	for _, tr := range t.Texts {
		if tr.Attr != "" {
			if tr.Elem == i && (tr.Attr == "text" || tr.Attr == "title" || tr.Attr == "label") && b.Len() == 0 {
				b.WriteString(strings.TrimSpace(tr.Text))
			}
			continue
		}
		for e, k := tr.Elem, 0; e >= 0 && e < len(t.Elements) && k < 64; e, k = t.Elements[e].Parent, k+1 {
			if e == i {
				b.WriteString(strings.TrimSpace(tr.Text))
				break
			}
		}
	}
	return shortLabel(b.String())
}

// labelBeside is the label written beside a staff link in the same object
// on its line ({ text: '签到', url: '/pages/workbench/checkin/index' }).
func labelBeside(u *rule.Unit, s *script.Facts, i int) string {
	link := s.Strings[i].Span
	for j := range s.Strings {
		str := &s.Strings[j]
		switch str.Key {
		case "text", "title", "name", "label":
		default:
			continue
		}
		a, b := str.Span.End, link.Start
		if a > b {
			a, b = link.End, str.Span.Start
		}
		if a < 0 || b > len(u.Text) || a > b || b-a > 200 || strings.ContainsAny(string(u.Text[a:b]), "\n{}") {
			continue
		}
		return shortLabel(str.Value)
	}
	return ""
}

// shortLabel trims a label to something a message can name.
func shortLabel(s string) string {
	s = strings.Join(strings.Fields(s), "")
	if strings.ContainsAny(s, "{}<>") {
		return ""
	}
	if r := []rune(s); len(r) > 12 {
		return string(r[:12]) + "…"
	}
	return s
}

// NeedsTestAccount is login/test-account's judgement, for the rule and the
// submission notes: the account evidence (TestAccountEvidence: in
// recommended, credentials a user types on a page users reach), else the
// first feature only an account with a role can use (RolePages), which
// asks for a test account with that role whatever the login; and those
// features.
func NeedsTestAccount(env *rule.Env) (Evidence, []RolePage, bool) {
	roles := RolePages(env)
	if ev, ok := TestAccountEvidence(env); ok {
		return ev, roles, true
	}
	if len(roles) > 0 {
		return roleEvidence(roles[0]), roles, true
	}
	return Evidence{}, nil, false
}

// roleEvidence is a role's feature as the evidence of a test account.
func roleEvidence(r RolePage) Evidence {
	return Evidence{Path: r.Path, Span: r.Span, What: rule.Msg{Zh: "仅限特定角色的功能 " + r.Name(), En: "a feature only a role can use: " + r.Name()}}
}

// roleNames names up to three features: "管理中心 pages/manage/index/index、…"
// in Chinese, joined by ", " and closed by "…" in English.
func roleNames(roles []RolePage) rule.Msg {
	var names []string
	for i, r := range roles {
		if i == 3 {
			break
		}
		names = append(names, r.Name())
	}
	m := rule.Msg{Zh: strings.Join(names, "、"), En: strings.Join(names, ", ")}
	if len(roles) > 3 {
		m.Zh += " 等"
		m.En += " …"
	}
	return m
}
