package main

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/rules/login"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// scan answers the report's questions from one project's units and
// findings.
type scan struct {
	base    string
	pr      *engine.ProjectResult
	changed map[string]bool // files changed since --since, relative to DIR
	since   bool
	paths   []string // unit paths, sorted
}

func (s *scan) units() []string {
	if s.paths == nil {
		s.paths = make([]string, 0, len(s.pr.Units))
		for p := range s.pr.Units {
			s.paths = append(s.paths, p)
		}
		sort.Strings(s.paths)
	}
	return s.paths
}

// at is a place in unit path at span.
func (s *scan) at(path string, span text.Span, what string) place {
	file := relTo(s.base, s.pr.Project.Root, path)
	line := 1
	if u := s.pr.Units[path]; u != nil && u.Index != nil {
		line = u.Index.Position(span.Start).Line + 1
	}
	return place{What: what, File: file, Line: line, Changed: s.changed[file]}
}

// callName is how a report names a call: wx.getLocation, or
// wx.getRecorderManager().start for a method on a platform object.
func callName(c *script.Call) string {
	if c.Factory != "" {
		return c.Namespace + "." + c.Factory + "()." + c.API
	}
	return c.Namespace + "." + c.API
}

// platformCalls yields every call of a platform API in the project.
func (s *scan) platformCalls(f func(path string, c *script.Call)) {
	for _, p := range s.units() {
		u := s.pr.Units[p]
		if u.Script == nil {
			continue
		}
		for i := range u.Script.Calls {
			if c := &u.Script.Calls[i]; c.Namespace != "" {
				f(p, c)
			}
		}
	}
}

// elements yields every template element of the project.
func (s *scan) elements(f func(path string, t *template.Facts, i int)) {
	for _, p := range s.units() {
		u := s.pr.Units[p]
		if u.Template == nil {
			continue
		}
		for i := range u.Template.Elements {
			f(p, u.Template, i)
		}
	}
}

// ---- 测试账号 ----

var (
	loginURL = regexp.MustCompile(`(?i)login|signin|sign-in|oauth|auth|passport|token`)
	tokenKey = regexp.MustCompile(`(?i)token|session|jwt|ticket`)
)

// testAccount: the login/test-account finding when the rule ran, else the
// rule's own detector, else login calls (wx.login with a request to a
// login/auth URL, a token kept in storage).
func (s *scan) testAccount() testAccount {
	ev, evOK := login.AccountEvidence(s.pr.Env)
	for _, f := range s.pr.Findings {
		if f.Rule != "login/test-account" {
			continue
		}
		what := "账号体系"
		if evOK && ev.Path == f.Path && ev.Span == f.Span {
			what = ev.What.Zh
		}
		p := s.at(f.Path, f.Span, what)
		return testAccount{Required: true, Certain: true, Source: "login/test-account", Evidence: &p}
	}
	if evOK {
		p := s.at(ev.Path, ev.Span, ev.What.Zh)
		return testAccount{Required: true, Certain: true, Source: "detected", Evidence: &p}
	}
	var loginCall, authRequest, tokenStore *place
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory != "" {
			return
		}
		switch c.API {
		case "login":
			if loginCall == nil {
				p := s.at(path, c.NameSpan, callName(c))
				loginCall = &p
			}
		case "request":
			if authRequest == nil {
				if url := optionText(c, "url"); url != "" && loginURL.MatchString(url) {
					p := s.at(path, c.NameSpan, callName(c)+"（"+url+"）")
					authRequest = &p
				}
			}
		case "setStorageSync", "setStorage":
			key := ""
			if c.FirstArg != nil && c.FirstArg.IsString {
				key = c.FirstArg.String
			} else {
				key = optionText(c, "key")
			}
			if tokenStore == nil && key != "" && tokenKey.MatchString(key) {
				p := s.at(path, c.NameSpan, callName(c)+"('"+key+"')")
				tokenStore = &p
			}
		}
	})
	switch {
	case loginCall != nil && authRequest != nil:
		p := *authRequest
		p.What = "登录接口 " + p.What
		return testAccount{Required: true, Source: "login-calls", Evidence: &p}
	case tokenStore != nil:
		p := *tokenStore
		p.What = "保存登录凭证 " + p.What
		return testAccount{Required: true, Source: "login-calls", Evidence: &p}
	}
	return testAccount{}
}

// optionText is an option's string value, or its source text.
func optionText(c *script.Call, key string) string {
	p := c.Options.Get(key)
	if p == nil {
		return ""
	}
	if p.IsString {
		return p.String
	}
	return p.Value
}

// ---- 1. 隐私信息 ----

