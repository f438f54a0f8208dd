package login

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// A profile call in a helper that hands its whole result to its caller
// (a promise's resolve(res), or a callback the helper was given) shows
// nothing by itself: what the callers do with the result decides. When
// no code that can take the result names a profile field — neither the
// helper's file nor a file that calls the helper, nor the templates
// beside those files — the result only carries the encrypted IDs (iv,
// encryptedData) to a server login, and the anonymous profile changes
// nothing a user sees: not reported in the recommended profile.
//
//	function askProfile() {
//	  return new Promise((resolve) => {
//	    wx.getUserInfo({ success: (res) => resolve(res) })
//	  })
//	}
//	askProfile().then((data) => login({ iv: data.iv, encryptedData: data.encryptedData }))
//
// A caller that reads data.userInfo, stores it (globalData.userInfo =
// data.userInfo) or a template that shows a nickName or an avatarUrl keeps
// the call reported. A field written into (globalData.userInfo.isNew =
// …) is no read of the profile.

// profileField is a profile field named in code or in a template.
var profileField = regexp.MustCompile(`\b(?:userInfo|rawData|nickName|avatarUrl|nickname|avatar)\b`)

// fieldWrite follows a name whose property is written: .isNew = ….
var fieldWrite = regexp.MustCompile(`^\s*\.\s*[A-Za-z_$][\w$]*\s*=[^=]`)

// handedUnread reports whether the call's success hands the whole result
// to the helper's caller, and no code that can take it names a profile
// field (see above).
func handedUnread(env *rule.Env, p string, u *rule.Unit, s *script.Facts, call *script.Call) bool {
	src := u.Text
	fn := call.Func
	if fn == "" || call.Style != script.StyleCallback || call.Options.Has("complete") {
		return false
	}
	succ := call.Options.Get("success")
	if succ == nil || !succ.IsFunc || succ.ValueSpan.End > len(src) {
		return false
	}
	param, body, ok := successParts(string(src[succ.ValueSpan.Start:succ.ValueSpan.End]))
	if !ok || param == "" || strings.HasPrefix(param, "{") || !handsOn(param, body, helperParams(src, s, fn)) {
		return false
	}
	// the helper's file, and every file calling a function of that name
	files := []string{p}
	for q, v := range env.Units {
		if q != p && v.Script != nil {
			if _, calls := v.Script.Uses[fn]; calls {
				files = append(files, q)
			}
		}
	}
	for _, q := range files {
		v := env.Units[q]
		if v == nil || v.Script == nil || namesProfile(v.Text, v.Script) {
			return false
		}
		base := strings.TrimSuffix(q, path.Ext(q))
		for _, ext := range []string{".wxml", ".ttml", ".axml", ".swan", ".qml"} {
			if t := env.Units[base+ext]; t != nil && t.Template != nil {
				for _, in := range t.Template.Interps {
					if profileField.MatchString(in.Expr) {
						return false
					}
				}
			}
		}
	}
	return true
}

// handsOn reports whether a success body reads its result only for the
// encrypted fields and otherwise passes it whole, as the one argument, to
// resolve or to a callback the helper takes (one of params).
func handsOn(param, body string, params map[string]bool) bool {
	body = withoutShadows(body, param)
	word := regexp.MustCompile(`(^|[^\w$.])` + regexp.QuoteMeta(param) + `\b`)
	handed := false
	for _, m := range word.FindAllStringIndex(body, -1) {
		rest := body[m[1]:]
		if strings.HasPrefix(rest, ".") {
			end := 1
			for end < len(rest) && isIdent(rest[end]) {
				end++
			}
			if encryptedFields[rest[1:end]] {
				continue
			}
			return false
		}
		// resolve(res) / cb(res): the name before "(" and a ")" after
		before := strings.TrimRight(body[:m[1]-len(param)], " \t")
		if !strings.HasPrefix(strings.TrimLeft(rest, " \t"), ")") || !strings.HasSuffix(before, "(") {
			return false
		}
		callee := strings.TrimRight(strings.TrimSuffix(before, "("), " \t")
		k := len(callee)
		for k > 0 && isIdent(callee[k-1]) {
			k--
		}
		name := callee[k:]
		if k > 0 && callee[k-1] == '.' || name != "resolve" && !params[name] {
			return false
		}
		handed = true
	}
	return handed
}

// helperParams are the parameter names of the named function fn (the
// callbacks it may hand the result to).
func helperParams(src []byte, s *script.Facts, fn string) map[string]bool {
	body, ok := s.Bodies[fn]
	if !ok || body.End > len(src) {
		return nil
	}
	// the span starts at the function's head: function name(a, b) {,
	// name(a) {, name = (a) => {
	head := string(src[body.Start:body.End])
	brace := strings.IndexByte(head, '{')
	open := strings.IndexByte(head, '(')
	if brace < 0 || open < 0 || open > brace {
		return nil
	}
	close := strings.IndexByte(head[open:], ')')
	if close < 0 || open+close > brace {
		return nil
	}
	out := map[string]bool{}
	for _, f := range strings.Split(head[open+1:open+close], ",") {
		f = strings.TrimSpace(f)
		if i := strings.IndexAny(f, "=:"); i >= 0 {
			f = strings.TrimSpace(f[:i])
		}
		if f != "" {
			out[f] = true
		}
	}
	return out
}

// namesProfile reports whether the code of a script (its strings and
// comments left out) names a profile field other than by writing into it.
func namesProfile(src []byte, s *script.Facts) bool {
	b := []byte(string(src))
	blank := func(start, end int) {
		for i := max(0, start); i < end && i < len(b); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, c := range s.Comments {
		blank(c.Span.Start, c.Span.End)
	}
	for _, st := range s.Strings {
		if !st.IsKey { // a quoted key ('userInfo': …) still names the field
			blank(st.Span.Start, st.Span.End)
		}
	}
	for _, m := range profileField.FindAllIndex(b, -1) {
		if !fieldWrite.Match(b[m[1]:]) {
			return true
		}
	}
	return false
}
