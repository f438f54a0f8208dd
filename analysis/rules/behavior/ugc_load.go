package behavior

import (
	"regexp"
	"strings"
	"unicode"
)

// A request that only loads data (GetProList, /post/list) or deletes
// something (DeleteListItem) is not where a
// flow publishes, even when the flow reads what users typed elsewhere
// (a refresh that keeps the draft title): the anchor is the call that
// sends the content.

var (
	// readWords: words of an API path that fetches or deletes: it sends
	// nothing users made.
	readWords = map[string]bool{"get": true, "list": true, "query": true, "fetch": true, "load": true, "search": true, "find": true,
		"del": true, "delete": true, "remove": true, "cancel": true}
	// writeWords: words of an API path that changes something; with one,
	// a path is no fetch (InsertOrUpdateProList).
	writeWords = map[string]bool{"add": true, "insert": true, "update": true, "save": true, "create": true, "submit": true, "publish": true,
		"upload": true, "edit": true, "modify": true, "set": true, "send": true, "reply": true, "put": true, "apply": true, "write": true, "commit": true, "release": true}
	pathWordRe = regexp.MustCompile(`[A-Za-z]+`)
)

// loadOnly reports whether a sending call only loads or deletes data: a
// path among its arguments names a fetch or a deletion and no change, and its arguments read none
// of the data keys users fill.
func (f *ugcFile) loadOnly(s sendSite) bool {
	if s.upload || s.call.End <= s.call.Start || s.call.End > len(f.src) {
		return false
	}
	// what a callback puts back on the page (the title already typed,
	// kept over the reply) is not sent
	code := withoutSetData(string(f.src[s.call.Start:s.call.End]))
	for _, k := range f.keys {
		if k != "" && cachedRe(`\b`+regexp.QuoteMeta(k)+`\b`).MatchString(code) {
			return false
		}
	}
	if strings.Contains(code, ".data") && wholeData.MatchString(code) {
		return false
	}
	read := false
	for _, str := range f.s.Strings {
		if str.Span.Start < s.call.Start || str.Span.End > s.call.End || !strings.Contains(str.Value, "/") {
			continue
		}
		r, w := pathVerbs(str.Value)
		if w {
			return false
		}
		read = read || r
	}
	return read
}

// pathVerbs tells whether the words of a URL's path (not its host or
// query) name a fetch, a change, or both.
func pathVerbs(s string) (read, write bool) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
		j := strings.Index(s, "/")
		if j < 0 {
			return false, false
		}
		s = s[j:]
	}
	for _, tok := range pathWordRe.FindAllString(s, -1) {
		for _, w := range camelWords(tok) {
			read = read || readWords[w]
			write = write || writeWords[w]
		}
	}
	return read, write
}

// camelWords splits GetProList into get, pro, list.
func camelWords(tok string) []string {
	var out []string
	start := 0
	rs := []rune(tok)
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || unicode.IsUpper(rs[i]) && !unicode.IsUpper(rs[i-1]) {
			out = append(out, strings.ToLower(string(rs[start:i])))
			start = i
		}
	}
	return out
}

// withoutSetData is code with the arguments of its setData calls left out.
func withoutSetData(code string) string {
	var b strings.Builder
	for {
		i := strings.Index(code, "setData(")
		if i < 0 {
			b.WriteString(code)
			return b.String()
		}
		b.WriteString(code[:i])
		depth, j := 0, i+len("setData")
		for ; j < len(code); j++ {
			if code[j] == '(' {
				depth++
			} else if code[j] == ')' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j >= len(code) {
			return b.String()
		}
		code = code[j+1:]
	}
}
