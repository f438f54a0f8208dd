package login

import (
	"context"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/callgraph"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A way from an entry lifecycle to a login redirect that a visitor never
// takes is no forced login. These steps keep a visitor off it:
//
//   - a guard on the login state: the call sits in the branch of
//     `if (token)`, `if (wx.getStorageSync('userId'))`, `isLogin && …`,
//     the else of `if (!userInfo)`, or after `if (!token) return`: only a
//     logged-in user gets there;
//   - a request the server answers without a login: its path names a
//     public endpoint (a segment noauth, public, anon, open, guest …) or
//     the request helper is told so (needLogin: false, auth: false,
//     noToken: true …). Such a request never gets the 401 whose handler
//     sends the user to the login page. The path counts only when the
//     redirect is the response's (see viaResponse): a helper that checks
//     the token before sending redirects a visitor whatever the path;
//   - a read of public content (home, banner, goods, category, list …,
//     see publicRead), when the redirect sits in the branch the response
//     handler takes on a refused session (401, token expired; see
//     authBranch): a visitor reading the home page gets no such answer.
//     A 我的 or 购物车 tab that reads the user's own data still does.

// step kinds a judge reports.
const (
	stepGuard = 1 << iota // behind a check of the login state
	stepFlag              // a request told it needs no login
	stepPath              // a request to a public endpoint
	stepRead              // a read of public content (home, goods, banner …)
)

// judge reads the steps of ways; it parses a file once, when first asked.
type judge struct {
	env   *rule.Env
	files map[string]*jsFile
	// own is the unit a file check reads, which may be newer than the
	// project's.
	own *rule.Unit
}

type jsFile struct {
	tree *sitter.Tree
	src  []byte
}

func newJudge(env *rule.Env) *judge { return &judge{env: env, files: map[string]*jsFile{}} }

func (j *judge) close() {
	for _, f := range j.files {
		if f != nil && f.tree != nil {
			f.tree.Close()
		}
	}
	j.files = nil
}

func (j *judge) file(path string) *jsFile {
	if f, ok := j.files[path]; ok {
		return f
	}
	j.files[path] = nil
	u := j.own
	if u == nil || u.Path != path {
		u = nil
		if j.env != nil {
			u = j.env.Units[path]
		}
	}
	if u == nil || u.Script == nil || !u.Lang.IsScript() {
		return nil
	}
	t, err := parse.Parse(context.Background(), u.Lang, nil, u.Text)
	if err != nil {
		return nil
	}
	f := &jsFile{tree: t, src: u.Text}
	j.files[path] = f
	return f
}

// step judges the call of another function at site (its callee's name) in
// the file at path: the step kinds that keep a visitor off the way.
func (j *judge) step(path string, site text.Span) int {
	f := j.file(path)
	if f == nil {
		return 0
	}
	n := nodeAt(f.tree.RootNode(), site)
	if n == nil {
		return 0
	}
	k := 0
	if loggedInOnly(n, f.src) {
		k |= stepGuard
	}
	if call := callOf(n); call != nil {
		if args := call.ChildByFieldName("arguments"); args != nil {
			flag, path := publicRequest(args, f.src)
			if flag {
				k |= stepFlag
			}
			if path {
				k |= stepPath
			}
			if publicRead(args, f.src) {
				k |= stepRead
			}
		}
	}
	return k
}

// loggedInCall: the platform call at span of the file at path runs only
// for a logged-in user (`if (token && expired) wx.navigateTo(…login)`).
func (j *judge) loggedInCall(path string, span text.Span) bool {
	f := j.file(path)
	if f == nil {
		return false
	}
	n := nodeAt(f.tree.RootNode(), span)
	return n != nil && loggedInOnly(n, f.src)
}

// mark is the callgraph.Mark of the steps of the given kinds.
func (j *judge) mark(kinds int) callgraph.Mark {
	return func(path string, site text.Span) bool { return j.step(path, site)&kinds != 0 }
}

// nodeAt is the smallest named node that holds span.
func nodeAt(root *sitter.Node, sp text.Span) *sitter.Node {
	if root == nil || sp.Start < int(root.StartByte()) || sp.End > int(root.EndByte()) {
		return nil
	}
	n := root
	for depth := 0; depth < 1000; depth++ {
		next := (*sitter.Node)(nil)
		for i := 0; i < int(n.NamedChildCount()); i++ {
			c := n.NamedChild(i)
			if int(c.StartByte()) <= sp.Start && sp.End <= int(c.EndByte()) {
				next = c
				break
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
	return n
}

func sameNode(a, b *sitter.Node) bool {
	return a != nil && b != nil && a.StartByte() == b.StartByte() && a.EndByte() == b.EndByte() && a.Type() == b.Type()
}

// callOf is the call whose callee n names (n the callee's last name).
func callOf(n *sitter.Node) *sitter.Node {
	for p := n.Parent(); p != nil; n, p = p, p.Parent() {
		switch p.Type() {
		case "member_expression":
			if !sameNode(p.ChildByFieldName("property"), n) {
				return nil
			}
		case "call_expression":
			if sameNode(p.ChildByFieldName("function"), n) {
				return p
			}
			return nil
		case "parenthesized_expression", "non_null_expression":
		default:
			return nil
		}
	}
	return nil
}

// loggedInOnly: only a logged-in user reaches n — it sits in the branch of
// a condition on the login state that holds when logged in, or after an
// early return on its negation.
func loggedInOnly(n *sitter.Node, src []byte) bool {
	for p := n.Parent(); p != nil; n, p = p, p.Parent() {
		switch p.Type() {
		case "if_statement", "ternary_expression":
			cond := p.ChildByFieldName("condition")
			if sameNode(n, p.ChildByFieldName("consequence")) {
				if pos, _ := loginCond(cond, src, 0); pos {
					return true
				}
			}
			if sameNode(n, p.ChildByFieldName("alternative")) {
				if _, neg := loginCond(cond, src, 0); neg {
					return true
				}
			}
		case "binary_expression":
			if !sameNode(n, p.ChildByFieldName("right")) {
				break
			}
			l := p.ChildByFieldName("left")
			switch operatorOf(p, src) {
			case "&&":
				if pos, _ := loginCond(l, src, 0); pos {
					return true
				}
			case "||":
				if _, neg := loginCond(l, src, 0); neg {
					return true
				}
			}
		case "statement_block", "program", "switch_case", "switch_default", "class_body":
			for s := n.PrevNamedSibling(); s != nil; s = s.PrevNamedSibling() {
				if s.Type() != "if_statement" || s.ChildByFieldName("alternative") != nil || !alwaysExits(s.ChildByFieldName("consequence")) {
					continue
				}
				if _, neg := loginCond(s.ChildByFieldName("condition"), src, 0); neg {
					return true
				}
			}
		}
	}
	return false
}

// alwaysExits: the statement always leaves the function (return, throw).
func alwaysExits(s *sitter.Node) bool {
	if s == nil {
		return false
	}
	switch s.Type() {
	case "return_statement", "throw_statement":
		return true
	case "statement_block":
		if c := int(s.NamedChildCount()); c > 0 {
			return alwaysExits(s.NamedChild(c - 1))
		}
	}
	return false
}

func operatorOf(n *sitter.Node, src []byte) string {
	if op := n.ChildByFieldName("operator"); op != nil {
		return op.Content(src)
	}
	return ""
}

func unwrapNode(n *sitter.Node) *sitter.Node {
	for n != nil {
		switch n.Type() {
		case "parenthesized_expression", "await_expression", "non_null_expression", "as_expression", "satisfies_expression":
			n = n.NamedChild(0)
		default:
			return n
		}
	}
	return n
}

const loginDepth = 12

// loginCond classifies a condition on the login state: pos "true ⇒ the
// user is logged in", neg "false ⇒ the user is logged in".
func loginCond(c *sitter.Node, src []byte, depth int) (pos, neg bool) {
	c = unwrapNode(c)
	if c == nil || depth > loginDepth {
		return false, false
	}
	switch c.Type() {
	case "unary_expression":
		if operatorOf(c, src) == "!" {
			p, n := loginCond(c.ChildByFieldName("argument"), src, depth+1)
			return n, p
		}
	case "binary_expression":
		l, r := c.ChildByFieldName("left"), c.ChildByFieldName("right")
		switch op := operatorOf(c, src); op {
		case "&&":
			pl, nl := loginCond(l, src, depth+1)
			pr, nr := loginCond(r, src, depth+1)
			return pl || pr, nl && nr
		case "||":
			pl, nl := loginCond(l, src, depth+1)
			pr, nr := loginCond(r, src, depth+1)
			return pl && pr, nl || nr
		case "==", "===", "!=", "!==", ">", "<":
			x, lit := l, unwrapNode(r)
			if isLiteralNode(unwrapNode(l)) {
				x, lit = r, unwrapNode(l)
			}
			p, n := loginCond(x, src, depth+1)
			if !p && !n {
				return false, false
			}
			truthy := false
			switch t := lit.Content(src); {
			case t == "true":
				truthy = true
			case t == "false" || t == "null" || t == "undefined" || t == "''" || t == `""` || t == "0":
			default:
				return false, false
			}
			switch op {
			case ">": // x.length > 0
				if lit.Content(src) != "0" || !sameNode(x, l) {
					return false, false
				}
				return p, n
			case "<":
				return false, false
			case "!=", "!==":
				truthy = !truthy
			}
			if truthy {
				return p, n
			}
			return n, p
		}
	case "identifier", "shorthand_property_identifier":
		name := c.Content(src)
		if p, n := loginName(name); p || n {
			return p, n
		}
		if v := declaredValue(c, name, src); v != nil {
			return loginCond(v, src, depth+1)
		}
	case "member_expression":
		prop := c.ChildByFieldName("property")
		if prop == nil {
			return false, false
		}
		if p, n := loginName(prop.Content(src)); p || n {
			return p, n
		}
		switch strings.ToLower(prop.Content(src)) {
		case "length", "id", "value", "data":
			return loginCond(c.ChildByFieldName("object"), src, depth+1)
		}
	case "subscript_expression":
		if idx := unwrapNode(c.ChildByFieldName("index")); idx != nil && isStringNode(idx) {
			return loginName(stringNodeValue(idx, src))
		}
	case "call_expression":
		fn := unwrapNode(c.ChildByFieldName("function"))
		name := calleeLastName(fn, src)
		switch name {
		case "getStorageSync", "getStorage", "getItem", "get", "getData", "getStorageItem":
			// the value stored under a login key: getStorageSync('token')
			if args := c.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				a := unwrapNode(args.NamedChild(0))
				if isStringNode(a) {
					return loginName(stringNodeValue(a, src))
				}
				return loginName(calleeLastName(a, src))
			}
			return false, false
		case "Boolean":
			if args := c.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				return loginCond(args.NamedChild(0), src, depth+1)
			}
		}
		// isLogin(), hasLogin(), getToken()
		return loginName(name)
	}
	return false, false
}

func isLiteralNode(n *sitter.Node) bool {
	if n == nil {
		return false
	}
	switch n.Type() {
	case "true", "false", "null", "undefined", "number", "string":
		return true
	}
	return false
}

func isStringNode(n *sitter.Node) bool {
	return n != nil && (n.Type() == "string" || n.Type() == "template_string" && n.NamedChildCount() == 0)
}

// stringNodeValue is a string literal's content without its quotes.
func stringNodeValue(n *sitter.Node, src []byte) string {
	t := n.Content(src)
	if len(t) >= 2 {
		return t[1 : len(t)-1]
	}
	return ""
}

func calleeLastName(n *sitter.Node, src []byte) string {
	n = unwrapNode(n)
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "identifier", "property_identifier", "shorthand_property_identifier":
		return n.Content(src)
	case "member_expression":
		if p := n.ChildByFieldName("property"); p != nil {
			return p.Content(src)
		}
	}
	return ""
}

// declaredValue is the value a variable named name is declared with, in a
// block around n (`const userId = wx.getStorageSync('userId')`), nil if
// none.
func declaredValue(n *sitter.Node, name string, src []byte) *sitter.Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Type() {
		case "statement_block", "program":
		default:
			continue
		}
		for i := 0; i < int(p.NamedChildCount()); i++ {
			d := p.NamedChild(i)
			if d.Type() != "lexical_declaration" && d.Type() != "variable_declaration" {
				continue
			}
			for k := 0; k < int(d.NamedChildCount()); k++ {
				v := d.NamedChild(k)
				if v.Type() != "variable_declarator" {
					continue
				}
				if id := v.ChildByFieldName("name"); id != nil && id.Type() == "identifier" && id.StartByte() != n.StartByte() && id.Content(src) == name {
					return v.ChildByFieldName("value")
				}
			}
		}
	}
	return nil
}

