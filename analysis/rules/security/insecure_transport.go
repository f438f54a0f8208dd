package security

import (
	"bytes"
	"net"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// InsecureTransport: a request, uploadFile, downloadFile or connectSocket
// goes to http:// or ws://. WeChat's code scan flags "隐私数据未加密传输"
// (PROC), and the platforms only allow https/wss domains in a released
// mini-program.
//
// Which strings are the URL — pragmatic, within the project:
//   - the url option of request / uploadFile / downloadFile / connectSocket
//     (httpRequest on Alipay), also the head of a concatenation or of a
//     template literal ('http://a.cn/x' + id, `http://${host}/x`);
//     the names it reads are those of its code (a key in brackets,
//     config['URL'], is a name; the words of a template literal's text are
//     not), and of what its function gives a local it reads (`let url =
//     config['UPLOAD'] + path` … url: url);
//   - a string given to a name the url of such a call uses, anywhere in the
//     project (`const BASE = 'http://…'` … url: BASE + path;
//     globalData: { host: 'http://…' } … url: app.globalData.host + path);
//     names too common to follow (url, path, src, data …) are skipped;
//   - a string given to a name that says it is an endpoint (BASE_URL,
//     apiHost, SERVER, wsUrl: words base, host, api, server, domain,
//     endpoint, gateway, socket, ws) when the project makes network calls
//     and some script reads that name (a config's baseUrl that nothing
//     reads is never requested: `dev: { baseUrl: 'http://…' }` beside the
//     apiBaseUrl every call uses; nor is a name only exported under its
//     own key, `module.exports = { host, cdnDomain }`, that no script
//     reads as config.cdnDomain or by destructuring);
//   - a string passed to a project function that makes the request with
//     its argument (a wrapper: request('http://…'), http.get('http://…'));
//   - a string given to a local name, even a common one, in the function
//     whose own request reads that name (a helper's `if (legacy) url =
//     'http://old…'` before wx.request({ url })); see localURL.
//
// A request in a function nothing calls (no lifecycle, no template binds
// it, no live code calls it: rule.Liveness — a handler whose only button
// is commented out) is not made; the strict profile still reports it.
//
// An env switch whose selector the code sets to a literal picks the side
// that ships: `const env = 'development'` … `env === 'development' ?
// 'http://dev…' : 'https://…'`, or urls[env] over { development: …,
// production: … }. The picked side is what the name holds (reported as
// above), the other side is never requested (see envPick). A switch on
// anything else (process.env, a run-time flag) stays open: its sides are
// judged as they stand, a conditional's sides unnamed.
//
// Judgment: loopback and private addresses (localhost, 127.x, 10.x,
// 192.168.x, 172.16–31.x, *.local) are development servers, often one side
// of an env switch (isDev ? 'http://localhost:3000' : 'https://api…'):
// they are reported only when the app requests no https/wss server at
// all, as the server that ships (no reviewer's phone reaches it), with no
// fix (a development machine answers no TLS). Cloud functions and server folders (see AppSecretInClient)
// are not client code and are not looked at.
//
// Fix: http:// → https://, ws:// → wss://. Safe when the URL names no
// port (an explicit :8080 is likely a plain-HTTP port that TLS would not
// answer on, so the fix is offered but not applied by fix-all).
var InsecureTransport = &rule.Rule{
	ID:       "security/insecure-transport",
	Severity: rule.Warning,
	Citation: "PROC (隐私数据未加密传输)",
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "网络请求未加密（http:// / ws://）", En: "Network request without encryption (http:// / ws://)"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "request / uploadFile / downloadFile / connectSocket 的地址使用 http:// 或 ws://（包括拼接地址的开头和作为地址使用的常量）。",
			En: "A request / uploadFile / downloadFile / connectSocket URL uses http:// or ws:// (also the head of a built URL, or a constant used as the URL)."},
		Why: rule.Msg{Zh: "微信代码审核的静态扫描会检查“隐私数据未加密传输”；正式版小程序只能访问已配置的 https / wss 域名，http 请求在用户手机上会失败。",
			En: "WeChat's code scan checks for personal data sent unencrypted; a released mini-program may only reach configured https/wss domains, so an http request fails on users' phones."},
		Wrong:   "const BASE_URL = 'http://api.example.com'\nwx.request({ url: BASE_URL + '/goods' })",
		Right:   "const BASE_URL = 'https://api.example.com'\nwx.request({ url: BASE_URL + '/goods' })",
		Excerpt: "代码安全检测：通过静态代码扫描，排查是否存在恶意代码、隐私数据未加密传输、违规调用接口（如未经授权获取用户手机号、地理位置）等问题（微信小程序审核流程：机器初筛）",
	},
	CheckProject: checkInsecureTransport,
}