// categoryOrder orders categories as the privacy table lists them.
var categoryOrder = func() map[string]int {
	m := map[string]int{}
	for _, a := range privacy.APIs {
		for _, c := range []string{a.Category, a.Category2} {
			if _, ok := m[c]; !ok && c != "" {
				m[c] = len(m)
			}
		}
	}
	return m
}()

// privacy lists the privacy categories the code touches (the privacy
// table over every call and every template element), with where.
func (s *scan) privacy() []privacyUse {
	douyin := s.pr.Env != nil && s.pr.Env.Platform == rule.Douyin
	byCat := map[string]*privacyUse{}
	add := func(cat, scope string, p place) {
		if cat == "" {
			return
		}
		u := byCat[cat]
		if u == nil {
			label := cat
			if c, ok := privacy.Categories[cat]; ok {
				label = c.Label
			}
			u = &privacyUse{Category: cat, Label: label, Scopes: []string{}}
			byCat[cat] = u
		}
		if scope != "" && !contains(u.Scopes, scope) {
			u.Scopes = append(u.Scopes, scope)
		}
		u.Uses = append(u.Uses, p)
	}
	scopeOf := func(a *privacy.API) string {
		if douyin && a.DouyinScope != "" {
			return a.DouyinScope
		}
		return a.Scope
	}
	s.platformCalls(func(path string, c *script.Call) {
		a := lookupCall(c)
		if a == nil {
			return
		}
		if a.Name == "authorize" {
			if sc := optionText(c, "scope"); sc != "" {
				add(privacy.ScopeCategory[sc], sc, s.at(path, c.NameSpan, callName(c)+"（"+sc+"）"))
			}
			return
		}
		p := s.at(path, c.NameSpan, callName(c))
		add(a.Category, scopeOf(a), p)
		add(a.Category2, "", p)
	})
	s.elements(func(path string, t *template.Facts, i int) {
		e := &t.Elements[i]
		var hits []*privacy.API
		var whats []string
		if a := privacy.Lookup("<" + e.Tag + ">"); a != nil {
			hits, whats = append(hits, a), append(whats, "<"+e.Tag+">")
		}
		if ot := e.Attr("open-type"); ot != nil {
			for _, v := range strings.Split(ot.Literal(), "|") {
				v = strings.TrimSpace(v)
				if a := privacy.Lookup("open-type=" + v); a != nil {
					hits, whats = append(hits, a), append(whats, "<"+e.Tag+` open-type="`+v+`">`)
				}
			}
		}
		if tp := e.Attr("type"); tp != nil && e.Tag == "input" && tp.Literal() == "nickname" {
			if a := privacy.Lookup("<input type=nickname>"); a != nil {
				hits, whats = append(hits, a), append(whats, `<input type="nickname">`)
			}
		}
		for k, a := range hits {
			p := s.at(path, e.TagSpan, whats[k])
			add(a.Category, scopeOf(a), p)
			add(a.Category2, "", p)
		}
	})
	out := make([]privacyUse, 0, len(byCat))
	for _, u := range byCat {
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool { return categoryOrder[out[i].Category] < categoryOrder[out[j].Category] })
	return out
}

// lookupCall finds a call in the privacy table: the API itself, or a
// method on a platform object ("getRecorderManager.start",
// "MapContext.moveToLocation" for createMapContext).
func lookupCall(c *script.Call) *privacy.API {
	if c.Factory == "" {
		return privacy.Lookup(c.API)
	}
	if a := privacy.Lookup(c.Factory + "." + c.API); a != nil {
		return a
	}
	return privacy.Lookup(strings.TrimPrefix(c.Factory, "create") + "." + c.API)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// ---- 2. 支付、内容发布、外链 ----

var paymentAPIs = map[string]bool{
	"requestPayment": true, "requestVirtualPayment": true, "requestOrderPayment": true,
	"requestCommonPayment": true, "requestPluginPayment": true, "requestMerchantTransfer": true,
	"pay": true, "tradePay": true, "requestPolymerPayment": true, "continueToPay": true,
}

func (s *scan) payment() []place {
	out := []place{}
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory == "" && paymentAPIs[c.API] {
			out = append(out, s.at(path, c.NameSpan, callName(c)))
		}
	})
	return out
}

var (
	mediaChoosers = map[string]bool{"chooseImage": true, "chooseMedia": true, "chooseVideo": true, "chooseMessageFile": true}
	// commentPrompt: an input whose placeholder invites publishing text.
	commentPrompt = regexp.MustCompile(`说点什么|说说|评论|留言|回复|发表|发布|想法|写下|分享你的|动态|弹幕|内容`)
	searchPrompt  = regexp.MustCompile(`(?i)搜索|查找|search`)
	// submitHandler: a handler that sends what was typed.
	submitHandler = regexp.MustCompile(`(?i)submit|publish|post|comment|reply|send|release|fabu|pinglun|liuyan`)
)

