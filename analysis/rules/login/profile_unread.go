package login

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// A profile call whose result's profile nothing reads loses nothing when
// the API answers with the anonymous one (grey avatar, 微信用户): it is
// not reported in the recommended profile. The success callback, written
// out as a function, must read its result only for the encrypted IDs
// (encryptedData, iv, signature, errMsg) or not at all, and never pass
// the result on whole (cb(res), setData({ user: res })): userInfo,
// rawData and cloudID are the profile. WeChat left the encrypted openID
// and unionID as they were (its 2021 notice on getUserInfo), so sending
// encryptedData with a login code still works — but a server may also
// decrypt the nickname from it, so the encrypted data counts as unread
// only when the function around the call takes the profile from
// elsewhere (e.detail.userInfo of the open-type button, reported on its
// own; a nickName or avatarUrl it sends). A call with no success and no
// complete whose value nothing takes throws its result away. Promise and
// await styles, a success by reference and a complete are read as uses.

// encryptedFields are the result's fields that carry no profile on
// their own.
var encryptedFields = map[string]bool{"encryptedData": true, "iv": true, "signature": true, "errMsg": true}

// profileUnread reports whether the profile call never reads the profile
// from its result (see above).
func profileUnread(u *rule.Unit, s *script.Facts, call *script.Call) bool {
	src := u.Text
	if call.Style != script.StyleCallback || call.Options.Has("complete") {
		return false
	}
	succ := call.Options.Get("success")
	if succ == nil {
		// nothing to read the result with: unread unless the call's value
		// is taken (a promise assigned, returned or passed on)
		st := call.Statement
		return st.Len() > 0 && st.Start == call.Span.Start && st.End <= len(src)
	}
	if !succ.IsFunc || succ.ValueSpan.End > len(src) {
		return false
	}
	param, body, ok := successParts(string(src[succ.ValueSpan.Start:succ.ValueSpan.End]))
	if !ok {
		return false
	}
	encrypted, used := readsOf(param, body)
	if used {
		return false
	}
	return !encrypted || profileElsewhere(src, s, call)
}

var (
	// the head of a success callback: function (res), success(res),
	// (res) =>, res =>, ({ encryptedData, iv }) =>
	headParen = regexp.MustCompile(`^(?:async\s+)?(?:function\s*[\w$]*\s*|[\w$]+\s*)?\(([^()]*)\)\s*(?:=>)?\s*$`)
	headBare  = regexp.MustCompile(`^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>\s*$`)
)

// successParts splits a success function written out in full into its
// one parameter (a name, or a destructuring pattern "{a, b}") and its
// body; ok is false for anything else (an expression-bodied arrow, two
// parameters, defaults).
func successParts(fn string) (param, body string, ok bool) {
	fn = strings.TrimSpace(fn)
	open := strings.IndexByte(fn, '{')
	// a destructured parameter opens a brace inside the parentheses
	if p := strings.IndexByte(fn, '('); p >= 0 && p < open {
		if c := strings.IndexByte(fn, ')'); c > open {
			open = strings.IndexByte(fn[c:], '{')
			if open < 0 {
				return "", "", false
			}
			open += c
		}
	}
	if open < 0 || !strings.HasSuffix(fn, "}") {
		return "", "", false
	}
	head := strings.TrimSpace(fn[:open])
	body = fn[open+1 : len(fn)-1]
	if m := headBare.FindStringSubmatch(head); m != nil {
		return m[1], body, true
	}
	m := headParen.FindStringSubmatch(head)
	if m == nil {
		return "", "", false
	}
	param = strings.TrimSpace(m[1])
	if strings.ContainsAny(param, ",=") && !strings.HasPrefix(param, "{") || strings.Contains(param, "=") {
		return "", "", false
	}
	return param, body, true
}