// loginName classifies a flag, variable, storage key or function name:
// pos when it holds only for a logged-in user (token, userId, openid,
// isLogin, userInfo), neg when it holds only for a visitor (needLogin,
// notLogin, isGuest).
func loginName(name string) (pos, neg bool) {
	l := strings.ToLower(strings.NewReplacer("_", "", "-", "", "$", "").Replace(name))
	if l == "" {
		return false, false
	}
	for _, w := range [...]string{"notlogin", "nologin", "unlogin", "needlogin", "tologin", "gologin", "showlogin", "notoken", "needauth", "guest", "visitor", "tourist", "anonymous"} {
		if strings.Contains(l, w) {
			return false, true
		}
	}
	for _, w := range [...]string{"expire", "invalid", "fail", "error", "empty", "missing", "logout", "key", "name", "url", "api", "code", "type", "time"} {
		if strings.Contains(l, w) {
			return false, false
		}
	}
	for _, w := range [...]string{"token", "jwt", "session", "openid", "unionid", "userid", "memberid", "customerid", "userinfo", "userdata", "logininfo", "loginuser", "currentuser", "islogin", "haslogin", "islogged", "loggedin", "logined", "loginstate", "loginstatus", "isauth", "hasauth"} {
		if strings.Contains(l, w) {
			return true, false
		}
	}
	switch l {
	case "uid", "user", "login", "member", "account", "auth":
		return true, false
	}
	return false, false
}

