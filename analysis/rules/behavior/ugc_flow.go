package behavior

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A publishing flow is a function of a page or component that takes what
// users made (the text of its content fields, the media they chose) and the
// call that sends it: a request, an upload, a cloud call, or a helper of the
// project that does one. One finding per flow, at that call.

// sendAPIs are the platform calls that send content to a server.
var sendAPIs = map[string]bool{"request": true, "uploadFile": true, "httpRequest": true, "callFunction": true, "sendSocketMessage": true}

// sendMethods are methods of platform objects that send (a socket task's
// send, a cloud database collection's add/update/set).
var sendMethods = map[string]bool{"send": true, "add": true, "update": true, "set": true}

// sendSite is one call that sends, in a function of the file.
type sendSite struct {
	span   text.Span
	call   text.Span // the whole call, its arguments with it
	upload bool      // an upload (uploadFile, or a helper named upload…)
}

// ugcSenders are the names of the helpers of the project that send: the
// functions of modules (and of the App) that make a sending platform call,
// and those that call such a helper, by name across files.
func ugcSenders(c *rule.ProjectContext, paths []string) map[string]bool {
	senders := map[string]bool{}
	var helpers []*script.Facts
	for _, p := range paths {
		s := c.Units[p].Script
		if s == nil || s.Kind == script.KindPage || s.Kind == script.KindComponent {
			continue
		}
		helpers = append(helpers, s)
		for i := range s.Calls {
			if isSendCall(&s.Calls[i]) && s.Calls[i].Func != "" {
				senders[s.Calls[i].Func] = true
			}
		}
		for _, iv := range s.Invokes {
			if api, ok := otherNSCall(iv); ok && sendAPIs[api] && iv.Func != "" {
				senders[iv.Func] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, s := range helpers {
			for _, iv := range s.Invokes {
				if iv.Func != "" && !senders[iv.Func] && senders[exported(s, iv)] && !readVerb(iv.Name) {
					senders[iv.Func] = true
					changed = true
				}
			}
		}
	}
	return senders
}

func isSendCall(call *script.Call) bool {
	if call.Namespace == "" {
		return false
	}
	if call.Factory != "" {
		return sendMethods[call.API]
	}
	if !sendAPIs[call.API] {
		return false
	}
	if call.API == "request" && call.Options != nil {
		for _, p := range call.Options.Props {
			if p.Key == "method" && p.IsString && strings.EqualFold(p.String, "GET") {
				return false
			}
		}
	}
	return true
}

// platformObjects are the namespaces of every platform: a project built
// for one platform may still call another's (wx.request in a QQ build),
// which the script facts leave to Invokes.
var platformObjects = map[string]bool{"wx": true, "tt": true, "my": true, "swan": true, "qq": true, "uni": true, "Taro": true, "ks": true, "jd": true}

// otherNSCall reports the API of an invoke written wx.api or wx.cloud.api.
func otherNSCall(iv script.Invoke) (string, bool) {
	parts := strings.Split(iv.Callee, ".")
	if len(parts) < 2 || len(parts) > 3 || !platformObjects[parts[0]] || len(parts) == 3 && parts[1] != "cloud" {
		return "", false
	}
	return parts[len(parts)-1], true
}

// readVerb: a helper named for reading (GET, get) fetches, it does not publish.
func readVerb(name string) bool { return strings.EqualFold(name, "get") }

// ugcFile is the view of one page or component the flow search needs.
type ugcFile struct {
	path    string
	s       *script.Facts
	src     []byte
	senders map[string]bool
	graph   *callgraph.Graph // nil without a project model
	keys    []string         // the data keys of what users enter or choose
}

// crossSends are the calls of fn that leave the file and reach a sending
// platform call in another (the project call graph resolves require,
// import, getApp() and behaviours), at the call site in this file.
func (f *ugcFile) crossSends(fn string) []sendSite {
	var out []sendSite
	for _, h := range f.graph.From(f.path, fn) {
		if !h.Cross() || !isSendCall(h.Call) {
			continue
		}
		for i := 1; i < len(h.Hops); i++ {
			if h.Hops[i].Path != h.Hops[0].Path {
				if h.Hops[i-1].Func == fn {
					site := sendSite{span: h.Leave(), upload: h.Call.API == "uploadFile"}
					for _, iv := range f.s.Invokes {
						if iv.NameSpan == site.span {
							site.call = iv.Span
						}
					}
					out = append(out, site)
				}
				break
			}
		}
	}
	return out
}

// sends are the sending calls of function fn, in source order.
func (f *ugcFile) sends(fn string) []sendSite {
	var out []sendSite
	for i := range f.s.Calls {
		call := &f.s.Calls[i]
		if call.Func == fn && isSendCall(call) {
			out = append(out, sendSite{span: call.NameSpan, call: call.Span, upload: call.API == "uploadFile"})
		}
	}
	for _, iv := range f.s.Invokes {
		if api, ok := otherNSCall(iv); ok && iv.Func == fn && sendAPIs[api] {
			out = append(out, sendSite{span: iv.NameSpan, call: iv.Span, upload: api == "uploadFile"})
			continue
		}
		if iv.Func == fn && !f.internal(iv) && f.senders[exported(f.s, iv)] && !readVerb(iv.Name) {
			out = append(out, sendSite{span: iv.NameSpan, call: iv.Span, upload: strings.Contains(strings.ToLower(iv.Name), "upload")})
		}
	}
	for _, cs := range f.crossSends(fn) {
		dup := false
		for i := range out {
			if out[i].span == cs.span {
				out[i].upload = out[i].upload || cs.upload
				dup = true
			}
		}
		if !dup {
			out = append(out, cs)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// exported is the name a helper has in its own file: shareNote() after
// `import { postJSON as shareNote }` is postJSON.
func exported(s *script.Facts, iv script.Invoke) string {
	if iv.Callee != iv.Name {
		return iv.Name
	}
	for _, imp := range s.Imports {
		if imp.Local == iv.Name && imp.Name != "" && imp.Name != "default" {
			return imp.Name
		}
	}
	return iv.Name
}

// internal: a call of a function of this same file (this.save(), save()).
func (f *ugcFile) internal(iv script.Invoke) bool {
	if _, ok := f.s.Bodies[iv.Name]; !ok {
		return false
	}
	dot := strings.LastIndex(iv.Callee, ".")
	if dot < 0 {
		return true
	}
	obj := iv.Callee[:dot]
	return !strings.Contains(obj, ".") && thisLike.MatchString(obj)
}

var thisLike = regexp.MustCompile(`^(this|that|self|_this|me|vm|_self|page|_that)$`)

// What a flow's anchor may be: any sending call, only an upload past the
// function that chose the media (a request there may carry it, base64), or
// only an upload (media alone, read from data: a plain request then
// carries a file path, not the file).
const (
	sendAny = iota
	sendUploadPastChooser
	sendUpload
)

// anchor follows fn into the functions of the file it calls (breadth
// first, a few levels) and returns the first call that sends, as mode
// allows.
func (f *ugcFile) anchor(fn string, mode int) (text.Span, bool) {
	seen := map[string]bool{fn: true}
	queue := []string{fn}
	for depth := 0; depth < 4 && len(queue) > 0; depth++ {
		var next []string
		for _, cur := range queue {
			for _, s := range f.sends(cur) {
				if f.loadOnly(s) {
					continue // it fetches, it sends nothing users made
				}
				if mode == sendAny || s.upload || mode == sendUploadPastChooser && cur == fn {
					return s.span, true
				}
			}
			for _, iv := range f.s.Invokes {
				if iv.Func == cur && f.internal(iv) && !seen[iv.Name] {
					seen[iv.Name] = true
					next = append(next, iv.Name)
				}
			}
		}
		queue = next
	}
	return text.Span{}, false
}

// body is the source of function fn ("" when the file has none).
func (f *ugcFile) body(fn string) string {
	sp, ok := f.s.Bodies[fn]
	if !ok {
		return ""
	}
	return string(f.src[sp.Start:sp.End])
}

// dataReader tells whether a function's code reads page data keys: through
// this/that/self or a minified alias (var e = this) as x.data.k,
// x.data.popup.k or `{ k } = x.data`, or data.k after `const data =
// this.data` (res.data.k is a response, not the page).
type dataReader struct {
	code  string
	page  string // the alternation of this-like names, ".data"
	alias int8   // const data = this.data: 0 not asked yet, 1 yes, -1 no
}

// readCache keeps the compiled patterns of the data keys seen, up to a
// bound (a long editor session meets many projects).
var (
	readCache sync.Map // pattern → *regexp.Regexp
	readCount atomic.Int32
)

func (f *ugcFile) reader(code string) *dataReader {
	names := []string{"this", "that", "self", "_this", "_that", "me", "vm", "page"}
	names = append(names, thisAliases(code)...)
	return &dataReader{code: code, page: `(?:` + strings.Join(names, "|") + `)\.data`}
}

func cachedRe(pat string) *regexp.Regexp {
	if re, ok := readCache.Load(pat); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pat)
	if readCount.Add(1) < 4096 {
		readCache.Store(pat, re)
	}
	return re
}

func (r *dataReader) reads(k string) bool {
	if k == "" || !strings.Contains(r.code, k) || !strings.Contains(r.code, "data") {
		return false
	}
	q := regexp.QuoteMeta(k)
	if cachedRe(`\b` + r.page + `\.(?:[\w$]+\.)*` + q + `\b|\{[^{}]*\b` + q + `\b[^{}]*\}\s*=\s*` + r.page + `\b`).MatchString(r.code) {
		return true
	}
	if r.alias == 0 { // asked only when the direct reads miss: a scan of the whole body
		r.alias = -1
		if dataAlias.MatchString(r.code) {
			r.alias = 1
		}
	}
	return r.alias > 0 && cachedRe(`(?:^|[^\w$.])data\.(?:[\w$]+\.)*`+q+`\b`).MatchString(r.code)
}

// reads is dataReader.reads of one piece of code.
func reads(code, k string) bool { return (&ugcFile{}).reader(code).reads(k) }

// thisAliases are the names code gives this: `var e = this` (or `e = this,`
// in a var list), as a scan, not a pattern (function bodies can be long).
func thisAliases(code string) []string {
	var out []string
	for i := 0; ; {
		j := strings.Index(code[i:], "this")
		if j < 0 {
			return out
		}
		at := i + j
		i = at + 4
		n := i
		for n < len(code) && (code[n] == ' ' || code[n] == '\t') {
			n++
		}
		if n < len(code) && !strings.ContainsRune(",;)\r\n", rune(code[n])) {
			continue // this.x, thisValue: not the object itself
		}
		k := at - 1
		for k >= 0 && (code[k] == ' ' || code[k] == '\t') {
			k--
		}
		if k < 1 || code[k] != '=' || strings.ContainsRune("=!<>+-*/", rune(code[k-1])) {
			continue
		}
		k--
		for k >= 0 && (code[k] == ' ' || code[k] == '\t') {
			k--
		}
		end := k + 1
		for k >= 0 && isIdent(code[k]) {
			k--
		}
		if name := code[k+1 : end]; name != "" && !(name[0] >= '0' && name[0] <= '9') {
			out = append(out, regexp.QuoteMeta(name))
		}
	}
}

func isIdent(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// dataAlias: `const data = this.data`.
var dataAlias = regexp.MustCompile(`\b(?:const|let|var)\s+data\s*=\s*(?:this|that|self|_this|_that|me|vm|page)\.data\b`)

// mediaKind names what a media chooser picks.
func mediaKind(call *script.Call) (zh, en string) {
	switch call.API {
	case "chooseImage":
		return "图片", "images"
	case "chooseVideo":
		return "视频", "video"
	case "chooseMessageFile":
		return "文件", "files"
	}
	if call.Options != nil {
		for _, p := range call.Options.Props {
			if p.Key == "mediaType" {
				v := strings.ToLower(p.Value)
				switch {
				case strings.Contains(v, "video") && !strings.Contains(v, "image"):
					return "视频", "video"
				case strings.Contains(v, "image") && !strings.Contains(v, "video"):
					return "图片", "images"
				}
			}
		}
	}
	return "图片或视频", "images or video"
}

// mediaKeyRe: data keys that hold chosen media (imagesList, picUrls).
var (
	mediaKeyRe = regexp.MustCompile(`(?i)img|image|pic|photo|video|media|file|cover|avatar`)
	setKeyRe   = regexp.MustCompile(`['"]?([A-Za-z_$][\w$]*)['"]?\s*:`)
)

// mediaKeys are the media-like data keys a chooser function sets.
func mediaKeys(code string) []string {
	var out []string
	for _, m := range setKeyRe.FindAllStringSubmatch(code, -1) {
		if mediaKeyRe.MatchString(m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// ugcFlow is one publishing flow: where it sends and what it sends.
type ugcFlow struct {
	at      text.Span
	zh, en  []string
	private bool // to the operator only (reported in strict)
	own     bool // kept in the user's own space (reported in strict)
}

func (fl *ugcFlow) add(zh, en string) {
	for _, x := range fl.zh {
		if x == zh {
			return
		}
	}
	fl.zh = append(fl.zh, zh)
	fl.en = append(fl.en, en)
}

func (fl *ugcFlow) message() rule.Msg {
	zh, en := strings.Join(fl.zh, "、"), strings.Join(fl.en, ", ")
	if fl.own {
		return rule.Msg{
			Zh: "这里把用户选择的文件（" + zh + "）上传到用户自己的私密空间（如我的相册），其他用户看不到，但项目中没有任何内容安全检测：审核可能用违规图片测试任何上传接口（严格模式）。请接入 mediaCheckAsync 或自己的检测，或忽略此提示。",
			En: "This uploads files users chose (" + en + ") to their own private space (such as their own album), which other users do not see; but nothing in the project runs a content-security check, and reviewers may test any upload with prohibited images (strict profile). Add mediaCheckAsync or a check of your own, or suppress this finding.",
		}
	}
	if fl.private {
		return rule.Msg{
			Zh: "这里把用户选择的文件上传给运营方（" + zh + "），虽不公开，但项目中没有任何内容安全检测：审核可能用违规图片测试任何上传接口，拦不住就驳回（严格模式）。请接入 mediaCheckAsync 或自己的检测，或忽略此提示。",
			En: "This uploads files users chose to the operator (" + en + "); they are not published, but nothing in the project runs a content-security check, and reviewers may test any upload with prohibited images (strict profile). Add mediaCheckAsync or a check of your own, or suppress this finding.",
		}
	}
	return rule.Msg{
		Zh: "这里发布用户产生的内容（" + zh + "），但项目中没有任何内容安全检测（msgSecCheck、mediaCheckAsync 或自己命名的检测）：审核会发布违规文字、上传违规图片来测试，拦不住就驳回。请在发布前检测；若在服务端检测，请让客户端调用的接口名体现出来，或忽略此提示。",
		En: "This publishes what users made (" + en + "), but nothing in the project runs a content-security check (msgSecCheck, mediaCheckAsync or one of your own); reviewers post prohibited text and upload prohibited images to test, and reject the build if nothing blocks them. Check it before publishing; if your server does, name the check in the client call, or suppress this finding.",
	}
}
