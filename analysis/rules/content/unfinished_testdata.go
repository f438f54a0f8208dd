package content

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/text"
)

// Test credentials left in a login form: the page's initial data fills
// the inputs of its sign-in form with the developer's test account,
//
//	data: { form: { phone: '13800001111', code: '666666' } }
//	<input type="number" placeholder="请输入手机号" value="{{form.phone}}" />
//
// so every user opens the login page with someone's phone number and a
// verification code (or an account and its password) already typed in:
// the build is a test build (WX §13.1), and the credentials ship in the
// package. Judged on pages that sign in (the route says login, signin or
// register, or the page shows 登录/注册) whose <input> value is bound to
// a key of the page's data literal, by the key's name or the input's type:
// a phone number (11 digits starting 1[3-9]), a verification code (4 to 6
// digits), a password (any ASCII text), and an account (any ASCII text)
// beside one of those. Empty values, the placeholder attribute (请输入手机号)
// and a phone number shown as text (a hotline) are not values of an input.
// One finding for each data object holding them (the form), on its first
// prefilled key. In the recommended profile a page no user reaches is not
// judged.
func prefilledLogins(c *rule.ProjectContext) {
	p := c.Project
	if p == nil {
		return
	}
	for _, pg := range p.Pages {
		if pg.Missing || c.Unseen(pg.Files.Template) {
			continue
		}
		tu, su := c.Units[pg.Files.Template], c.Units[pg.Files.Script]
		if tu == nil || tu.Template == nil || su == nil || su.Script == nil || su.Script.Kind != "page" {
			continue
		}
		if !signInPage(pg.Route, tu) {
			continue
		}
		src := string(su.Text)
		cfg := su.Script.ConfigSpan
		if cfg.End <= cfg.Start || cfg.End > len(src) {
			continue
		}
		loc := dataKeyRe.FindStringIndex(src[cfg.Start:cfg.End])
		if loc == nil {
			continue
		}
		open := cfg.Start + loc[1] - 1
		end := pagedata.MatchBrace(src, open)
		if end < 0 {
			continue
		}
		type field struct {
			kind string
			span text.Span
		}
		forms := map[string][]field{}
		for i := range tu.Template.Elements {
			el := &tu.Template.Elements[i]
			if el.Tag != "input" {
				continue
			}
			a := el.Attr("value")
			if a == nil {
				a = el.Attr("model:value")
			}
			if a == nil || len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				continue
			}
			expr := strings.TrimSpace(a.Interps[0].Expr)
			if !dataPathRe.MatchString(expr) {
				continue
			}
			segs := strings.Split(expr, ".")
			typ := ""
			if a := el.Attr("type"); a != nil {
				typ = a.Literal()
			}
			kind := credentialKind(segs[len(segs)-1], typ, el.Attr("password") != nil)
			if kind == "" {
				continue
			}
			v, sp, ok := dataLiteral(src, open, end, segs)
			if !ok || !credentialValue(kind, v) {
				continue
			}
			form := strings.Join(segs[:len(segs)-1], ".")
			dup := false
			for _, f := range forms[form] {
				dup = dup || f.span == sp
			}
			if !dup {
				forms[form] = append(forms[form], field{kind, sp})
			}
		}
		names := make([]string, 0, len(forms))
		for k := range forms {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			fs := forms[k]
			sort.Slice(fs, func(i, j int) bool { return fs[i].span.Start < fs[j].span.Start })
			var kinds []string
			secret := false
			for _, f := range fs {
				kinds = append(kinds, f.kind)
				secret = secret || f.kind != "account"
			}
			if !secret {
				continue // an account name alone: a default, no credential
			}
			c.Report(su.Path, fs[0].span, prefilledLoginMsg(kinds))
		}
	}
}

var (
	dataKeyRe  = regexp.MustCompile(`\bdata\s*:\s*\{`)
	dataPathRe = regexp.MustCompile(`^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$`)
	loginRoute = regexp.MustCompile(`(?i)log_?in|sign_?in|sign-in|register|denglu`)
	phoneValue = regexp.MustCompile(`^1[3-9]\d{9}$`)
	codeValue  = regexp.MustCompile(`^\d{4,6}$`)
	asciiValue = regexp.MustCompile(`^[\x21-\x7e]{3,}$`)
)

// signInPage: the page signs the user in, by its route or by what it shows.
func signInPage(route string, tu *rule.Unit) bool {
	if loginRoute.MatchString(route) {
		return true
	}
	for _, r := range tu.Template.Texts {
		if r.Attr == "" && (strings.Contains(r.Text, "登录") || strings.Contains(r.Text, "注册")) {
			return true
		}
	}
	return false
}