// publicRequest reads a call's arguments: flag when an option tells the
// request helper it needs no login (needLogin: false, auth: false,
// noToken: true), path when a url names a public endpoint (a segment
// noauth, public, anon, open, guest …).
func publicRequest(args *sitter.Node, src []byte) (flag, path bool) {
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if n == nil || depth > 8 || flag && path {
			return
		}
		switch n.Type() {
		case "arrow_function", "function_expression", "function", "method_definition":
			return
		case "string", "template_string":
			if publicPath(n.Content(src)) {
				path = true
			}
			return
		case "pair":
			k := n.ChildByFieldName("key")
			v := unwrapNode(n.ChildByFieldName("value"))
			if k != nil && v != nil {
				key := k.Content(src)
				if isStringNode(k) {
					key = stringNodeValue(k, src)
				}
				if publicOption(key, v.Content(src)) {
					flag = true
				}
			}
		case "identifier":
			if v := declaredValue(n, n.Content(src), src); v != nil && isStringNode(unwrapNode(v)) && publicPath(unwrapNode(v).Content(src)) {
				path = true
			}
			return
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i), depth+1)
		}
	}
	walk(args, 0)
	return flag, path
}

// publicPath: a url or path one of whose segments names an endpoint open
// to visitors.
func publicPath(s string) bool {
	if !strings.Contains(s, "/") {
		return false
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	for _, seg := range strings.Split(s, "/") {
		seg = strings.ToLower(strings.NewReplacer("_", "", "-", "", "`", "", "'", "", `"`, "").Replace(seg))
		switch seg {
		case "noauth", "nologin", "notoken", "unauth", "withoutauth", "public", "pub", "anon", "anonymous", "open", "openapi", "guest", "visitor", "tourist", "permitall":
			return true
		}
	}
	return false
}

// publicOption: an option key and value that tell a request helper to send
// no token or skip its login check.
func publicOption(key, value string) bool {
	k := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(key))
	v := strings.TrimSpace(value)
	isFalse := v == "false" || v == "!1" || v == "0"
	isTrue := v == "true" || v == "!0" || v == "1"
	switch k {
	case "needlogin", "needauth", "auth", "requireauth", "requirelogin", "requiretoken", "needtoken", "withtoken", "usetoken", "token", "login", "checklogin", "checkauth", "checktoken", "isauth", "isauthorization", "loginrequired", "authrequired", "mustlogin", "islogin", "needsession":
		return isFalse
	case "noauth", "notoken", "nologin", "skipauth", "skiplogin", "skiptoken", "ignoreauth", "ignorelogin", "ignoretoken", "anonymous", "anon", "public", "ispublic", "guest", "withouttoken", "withoutauth", "nocheck", "notcheck", "nochecklogin":
		return isTrue
	}
	return false
}