// netAPIs take a URL in their url option.
var netAPIs = map[string]bool{
	"request": true, "uploadFile": true, "downloadFile": true, "connectSocket": true, "httpRequest": true,
}

// genericNames are too common to follow from a url expression to a
// string given to the same name elsewhere.
var genericNames = map[string]bool{
	"url": true, "path": true, "src": true, "href": true, "link": true, "uri": true, "data": true,
	"options": true, "opts": true, "option": true, "params": true, "config": true, "res": true,
	"this": true, "that": true, "self": true, "app": true, "globalData": true, "e": true, "item": true,
	"encodeURIComponent": true, "id": true, "key": true, "value": true, "name": true, "type": true,
}

// endpointWords say a name holds a server address.
var endpointWords = map[string]bool{
	"base": true, "host": true, "api": true, "server": true, "domain": true, "endpoint": true,
	"gateway": true, "socket": true, "ws": true, "wss": true, "baseurl": true, "apiurl": true, "baseapi": true,
}

// hit is one insecure URL string found.
type hit struct {
	path string
	span text.Span // the scheme and "://"
	via  rule.Msg  // how the string reaches the call
	safe bool
	wss  bool
	host string // a development machine's address
}

func checkInsecureTransport(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p := range c.Units {
		if c.Units[p].Script != nil && !serverSide(p) {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)

	// names the url expressions use, and functions that make the request
	names := map[string]bool{}
	wrappers := map[string]bool{}
	hasNet := false
	for _, p := range paths {
		u := c.Units[p]
		for i := range u.Script.Calls {
			call := &u.Script.Calls[i]
			if !isNetCall(call) {
				continue
			}
			hasNet = true
			pr := call.Options.Get("url")
			if pr == nil || pr.IsString {
				continue
			}
			ids := identifiers(string(u.Text[pr.ValueSpan.Start:pr.ValueSpan.End]))
			if body, ok := u.Script.Bodies[call.Func]; ok && call.Func != "" {
				// a local the url reads: what the function gives it
				// (let url = config['URL'] + path) names the address too
				for _, id := range ids {
					for _, v := range localValues(u, body, id) {
						ids = append(ids, identifiers(v)...)
					}
				}
			}
			for _, id := range ids {
				if !genericNames[id] {
					names[id] = true
				}
			}
			if call.Func != "" && !lifecycle(call.Func) {
				wrappers[call.Func] = true
			}
		}
	}
	if !hasNet {
		return
	}
	seen := map[string]map[text.Span]bool{}
	reads := readIndex{units: c.Units, paths: paths, memo: map[string]bool{}}
	var live *rule.Liveness
	if !c.Strict && c.Env != nil && c.Project != nil && c.Project.App.File != nil {
		// who calls a function is known only within a whole project
		live = rule.NewLiveness(c.Env)
	}
	w := &urlWays{names: names, wrappers: wrappers, reads: &reads, live: live}
	// A development server on a private network is reported only when the
	// app knows no secure server: then it is what ships.
	var local []hit
	secure := false
	for _, p := range paths {
		u := c.Units[p]
		s := u.Script
		for _, str := range s.Strings {
			if str.IsKey {
				continue
			}
			scheme, wss := insecureScheme(u.Text, str.Span)
			if scheme == 0 {
				if !secure && secureScheme(str.Value) {
					_, secure = w.via(p, u, str, true)
				}
				continue
			}
			via, ok := w.via(p, u, str, false)
			if !ok {
				continue
			}
			if seen[p] == nil {
				seen[p] = map[text.Span]bool{}
			}
			sp := text.Span{Start: str.Span.Start, End: str.Span.Start + scheme}
			if seen[p][sp] {
				continue
			}
			seen[p][sp] = true
			h := hit{path: p, span: sp, via: via, safe: !hasPort(str.Value), wss: wss}
			if localHost(str.Value) {
				h.host = hostOf(str.Value)
				local = append(local, h)
				continue
			}
			report(c, h)
		}
	}
	if !secure {
		for _, h := range local {
			reportLocal(c, h)
		}
	}
}

// urlWays holds what via needs from the whole project.
type urlWays struct {
	names, wrappers map[string]bool
	reads           *readIndex
	live            *rule.Liveness // nil in strict, or without app.json
}

// via says how a URL string reaches a network call, and whether it does
// (see InsecureTransport for the ways). bothSides: a side of an env switch
// that its literal selector does not pick counts too (an https server the
// app knows, when judging a development machine's address).
func (w *urlWays) via(p string, u *rule.Unit, str script.StringLit, bothSides bool) (rule.Msg, bool) {
	s := u.Script
	pk, picked := envPick(u, str)
	if picked && !pk.chosen && !bothSides {
		return rule.Msg{}, false // the side a literal switch does not pick
	}
	switch {
	case netAPIs[str.Arg] && inURLOption(s, str):
		if w.live != nil && !w.live.Runs(p, s.Calls[str.Call].Func) {
			return rule.Msg{}, false // in a function nothing calls
		}
		api := s.Calls[str.Call].Namespace + "." + str.Arg
		return pk.note(rule.Msg{Zh: api + " 的 url", En: "the url of " + api}), true
	case str.Arg == "" && str.Callee != "" && w.wrappers[str.Callee]:
		return pk.note(rule.Msg{Zh: "传给发起请求的 " + str.Callee + "()", En: "passed to " + str.Callee + "(), which makes the request"}), true
	}
	if str.Arg != "" {
		return rule.Msg{}, false
	}
	var names []string
	if picked && pk.name != "" {
		names = append(names, pk.name)
	}
	if str.Key != "" {
		names = append(names, str.Key)
	} else if n := nameBefore(u.Text, str.Span.Start); n != "" {
		names = append(names, n)
	}
	for _, name := range names {
		if w.names[name] {
			return pk.note(rule.Msg{Zh: name + "，请求地址用到它", En: name + ", which a request URL uses"}), true
		}
		if endpointName(name) && w.reads.of(name) {
			return pk.note(rule.Msg{Zh: name + "（服务器地址）", En: name + " (a server address)"}), true
		}
	}
	if n := nameBefore(u.Text, str.Span.Start); str.Key == "" && n != "" {
		if api, ok := w.localURL(p, u, str, n); ok {
			return pk.note(rule.Msg{Zh: n + "，同一函数中 " + api + " 的 url 用到它", En: n + ", which the url of " + api + " in the same function uses"}), true
		}
	}
	return rule.Msg{}, false
}

// localURL: the string is given to a local name (let url = `http://…`,
// even one too common to follow across the project, such as url) inside
// the function whose own request reads that name in its url option: a
// request helper that builds the address and then requests it. Outside
// that function the name is another variable. Returns the API.
func (w *urlWays) localURL(p string, u *rule.Unit, str script.StringLit, name string) (string, bool) {
	s := u.Script
	for i := range s.Calls {
		call := &s.Calls[i]
		if !isNetCall(call) || call.Func == "" {
			continue
		}
		body, ok := s.Bodies[call.Func]
		if !ok || str.Span.Start < body.Start || str.Span.End > body.End {
			continue
		}
		pr := call.Options.Get("url")
		if pr == nil || pr.IsString || pr.ValueSpan.End > len(u.Text) || str.Span.Start >= pr.ValueSpan.Start && str.Span.End <= pr.ValueSpan.End {
			continue
		}
		used := false
		for _, id := range identifiers(string(u.Text[pr.ValueSpan.Start:pr.ValueSpan.End])) {
			if id == name {
				used = true
				break
			}
		}
		if !used {
			continue
		}
		if w.live != nil && !w.live.Runs(p, call.Func) {
			continue // a helper nothing calls
		}
		return call.Namespace + "." + call.API, true
	}
	return "", false
}

// reportLocal: the only server the app requests is a development machine
// (localhost, a LAN address). No fix: the machine answers no TLS, the
// address must become the app's configured https domain.
func reportLocal(c *rule.ProjectContext, h hit) {
	c.Report(h.path, h.span, rule.Msg{
		Zh: "网络请求发往开发用的本机/局域网地址 " + h.host + "（" + h.via.Zh + "），而且未加密：审核员和用户的手机访问不到它，应用的功能都无法使用，正式版也只能访问在后台配置的 https/wss 域名。请改为已配置的 https 服务器地址。",
		En: "Network requests go to a development machine on a local network, " + h.host + " (" + h.via.En + "), unencrypted: reviewers' and users' phones cannot reach it, so nothing in the app works, and released builds may only reach the https/wss domains configured for the app. Use the app's configured https server.",
	})
}

func report(c *rule.ProjectContext, h hit) {
	from, to := "http://", "https://"
	if h.wss {
		from, to = "ws://", "wss://"
	}
	msg := rule.Msg{
		Zh: "网络请求使用未加密的 " + from + "（" + h.via.Zh + "）：微信审核的代码扫描会检查“隐私数据未加密传输”，正式版也只能访问 https/wss 域名。请改为 " + to + "。",
		En: "A network request uses unencrypted " + from + " (" + h.via.En + "); WeChat's review scans code for personal data sent unencrypted, and released builds may only reach https/wss domains. Use " + to + ".",
	}
	if c.Platform != rule.WeChat {
		// the code scan is WeChat's; every platform allows only https/wss
		// request domains in a released build
		msg = rule.Msg{
			Zh: "网络请求使用未加密的 " + from + "（" + h.via.Zh + "）：正式版只能访问在开发者后台配置的 https/wss 域名，http 请求在用户手机上会失败，数据也会明文传输。请改为 " + to + "。",
			En: "A network request uses unencrypted " + from + " (" + h.via.En + "); released builds may only reach the https/wss domains configured for the app, so it fails on users' phones, and the data travels in clear text. Use " + to + ".",
		}
	}
	c.Report(h.path, h.span, msg, rule.Fix{
		Title:     rule.Msg{Zh: "改为 " + to, En: "Change to " + to},
		Edits:     []rule.Edit{{Span: h.span, NewText: to}},
		Preferred: true,
		Safe:      h.safe,
	})
}

func isNetCall(c *script.Call) bool {
	return c.Namespace != "" && c.Factory == "" && netAPIs[c.API]
}

// inURLOption reports whether the string lies in the url option of its
// call (not in data: { url: … } sent along).
func inURLOption(s *script.Facts, str script.StringLit) bool {
	if str.Call < 0 || str.Call >= len(s.Calls) {
		return false
	}
	pr := s.Calls[str.Call].Options.Get("url")
	return pr != nil && str.Span.Start >= pr.ValueSpan.Start && str.Span.End <= pr.ValueSpan.End
}

// insecureScheme returns the length of "http://" or "ws://" when the raw
// string starts with it (case-insensitive), and whether it is ws.
func insecureScheme(src []byte, s text.Span) (int, bool) {
	raw := strings.ToLower(string(src[s.Start:min(s.End, s.Start+8)]))
	switch {
	case strings.HasPrefix(raw, "http://"):
		return len("http://"), false
	case strings.HasPrefix(raw, "ws://"):
		return len("ws://"), true
	}
	return 0, false
}

// secureScheme reports an https:// or wss:// URL.
func secureScheme(v string) bool {
	v = strings.ToLower(v)
	return strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "wss://")
}