// ugc lists where users can publish content: a free-text input bound to a
// submit (a <textarea>, or a comment-like <input>, in a <form> with a
// submit handler, with its own confirm handler, or in a template with a
// publish/submit handler), and uploads of media the user chose; plus the
// behavior/ugc-unchecked findings.
func (s *scan) ugc() []place {
	out := []place{}
	seen := map[string]bool{}
	push := func(p place) {
		k := p.File + ":" + strconv.Itoa(p.Line)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	chooses := false
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory == "" && mediaChoosers[c.API] {
			chooses = true
		}
	})
	s.elements(func(path string, t *template.Facts, i int) {
		if ot := t.Elements[i].Attr("open-type"); ot != nil && strings.Contains(ot.Literal(), "chooseAvatar") {
			chooses = true
		}
	})
	for _, p := range s.units() {
		t := s.pr.Units[p].Template
		if t == nil {
			continue
		}
		submitForm := map[int]bool{}
		templateSubmits := false
		own := map[int]bool{}
		for _, b := range t.Bindings {
			if b.Event == "submit" && b.Elem >= 0 && t.Elements[b.Elem].Tag == "form" {
				submitForm[b.Elem] = true
			}
			if b.Event == "confirm" && b.Elem >= 0 {
				own[b.Elem] = true
			}
			if b.Handler != "" && submitHandler.MatchString(b.Handler) {
				templateSubmits = true
			}
		}
		for i := range t.Elements {
			e := &t.Elements[i]
			if e.Tag != "textarea" && e.Tag != "input" {
				continue
			}
			ph := ""
			if a := e.Attr("placeholder"); a != nil {
				ph = a.Literal()
			}
			if e.Tag == "input" {
				if tp := e.Attr("type"); tp != nil && tp.Literal() != "text" {
					continue // number, password, nickname, idcard …
				}
				if !commentPrompt.MatchString(ph) {
					continue
				}
			}
			if searchPrompt.MatchString(ph) {
				continue
			}
			if !(inForm(t, i, submitForm) || own[i] || templateSubmits) {
				continue
			}
			what := "<" + e.Tag + ">"
			if ph != "" {
				what = "<" + e.Tag + ` placeholder="` + ph + `">`
			}
			pl := s.at(p, e.TagSpan, what)
			pl.Note = "用户输入并提交文字"
			push(pl)
		}
	}
	if chooses {
		s.platformCalls(func(path string, c *script.Call) {
			if c.Factory == "" && c.API == "uploadFile" {
				pl := s.at(path, c.NameSpan, callName(c))
				pl.Note = "上传用户选择的图片/视频"
				push(pl)
			}
		})
	}
	for _, f := range s.pr.Findings {
		if f.Rule == "behavior/ugc-unchecked" {
			pl := s.at(f.Path, f.Span, "behavior/ugc-unchecked")
			pl.Note = "用户发布内容，且没有内容安全检测"
			push(pl)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// inForm reports whether element i sits in one of the forms.
func inForm(t *template.Facts, i int, forms map[int]bool) bool {
	for j := t.Elements[i].Parent; j >= 0; j = t.Elements[j].Parent {
		if forms[j] {
			return true
		}
	}
	return false
}

var externalAPIs = map[string]bool{
	"navigateToMiniProgram": true, "openEmbeddedMiniProgram": true, "navigateToMiniProgramWithExtra": true,
	"openSchema": true, "openUrl": true, "navigateToSmartProgram": true,
}

// external lists web-views, jumps to other mini-programs and external
// links.
func (s *scan) external() []place {
	out := []place{}
	s.elements(func(path string, t *template.Facts, i int) {
		e := &t.Elements[i]
		switch {
		case e.Tag == "web-view":
			what := "<web-view>"
			if a := e.Attr("src"); a != nil && a.Value != "" {
				what = `<web-view src="` + a.Value + `">`
			}
			out = append(out, s.at(path, e.TagSpan, what))
		case e.Tag == "navigator":
			if a := e.Attr("target"); a != nil && a.Literal() == "miniProgram" {
				what := `<navigator target="miniProgram">`
				if id := e.Attr("app-id"); id != nil && id.Value != "" {
					what = `<navigator target="miniProgram" app-id="` + id.Value + `">`
				}
				out = append(out, s.at(path, e.TagSpan, what))
			}
		}
	})
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory != "" || !externalAPIs[c.API] {
			return
		}
		what := callName(c)
		if id := optionText(c, "appId"); id != "" {
			what += "（appId: " + id + "）"
		} else if u := optionText(c, "url"); u != "" {
			what += "（" + u + "）"
		}
		out = append(out, s.at(path, c.NameSpan, what))
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// ---- 3. 服务类目、资质 ----

// Words that put a mini-program in a category that needs qualifications
// (医疗: 医疗机构执业许可证 …; 金融: 金融业务许可 …). Deliberately
// specific: these are signals for the notes, not findings.
var (
	medicalWords = regexp.MustCompile(`问诊|挂号|处方|药品|购药|诊疗|医生|医院|诊所|医疗|体检|药店`)
	financeWords = regexp.MustCompile(`理财|贷款|借款|信贷|保险|基金|股票|证券|信用卡|期货|外汇|投资`)
)

// category lists the signals that the service category or its
// qualifications may be involved: prohibited-content findings, medical or
// finance words users see, payment, user-published content, live video.
func (s *scan) category(payment, ugc []place) []signal {
	out := []signal{}
	var prohibited []place
	for _, f := range s.pr.Findings {
		if f.Rule == "content/prohibited" {
			prohibited = append(prohibited, s.at(f.Path, f.Span, f.Message.Zh))
		}
	}
	if len(prohibited) > 0 {
		out = append(out, signal{Kind: "prohibited", Text: "疑似平台禁入或违规的类目/内容（content/prohibited）：请确认不属于禁入类目，或删除相关内容", Places: prohibited})
	}
	for _, d := range []struct {
		kind, text string
		re         *regexp.Regexp
	}{
		{"medical", "医疗健康相关内容：需选择医疗类目并上传相应资质（如医疗机构执业许可证、互联网医院牌照、药品经营许可证）", medicalWords},
		{"finance", "金融相关内容：需选择金融类目并上传相应资质（如金融业务许可证）", financeWords},
	} {
		var ps []place
		for _, p := range s.units() {
			for _, pc := range s.pr.Units[p].Visible() {
				if m := d.re.FindString(pc.Text); m != "" {
					ps = append(ps, s.at(p, pc.Span, "“"+m+"”"))
				}
			}
		}
		if len(ps) > 0 {
			out = append(out, signal{Kind: d.kind, Text: d.text, Places: ps})
		}
	}
	if len(payment) > 0 {
		out = append(out, signal{Kind: "payment", Text: "接入了支付：所选服务类目需支持在线支付，并已开通支付能力", Places: payment})
	}
	if len(ugc) > 0 {
		out = append(out, signal{Kind: "ugc", Text: "用户可发布内容：部分平台要求社交/社区类目或相应资质，并需接入内容安全检测", Places: ugc})
	}
	var live []place
	s.elements(func(path string, t *template.Facts, i int) {
		if tag := t.Elements[i].Tag; tag == "live-pusher" || tag == "live-player" {
			live = append(live, s.at(path, t.Elements[i].TagSpan, "<"+tag+">"))
		}
	})
	if len(live) > 0 {
		out = append(out, signal{Kind: "live", Text: "实时音视频/直播组件：需要开通相应类目和组件权限", Places: live})
	}
	return out
}

// ---- 可能导致驳回的问题 ----

// findings groups the open findings at warning or above by rule: rules
// with errors first, then by id.
func (s *scan) findings(eng *engine.Engine, locale string) []ruleGroup {
	groups := map[string]*ruleGroup{}
	worst := map[string]rule.Severity{}
	for _, f := range s.pr.Findings {
		if f.Severity > rule.Warning {
			continue
		}
		g := groups[f.Rule]
		if g == nil {
			g = &ruleGroup{Rule: f.Rule}
			if r := eng.Rule(f.Rule); r != nil {
				g.Title = r.Title.In(locale)
				g.Citation = rule.CiteFor(r.Citation, s.pr.Env.Platform)
			}
			groups[f.Rule] = g
			worst[f.Rule] = f.Severity
		}
		if f.Severity < worst[f.Rule] {
			worst[f.Rule] = f.Severity
		}
		pos := text.Position{}
		if u := s.pr.Units[f.Path]; u != nil && u.Index != nil {
			pos = u.Index.Position(f.Span.Start)
		}
		g.Items = append(g.Items, findingItem{
			File: relTo(s.base, s.pr.Project.Root, f.Path), Line: pos.Line + 1, Column: pos.Character + 1,
			Severity: f.Severity.String(), Message: f.Message.In(locale),
		})
	}
	out := make([]ruleGroup, 0, len(groups))
	for id, g := range groups {
		g.Severity = worst[id].String()
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := worst[out[i].Rule], worst[out[j].Rule]
		if a != b {
			return a < b
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}