// viaResponse: the way reaches its call through a network request's
// response — a step or the call itself sits in a callback of wx.request
// (its options, or a .then chained on it) — as a request helper's handler
// of 401 does.
func viaResponse(env *rule.Env, h *callgraph.Hit) bool {
	in := func(path string, sp text.Span) bool {
		u := env.Units[path]
		if u == nil || u.Script == nil {
			return false
		}
		return inResponse(u.Script, sp)
	}
	for i := 1; i < len(h.Hops); i++ {
		if in(h.Hops[i-1].Path, h.Hops[i].Site) {
			return true
		}
	}
	return in(h.Path, h.Call.Span)
}

func inResponse(s *script.Facts, sp text.Span) bool {
	for i := range s.Calls {
		r := &s.Calls[i]
		if r.Namespace == "" || r.Factory != "" {
			continue
		}
		switch r.API {
		case "request", "httpRequest", "uploadFile", "downloadFile":
		default:
			continue
		}
		if r.ArgsSpan.Start <= sp.Start && sp.End <= r.ArgsSpan.End {
			return true
		}
		if r.Style == script.StylePromise && r.Span.End <= sp.Start && sp.End <= r.Statement.End {
			return true
		}
	}
	return false
}

// publicRead: a url among a call's arguments reads content a shop or a
// news app shows every visitor — a word of its path names the home page,
// the catalogue or the page furniture (home, index, banner, goods,
// category, list, detail, search, icon, menu …) and none names the
// user's own data (user, member, order, cart, address, coupon, points,
// collect, message …). /module/getHomeModuleList and /goods/list are
// such reads; /order/list, /user/detail and /v1/deals are not.
func publicRead(args *sitter.Node, src []byte) bool {
	found := false
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if n == nil || depth > 8 || found {
			return
		}
		switch n.Type() {
		case "arrow_function", "function_expression", "function", "method_definition":
			return
		case "string", "template_string":
			if readPath(n.Content(src)) {
				found = true
			}
			return
		case "identifier":
			if v := declaredValue(n, n.Content(src), src); v != nil && isStringNode(unwrapNode(v)) && readPath(unwrapNode(v).Content(src)) {
				found = true
			}
			return
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i), depth+1)
		}
	}
	walk(args, 0)
	return found
}