// credentialKind names what an input bound to data key key holds:
// "phone", "code", "password", "account" or "".
func credentialKind(key, typ string, password bool) string {
	k := strings.ToLower(key)
	switch {
	case password || strings.EqualFold(typ, "password"),
		strings.Contains(k, "password"), strings.Contains(k, "passwd"), strings.Contains(k, "pwd"):
		return "password"
	case strings.Contains(k, "phone"), strings.Contains(k, "mobile"), k == "tel":
		return "phone"
	case k == "code", strings.Contains(k, "smscode"), strings.Contains(k, "verifycode"),
		strings.Contains(k, "vcode"), strings.Contains(k, "captcha"), k == "yzm":
		return "code"
	case strings.Contains(k, "account"), strings.Contains(k, "username"), k == "uname", strings.Contains(k, "loginname"):
		return "account"
	}
	return ""
}

// credentialValue: v is what a test account types, not a default.
func credentialValue(kind, v string) bool {
	switch kind {
	case "phone":
		return phoneValue.MatchString(v)
	case "code":
		return codeValue.MatchString(v)
	}
	return asciiValue.MatchString(v)
}

// dataLiteral follows path segs from the data object whose brace is at
// open (closing before end) to a string or number literal: its content and
// span. Only keys at the object's own level count.
func dataLiteral(src string, open, end int, segs []string) (string, text.Span, bool) {
	for i, seg := range segs {
		at := keyAt(src, open, end, seg)
		if at < 0 {
			return "", text.Span{}, false
		}
		j := skipSpace(src, at)
		if i < len(segs)-1 {
			if j >= end || src[j] != '{' {
				return "", text.Span{}, false
			}
			open, end = j, pagedata.MatchBrace(src, j)
			if end < 0 {
				return "", text.Span{}, false
			}
			continue
		}
		if j >= end {
			return "", text.Span{}, false
		}
		switch q := src[j]; {
		case q == '\'' || q == '"' || q == '`':
			k := strings.IndexByte(src[j+1:end], q)
			if k < 0 {
				return "", text.Span{}, false
			}
			return src[j+1 : j+1+k], text.Span{Start: j + 1, End: j + 1 + k}, true
		case q >= '0' && q <= '9':
			k := j
			for k < end && src[k] >= '0' && src[k] <= '9' {
				k++
			}
			return src[j:k], text.Span{Start: j, End: k}, true
		}
		return "", text.Span{}, false
	}
	return "", text.Span{}, false
}

// keyAt is the index just past `key:` written directly in the object
// whose brace is at open, or -1. Strings and nested braces are skipped.
func keyAt(src string, open, end int, key string) int {
	depth := 0
	for i := open; i < end; i++ {
		switch ch := src[i]; ch {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		case '\'', '"', '`':
			k := strings.IndexByte(src[i+1:end], ch)
			if k < 0 {
				return -1
			}
			if depth == 1 {
				if j := skipSpace(src, i+2+k); j < end && src[j] == ':' && src[i+1:i+1+k] == key {
					return j + 1
				}
			}
			i += k + 1
		default:
			if depth != 1 || !identStart(ch) || identChar(src[i-1]) {
				continue
			}
			k := i
			for k < end && identChar(src[k]) {
				k++
			}
			if j := skipSpace(src, k); j < end && src[j] == ':' && src[i:k] == key {
				return j + 1
			}
			i = k - 1
		}
	}
	return -1
}

func identStart(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func identChar(b byte) bool { return identStart(b) || b >= '0' && b <= '9' }

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

var credentialWords = map[string][2]string{
	"phone":    {"手机号", "phone number"},
	"code":     {"验证码", "verification code"},
	"password": {"密码", "password"},
	"account":  {"账号", "account"},
}

func prefilledLoginMsg(kinds []string) rule.Msg {
	var zh, en []string
	for _, k := range kinds {
		zh = append(zh, credentialWords[k][0])
		en = append(en, credentialWords[k][1])
	}
	return rule.Msg{
		Zh: "登录表单的初始数据预填了测试用的" + strings.Join(zh, "、") + "：每个用户打开登录页都会看到它们，测试凭据也随代码包发布。请把这些初始值改为空字符串。",
		En: "The login form's initial data prefills a test " + strings.Join(en, ", ") + ": every user opens the login page with them typed in, and the credentials ship in the package. Start these values empty.",
	}
}