// hostOf returns the host of an http/ws URL ("" when it is not written
// out: 'http://' + host).
func hostOf(v string) string {
	i := strings.Index(v, "://")
	if i < 0 {
		return ""
	}
	rest := v[i+3:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		rest = rest[at+1:]
	}
	if h, _, err := net.SplitHostPort(rest); err == nil {
		return h
	}
	return rest
}

// localHost reports a loopback or private-network host (see
// InsecureTransport).
func localHost(v string) bool {
	h := strings.ToLower(strings.Trim(hostOf(v), "[]"))
	if h == "" {
		return false
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") || strings.HasSuffix(h, ".local") || h == "0.0.0.0" {
		return true
	}
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast()
	}
	return false
}

// hasPort reports whether the URL names a port.
func hasPort(v string) bool {
	i := strings.Index(v, "://")
	if i < 0 {
		return false
	}
	rest := v[i+3:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	_, port, err := net.SplitHostPort(rest)
	return err == nil && port != ""
}

// identifiers lists the identifiers of an expression (property names
// included), skipping string contents.
func identifiers(expr string) []string {
	var out []string
	for i := 0; i < len(expr); {
		b := expr[i]
		switch {
		case b == '\'' || b == '"':
			j := i + 1
			for j < len(expr) && expr[j] != b {
				if expr[j] == '\\' {
					j++
				}
				j++
			}
			if j < len(expr) && bracketKey(expr, i, j) {
				out = append(out, expr[i+1:j]) // config['URL'] reads URL
			}
			i = j + 1
		case b == '`':
			// a template literal: only its ${…} parts are expressions
			j := i + 1
			for j < len(expr) && expr[j] != '`' {
				switch {
				case expr[j] == '\\':
					j += 2
				case expr[j] == '$' && j+1 < len(expr) && expr[j+1] == '{':
					depth, k := 1, j+2
					for k < len(expr) && depth > 0 {
						switch expr[k] {
						case '{':
							depth++
						case '}':
							depth--
						}
						k++
					}
					out = append(out, identifiers(expr[j+2:max(j+2, k-1)])...)
					j = k
				default:
					j++
				}
			}
			i = j + 1
		case isIdentStart(b):
			j := i
			for j < len(expr) && (isIdentStart(expr[j]) || expr[j] >= '0' && expr[j] <= '9') {
				j++
			}
			out = append(out, expr[i:j])
			i = j
		default:
			i++
		}
	}
	return out
}

// bracketKey reports whether the quoted string expr[open..close] is a
// member name written as a key (obj['URL']): an identifier between a
// bracket opened after a name and its closing bracket.
func bracketKey(expr string, open, close int) bool {
	k := open - 1
	for k >= 0 && isSpace(expr[k]) {
		k--
	}
	if k < 1 || expr[k] != '[' || !(isIdentStart(expr[k-1]) || expr[k-1] >= '0' && expr[k-1] <= '9' || expr[k-1] == ']' || expr[k-1] == ')') {
		return false
	}
	e := close + 1
	for e < len(expr) && isSpace(expr[e]) {
		e++
	}
	if e >= len(expr) || expr[e] != ']' || close == open+1 || !isIdentStart(expr[open+1]) {
		return false
	}
	for i := open + 1; i < close; i++ {
		if c := expr[i]; !isIdentStart(c) && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// localValues are the expressions a function gives a local name (`name =
// expr` or `let name = expr` up to the end of the statement's line, in
// the body, outside comments): what a url option that reads the name
// requests.
func localValues(u *rule.Unit, body text.Span, name string) []string {
	src := u.Text
	if body.End > len(src) || body.Start < 0 {
		return nil
	}
	var skip []text.Span
	for _, cm := range u.Script.Comments {
		if cm.Span.End > body.Start && cm.Span.Start < body.End {
			skip = append(skip, cm.Span)
		}
	}
	var out []string
	for off := body.Start; off < body.End; {
		i := bytes.Index(src[off:body.End], []byte(name))
		if i < 0 {
			break
		}
		i += off
		off = i + len(name)
		if i > 0 && (isIdentStart(src[i-1]) || src[i-1] >= '0' && src[i-1] <= '9' || src[i-1] == '.') || within(i, skip) {
			continue
		}
		j := off
		if j < body.End && (isIdentStart(src[j]) || src[j] >= '0' && src[j] <= '9') {
			continue
		}
		for j < body.End && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j+1 >= body.End || src[j] != '=' || src[j+1] == '=' || src[j+1] == '>' {
			continue
		}
		j++
		e := j
		for e < body.End && src[e] != '\n' && src[e] != ';' {
			e++
		}
		out = append(out, string(src[j:e]))
	}
	return out
}

func isIdentStart(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// nameBefore returns the name a string literal at off is given to:
// `NAME = '…'`, `obj.NAME = '…'`, `NAME: '…'` (off is the content start,
// after the quote).
func nameBefore(src []byte, off int) string {
	i := off - 2 // before the quote
	for i >= 0 && (src[i] == ' ' || src[i] == '\t') {
		i--
	}
	if i < 0 || (src[i] != '=' && src[i] != ':') {
		return ""
	}
	if src[i] == '=' && i > 0 && strings.ContainsRune("=!<>+-*/%&|^?", rune(src[i-1])) {
		return "" // a comparison or compound assignment
	}
	i--
	for i >= 0 && (src[i] == ' ' || src[i] == '\t') {
		i--
	}
	end := i + 1
	for i >= 0 && (isIdentStart(src[i]) || src[i] >= '0' && src[i] <= '9') {
		i--
	}
	return string(src[i+1 : end])
}

// endpointName reports whether a name says it holds a server address.
func endpointName(name string) bool {
	for _, w := range splitName(name) {
		if endpointWords[w] {
			return true
		}
	}
	return false
}

// splitName splits BASE_URL, apiHost, wsUrl into lower-case words.
func splitName(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '$' || r >= '0' && r <= '9' }) {
		start := 0
		for i := 1; i < len(part); i++ {
			a, b := part[i-1], part[i]
			lowUp := a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z'
			upUpLow := a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' && i+1 < len(part) && part[i+1] >= 'a' && part[i+1] <= 'z'
			if lowUp || upUpLow {
				out = append(out, strings.ToLower(part[start:i]))
				start = i
			}
		}
		out = append(out, strings.ToLower(part[start:]))
	}
	return out
}

// lifecycle names are not request wrappers.
func lifecycle(name string) bool {
	switch name {
	case "onLaunch", "onShow", "onHide", "onLoad", "onReady", "onUnload", "onPullDownRefresh",
		"onReachBottom", "attached", "ready", "created", "detached", "success", "fail", "complete", "then":
		return true
	}
	return strings.HasPrefix(name, "on") && len(name) > 2 && name[2] >= 'A' && name[2] <= 'Z'
}

// readIndex answers whether any client script reads a name, not only
// gives it a value (`name: …`, `name = …`). Built lazily: only names an
// insecure string is given to are looked up.
type readIndex struct {
	units map[string]*rule.Unit
	paths []string
	memo  map[string]bool
}

func (r *readIndex) of(name string) bool {
	if v, ok := r.memo[name]; ok {
		return v
	}
	v := false
	for _, p := range r.paths {
		if readsName(r.units[p], name) {
			v = true
			break
		}
	}
	r.memo[name] = v
	return v
}

// readsName reports whether a script has an occurrence of the word name,
// outside comments and strings, that is not a key or the target of an
// assignment: followed (after an optional quote and blanks) by neither
// ':' nor a lone '='.
func readsName(u *rule.Unit, name string) bool {
	src := u.Text
	if !bytes.Contains(src, []byte(name)) {
		return false
	}
	var skip []text.Span
	for _, cm := range u.Script.Comments {
		skip = append(skip, cm.Span)
	}
	for _, st := range u.Script.Strings {
		if !st.IsKey {
			skip = append(skip, st.Span)
		}
	}
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(name))
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		if i > 0 && (isIdentStart(src[i-1]) || src[i-1] >= '0' && src[i-1] <= '9') {
			continue
		}
		j := off
		if j < len(src) && (isIdentStart(src[j]) || src[j] >= '0' && src[j] <= '9') || within(i, skip) {
			continue
		}
		if j < len(src) && (src[j] == '\'' || src[j] == '"') {
			j++
		}
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < len(src) && src[j] == ':' {
			continue // a key
		}
		if j < len(src) && src[j] == '=' && (j+1 >= len(src) || src[j+1] != '=') {
			continue // assigned
		}
		if shorthandKey(src, i, off, skip) {
			continue // { name } puts it under its own name: read by that key
		}
		return true
	}
}