// readPath: a url or path whose words name public content and no word
// the user's own data (see publicRead).
func readPath(s string) bool {
	if !strings.Contains(s, "/") {
		return false
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		// the host names no endpoint
		s = s[i+3:]
		if j := strings.Index(s, "/"); j >= 0 {
			s = s[j:]
		} else {
			return false
		}
	}
	public := false
	for _, w := range pathWords(s) {
		switch w {
		case "user", "users", "member", "members", "my", "mine", "me", "self", "personal", "order", "orders",
			"cart", "carts", "address", "addr", "coupon", "coupons", "wallet", "balance", "account", "profile",
			"point", "points", "score", "integral", "collect", "collection", "favorite", "favorites", "fav",
			"follow", "message", "messages", "msg", "pay", "payment", "refund", "invoice", "vip", "record",
			"records", "history", "footprint", "sign", "checkin", "login", "logout", "register", "auth",
			"token", "session", "bind", "phone", "mobile", "customer", "uc", "ucenter":
			return false
		case "home", "homepage", "index", "banner", "banners", "swiper", "slide", "slides", "carousel",
			"goods", "product", "products", "item", "items", "spu", "sku", "category", "categories", "cate",
			"catalog", "catalogue", "classify", "list", "detail", "details", "search", "hot", "recommend",
			"brand", "brands", "module", "modules", "floor", "floors", "icon", "icons", "nav", "navigation",
			"menu", "menus", "tabbar", "notice", "notices", "news", "article", "articles", "topic", "channel":
			public = true
		}
	}
	return public
}

// pathWords are the lower-case words of a path: its segments split at
// _ - . and at a capital (getHomeModuleList → get home module list).
func pathWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, strings.ToLower(b.String()))
			b.Reset()
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			prevLower = true
		case r >= 'A' && r <= 'Z':
			if prevLower {
				flush()
			}
			b.WriteRune(r)
			prevLower = false
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

// authBranch: the way reaches its call through the branch a response
// handler takes when the server refuses the session — a step or the call
// itself sits where `res.statusCode === 401`, `res.data.code == 401`,
// `code === 10001 || code === 10002`, `msg === 'token失效'` or
// `message.includes('未登录')` holds. A visitor's read of public content
// gets no such answer.
func (j *judge) authBranch(h *callgraph.Hit) bool {
	in := func(path string, sp text.Span) bool {
		f := j.file(path)
		if f == nil {
			return false
		}
		n := nodeAt(f.tree.RootNode(), sp)
		return n != nil && inAuthBranch(n, f.src)
	}
	for i := 1; i < len(h.Hops); i++ {
		if in(h.Hops[i-1].Path, h.Hops[i].Site) {
			return true
		}
	}
	return in(h.Path, h.Call.NameSpan)
}