// readsOf tells how a success body reads its parameter: encrypted, when
// it reads an encrypted field; used, when it reads anything else or
// passes the result on. Functions inside it that declare the same name
// (a request's own res) are left out.
func readsOf(param, body string) (encrypted, used bool) {
	if param == "" {
		return false, false
	}
	if strings.HasPrefix(param, "{") {
		// ({ encryptedData, iv }): the names it takes are its reads
		for _, f := range strings.Split(strings.Trim(param, "{} "), ",") {
			f = strings.TrimSpace(f)
			if k := strings.IndexByte(f, ':'); k >= 0 {
				f = strings.TrimSpace(f[:k])
			}
			switch {
			case f == "":
			case encryptedFields[f]:
				encrypted = true
			default:
				return encrypted, true // userInfo, rawData, ...rest
			}
		}
		return encrypted, false
	}
	body = withoutShadows(body, param)
	word := regexp.MustCompile(`(^|[^\w$.])` + regexp.QuoteMeta(param) + `\b`)
	for _, m := range word.FindAllStringIndex(body, -1) {
		rest := body[m[1]:]
		field := ""
		if strings.HasPrefix(rest, ".") {
			end := 1
			for end < len(rest) && isIdent(rest[end]) {
				end++
			}
			field = rest[1:end]
		}
		if !encryptedFields[field] {
			return encrypted, true
		}
		encrypted = encrypted || field != "errMsg"
	}
	return encrypted, false
}

func isIdent(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// innerHead finds the heads of functions inside a body: function (a, b) {,
// name(a) {, (a) => {, a => {.
var innerHead = regexp.MustCompile(`(?:function\s*[\w$]*\s*\(([^()]*)\)|([\w$]+)\s*\(([^()]*)\)|\(([^()]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)\s*\{`)

var notFuncs = map[string]bool{"if": true, "for": true, "while": true, "switch": true, "with": true}

// withoutShadows blanks the functions inside body whose parameters
// declare name: there the name is another value.
func withoutShadows(body, name string) string {
	b := []byte(body)
	declares := regexp.MustCompile(`(^|[^\w$])` + regexp.QuoteMeta(name) + `($|[^\w$])`)
	for _, m := range innerHead.FindAllStringSubmatchIndex(body, -1) {
		params := ""
		for _, g := range []int{1, 3, 4, 5} { // group 2 is a method's name
			if m[2*g] >= 0 {
				params = body[m[2*g]:m[2*g+1]]
			}
		}
		if m[4] >= 0 && notFuncs[body[m[4]:m[5]]] {
			continue
		}
		if !declares.MatchString(params) {
			continue
		}
		end := closingBrace(body, m[1]-1)
		for i := m[0]; i < end && i < len(b); i++ { // its head and body
			b[i] = ' '
		}
	}
	return string(b)
}

// closingBrace is the index just past the brace closing the one at open
// (len(s) when none), skipping strings and comments.
func closingBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"', '`':
			for i++; i < len(s) && s[i] != c; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case '/':
			if i+1 < len(s) && s[i+1] == '/' {
				for i < len(s) && s[i] != '\n' {
					i++
				}
			} else if i+1 < len(s) && s[i+1] == '*' {
				if j := strings.Index(s[i+2:], "*/"); j >= 0 {
					i += j + 3
				} else {
					return len(s)
				}
			}
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(s)
}

// profileSource is a read of a profile that is not the call's own
// result: the button's detail.userInfo, a profile's nickName or avatarUrl.
var profileSource = regexp.MustCompile(`\bdetail\s*\.\s*userInfo\b|\.\s*(?:nickName|avatarUrl)\b`)

// profileElsewhere reports whether the named function around the call
// reads a profile outside the call itself (the button's e.detail.userInfo
// it sends on).
func profileElsewhere(src []byte, s *script.Facts, call *script.Call) bool {
	body, ok := s.Bodies[call.Func]
	if call.Func == "" || !ok || body.End > len(src) || call.Span.Start < body.Start || call.Span.End > body.End {
		return false
	}
	return profileSource.Match(src[body.Start:call.Span.Start]) || profileSource.Match(src[call.Span.End:body.End])
}