// shorthandKey reports whether the word at [i, end) is a shorthand
// property of an object literal (`module.exports = { host, cdnDomain }`)
// or of a destructuring pattern: it gives the value to the key of the same
// name, which is read only where that key is (`config.cdnDomain`,
// `const { cdnDomain } = …` then cdnDomain).
func shorthandKey(src []byte, i, end int, skip []text.Span) bool {
	j := end
	for j < len(src) && isSpace(src[j]) {
		j++
	}
	if j >= len(src) || (src[j] != ',' && src[j] != '}') {
		return false
	}
	k := i - 1
	for k >= 0 && isSpace(src[k]) {
		k--
	}
	if k < 0 || (src[k] != ',' && src[k] != '{') {
		return false
	}
	// the innermost open bracket around the word must be a brace
	depth := 0
	for lo := max(0, i-4000); k >= lo; k-- {
		switch src[k] {
		case ')', ']', '}':
			if !within(k, skip) {
				depth++
			}
		case '(', '[', '{':
			if within(k, skip) {
				continue
			}
			if depth == 0 {
				return src[k] == '{'
			}
			depth--
		}
	}
	return false
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func within(off int, spans []text.Span) bool {
	for _, sp := range spans {
		if sp.Start <= off && off < sp.End {
			return true
		}
	}
	return false
}