// inAuthBranch: n sits in the branch of a condition on a response's
// status that holds when the server refuses the session; a callback
// written in that branch (wx.login({ success: … }) to renew it) runs
// only after it is taken.
func inAuthBranch(n *sitter.Node, src []byte) bool {
	for p := n.Parent(); p != nil; n, p = p, p.Parent() {
		switch p.Type() {
		case "if_statement", "ternary_expression":
			if sameNode(n, p.ChildByFieldName("consequence")) && authFailure(p.ChildByFieldName("condition"), src, 0) {
				return true
			}
		case "binary_expression":
			if operatorOf(p, src) == "&&" && sameNode(n, p.ChildByFieldName("right")) && authFailure(p.ChildByFieldName("left"), src, 0) {
				return true
			}
		case "switch_case":
			// case 401: under switch (res.statusCode)
			v := unwrapNode(p.ChildByFieldName("value"))
			sw := p.Parent()
			if sw != nil {
				sw = sw.Parent()
			}
			if v != nil && sw != nil && sw.Type() == "switch_statement" && refusal(v, src) && statusField(unwrapNode(sw.ChildByFieldName("value")), src) {
				return true
			}
		}
	}
	return false
}

// authFailure: a condition that holds only when a response refuses the
// session.
func authFailure(c *sitter.Node, src []byte, depth int) bool {
	c = unwrapNode(c)
	if c == nil || depth > loginDepth {
		return false
	}
	switch c.Type() {
	case "binary_expression":
		l, r := unwrapNode(c.ChildByFieldName("left")), unwrapNode(c.ChildByFieldName("right"))
		switch op := operatorOf(c, src); op {
		case "&&":
			return authFailure(l, src, depth+1) || authFailure(r, src, depth+1)
		case "||":
			return authFailure(l, src, depth+1) && authFailure(r, src, depth+1)
		case "==", "===":
			if isLiteralNode(l) {
				l, r = r, l
			}
			if r == nil || !isLiteralNode(r) {
				return false
			}
			if r.Type() == "string" && authWords(stringNodeValue(r, src)) {
				return true
			}
			return statusField(l, src) && refusal(r, src)
		case ">", ">=", "!=", "!==":
			// msg.indexOf('未登录') > -1
			return authCall(l, src) || authCall(r, src)
		}
	case "call_expression":
		return authCall(c, src)
	}
	return false
}

// authCall: msg.includes('token失效'), text.indexOf('未登录').
func authCall(c *sitter.Node, src []byte) bool {
	c = unwrapNode(c)
	if c == nil || c.Type() != "call_expression" {
		return false
	}
	switch calleeLastName(c.ChildByFieldName("function"), src) {
	case "includes", "indexOf", "startsWith", "test", "search", "match":
	default:
		return false
	}
	args := c.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return false
	}
	a := unwrapNode(args.NamedChild(0))
	return isStringNode(a) && authWords(stringNodeValue(a, src))
}

// authWords: a message that says the session is gone.
func authWords(s string) bool {
	l := strings.ToLower(s)
	for _, w := range [...]string{"未登录", "未登陆", "请登录", "请先登录", "重新登录", "登录失效", "登录过期", "登录已过期", "token", "失效", "过期", "未授权", "unauthorized", "unauthenticated", "expired", "not login", "nologin", "no login"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// statusField: the expression reads a response's status or code
// (res.statusCode, res.data.code, errno, data['code'], a destructured
// code).
func statusField(n *sitter.Node, src []byte) bool {
	n = unwrapNode(n)
	if n == nil {
		return false
	}
	name := ""
	switch n.Type() {
	case "identifier", "member_expression":
		name = calleeLastName(n, src)
	case "subscript_expression":
		if idx := unwrapNode(n.ChildByFieldName("index")); idx != nil && isStringNode(idx) {
			name = stringNodeValue(idx, src)
		}
	}
	switch strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name)) {
	case "code", "statuscode", "status", "errcode", "errno", "ret", "retcode", "resultcode", "errorcode", "rescode", "respcode", "state":
		return true
	}
	return false
}

// refusal: a status value that is no success: not 0, 1, 2xx, '0000',
// 'success', 'ok', true.
func refusal(v *sitter.Node, src []byte) bool {
	t := v.Content(src)
	if v.Type() == "string" {
		t = stringNodeValue(v, src)
	} else if v.Type() != "number" {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(t))
	if l == "" || strings.Trim(l, "0") == "" {
		return false
	}
	switch l {
	case "1", "success", "ok", "true":
		return false
	}
	if len(l) == 3 && l[0] == '2' && strings.Trim(l, "0123456789") == "" {
		return false
	}
	return true
}
