package privacy

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A call guarded so that it runs at most once is not repeated, even on a
// path every show takes: a flag the way tests (`if (count === 0)`,
// `if (!this.data.asked)`, `!asked && this.ask()`, `if (asked) return`)
// and that the way itself sets to a literal as it goes (`count = 1`,
// `this.setData({ asked: true })`, `this.asked = true`, `asked++`), or
// the refusal path sets. A flag set in a callback (the success of the
// call, when the user agreed; a request's answer, when everything is
// loaded) does not count: a refusal leaves it unset, and the next show
// asks again.

// step is one function on the way from a show lifecycle to a call: its
// file, its body, and where in it the way goes on (the call site of the
// next function, or the call itself).
type step struct {
	u    *rule.Unit
	body text.Span
	at   int
	// allow is a callback where a flag set counts all the same: the
	// refusal callback of the call (zero for none).
	allow text.Span
}

// bodyOf is the span of a function of the file by name (zero when the
// file has none of that name).
func bodyOf(s *script.Facts, name string) text.Span {
	if s == nil || name == "" {
		return text.Span{}
	}
	return s.Bodies[name]
}

// onceGuarded: some step's conditions test a flag that a step's body sets
// to a literal outside a success callback (extra: more bodies of the way,
// the functions the refusal path runs).
func onceGuarded(steps []step, extra []step) bool {
	var names []string
	for _, st := range steps {
		if st.u == nil || st.body.Len() == 0 || st.at < st.body.Start || st.at > st.body.End {
			continue
		}
		names = append(names, guardNames(st.u.Text, st.body, st.at)...)
	}
	if len(names) == 0 {
		return false
	}
	all := append(append([]step(nil), steps...), extra...)
	for _, n := range names {
		for _, st := range all {
			if st.u != nil && st.u.Script != nil && st.body.Len() > 0 && setsFlag(st.u, st.body, st.allow, n) {
				return true
			}
		}
	}
	return false
}

var jsKeywords = map[string]bool{
	"this": true, "true": true, "false": true, "null": true, "undefined": true, "typeof": true,
	"return": true, "let": true, "const": true, "var": true, "if": true, "else": true, "new": true,
	"await": true, "async": true, "function": true, "of": true, "in": true, "instanceof": true,
	"void": true, "throw": true, "length": true, "data": true, "globalData": true,
}

// frame is an open bracket while scanning a function body.
type frame struct {
	open     byte
	cond     bool     // the ( of an if
	names    []string // names read inside this bracket
	guard    []string // an if/else block: its condition's names
	early    []string // names of ifs in this block that return early
	returns  bool     // a return or throw directly in this block
	stmt     []string // names of the statement so far
	stmtCond bool     // the statement so far has && || or ?
}

// guardNames scans body up to pos and returns the names the conditions
// around pos test: enclosing if and else blocks, a braceless if, ifs
// before pos in an enclosing block that return early, and the operands
// of && || ?: before pos in its statement. Of a member chain only the
// last name counts (this.data.asked: asked); callees do not.
func guardNames(src []byte, body text.Span, pos int) []string {
	if pos > len(src) {
		pos = len(src)
	}
	frames := []*frame{{open: '{'}}
	top := func() *frame { return frames[len(frames)-1] }
	var lastIf []string // the condition of the if whose block or statement just ended
	var nextBlock []string
	haveNext, expectCond := false, false
	// a braceless if body (or else) in progress
	var pendIf []string
	pendDepth, pendToks, pendReturn := -1, 0, false
	endPending := func() {
		if pendDepth < 0 {
			return
		}
		if pendReturn {
			top().early = append(top().early, pendIf...)
		}
		lastIf = pendIf
		pendDepth, pendIf = -1, nil
	}
	endStmt := func() {
		f := top()
		f.stmt, f.stmtCond = nil, false
	}
	prevSig := byte(0) // the last significant character, for statement ends at line breaks
	i := body.Start
	for i < pos {
		ch := src[i]
		switch {
		case ch == '\n':
			if pendDepth == len(frames) && pendToks > 0 && endsExpr(prevSig) && !continues(src, i+1) {
				endPending()
			}
			if endsExpr(prevSig) && !continues(src, i+1) {
				endStmt()
			}
			i++
			continue
		case ch == ' ' || ch == '\t' || ch == '\r':
			i++
			continue
		case ch == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < pos && src[i] != '\n' {
				i++
			}
			continue
		case ch == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(string(src[i+2:min(len(src), pos+2)]), "*/")
			if end < 0 {
				i = pos
			} else {
				i += end + 4
			}
			continue
		case ch == '\'' || ch == '"' || ch == '`':
			j := i + 1
			for j < pos && src[j] != ch && (ch == '`' || src[j] != '\n') {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			i = j + 1
			prevSig = 'a'
			if pendDepth == len(frames) {
				pendToks++
			}
			continue
		case isIdentStart(ch):
			j := i
			for j < len(src) && isIdentPart(src[j]) {
				j++
			}
			word := string(src[i:j])
			if pendDepth == len(frames) {
				if pendToks == 0 && (word == "return" || word == "throw") {
					pendReturn = true
				}
				pendToks++
			}
			switch word {
			case "if":
				expectCond = true
				if prevWord(src, body.Start, i) == "else" {
					nextBlock = lastIf // else if: the earlier condition still holds
				}
			case "else":
				haveNext, nextBlock = true, lastIf
				if k := skipBlank(src, j); k < len(src) && src[k] != '{' && !strings.HasPrefix(string(src[k:]), "if") {
					pendIf, pendDepth, pendToks, pendReturn = lastIf, len(frames), 0, false
					haveNext = false
				}
			case "return", "throw":
				top().returns = true
			default:
				if !jsKeywords[word] {
					k := skipBlank(src, j)
					if k >= len(src) || (src[k] != '.' && src[k] != '(') {
						f := top()
						f.names = append(f.names, word)
						f.stmt = append(f.stmt, word)
					}
				}
			}
			i = j
			prevSig = 'a'
			continue
		}
		// punctuation
		if pendDepth == len(frames) && ch != ';' {
			pendToks++
		}
		switch ch {
		case '(', '[', '{':
			f := &frame{open: ch}
			if ch == '(' && expectCond {
				f.cond, expectCond = true, false
			}
			if ch == '{' && haveNext {
				f.guard, haveNext = nextBlock, false
			}
			frames = append(frames, f)
		case ')', ']', '}':
			if len(frames) == 1 {
				break
			}
			f := top()
			frames = frames[:len(frames)-1]
			p := top()
			if f.cond {
				names := append(append([]string(nil), nextBlock...), f.names...)
				nextBlock = nil
				k := skipBlank(src, i+1)
				if k < len(src) && src[k] == '{' {
					haveNext, nextBlock = true, names
				} else {
					pendIf, pendDepth, pendToks, pendReturn = names, len(frames), 0, false
				}
			} else {
				p.names = append(p.names, f.names...)
				if f.guard != nil {
					if f.returns {
						p.early = append(p.early, f.guard...)
					}
					lastIf = f.guard
					if pendDepth < 0 {
						endStmt()
					}
				}
			}
			if pendDepth > len(frames) {
				endPending() // the block holding a braceless if closed
			}
		case ';':
			if pendDepth == len(frames) {
				endPending()
			}
			endStmt()
		case '&', '|', '?':
			top().stmtCond = true
		}
		prevSig = ch
		i++
	}
	var out []string
	for _, f := range frames {
		out = append(out, f.guard...)
		out = append(out, f.early...)
		if f.stmtCond {
			out = append(out, f.stmt...)
		}
	}
	if pendDepth >= 0 {
		out = append(out, pendIf...)
	}
	return out
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func skipBlank(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// prevWord is the identifier right before i (after blanks), or "".
func prevWord(src []byte, start, i int) string {
	j := i
	for j > start && (src[j-1] == ' ' || src[j-1] == '\t' || src[j-1] == '\n' || src[j-1] == '\r' || src[j-1] == '}') {
		j--
	}
	k := j
	for k > start && isIdentPart(src[k-1]) {
		k--
	}
	return string(src[k:j])
}

// endsExpr: a statement may end after this character at a line break.
func endsExpr(c byte) bool { return c == 'a' || c == ')' || c == ']' || c == '}' }

// continues: the next line goes on with the same expression.
func continues(src []byte, i int) bool {
	k := skipBlank(src, i)
	if k >= len(src) {
		return false
	}
	return strings.IndexByte(".&|?:,+-*/=(", src[k]) >= 0
}

// flagLiteral is a value that sets a flag: true, a non-zero number, a
// non-empty string, !0.
const flagLiteral = `(?:true|[1-9][0-9]*|'[^'\n]+'|"[^"\n]+"|!0)`

// falsy is a value that clears a flag.
const falsy = `(?:false|0|null|undefined|''|"")`

// setsFlag: body sets name to a flag literal (or counts it up) in its own
// code, not in a callback (allow excepted) and not as a declaration, and
// nothing in the file clears it again (`this.setData({ loading: false })`
// in a complete callback, `asked = false` in onHide): a flag cleared
// again guards against overlapping runs, not against the next show.
func setsFlag(u *rule.Unit, body, allow text.Span, name string) bool {
	src := u.Text
	if body.End > len(src) {
		return false
	}
	q := regexp.QuoteMeta(name)
	if clears(u, q) {
		return false
	}
	ok := ownCode(u.Script, body, allow)
	assign := regexp.MustCompile(`(?:^|[^\w$])` + q + `\s*(?:=\s*` + flagLiteral + `(?:[^\w$=]|$)|\+\+|\+=\s*[1-9])|\+\+\s*(?:[\w$]+\.)*` + q + `\b`)
	chunk := src[body.Start:body.End]
	for _, m := range assign.FindAllIndex(chunk, -1) {
		at := body.Start + m[0]
		before := strings.TrimRight(string(src[max(body.Start, at-8):at+1]), " \t")
		if strings.HasSuffix(before, "let") || strings.HasSuffix(before, "const") || strings.HasSuffix(before, "var") {
			continue
		}
		if ok(at) {
			return true
		}
	}
	prop := regexp.MustCompile(`(?:^|[{,\s])['"]?` + q + `['"]?\s*:\s*` + flagLiteral)
	for _, iv := range u.Script.Invokes {
		if iv.Name != "setData" || iv.Span.Start < body.Start || iv.Span.End > body.End || !ok(iv.Span.Start) {
			continue
		}
		if prop.Match(src[iv.Span.Start:iv.Span.End]) {
			return true
		}
	}
	return false
}

// ownCode tells whether a place in body runs as the function's own code:
// not inside the arguments of a call (a platform call's callbacks, a
// helper's: `tools.ajax(url, (resp) => {…})`) other than within allow.
func ownCode(s *script.Facts, body, allow text.Span) func(int) bool {
	var args []text.Span
	for i := range s.Calls {
		if a := s.Calls[i].ArgsSpan; a.Start > body.Start && a.End <= body.End {
			args = append(args, a)
		}
	}
	for i := range s.Invokes {
		if iv := &s.Invokes[i]; iv.Name != "setData" && iv.Span.Start > body.Start && iv.Span.End <= body.End {
			args = append(args, iv.Span)
		}
	}
	return func(at int) bool {
		for _, a := range args {
			if a.Start <= at && at < a.End && !(allow.Len() > 0 && a.Start <= allow.Start && allow.End <= a.End && allow.Start <= at && at < allow.End) {
				return false
			}
		}
		return true
	}
}

// clears: the file sets the flag (q, quoted) to a falsy value, other than
// in its declaration.
func clears(u *rule.Unit, q string) bool {
	src := u.Text
	assign := regexp.MustCompile(`(?:^|[^\w$])` + q + `\s*=\s*` + falsy + `(?:[^\w$=]|$)`)
	for _, m := range assign.FindAllIndex(src, -1) {
		before := strings.TrimRight(string(src[max(0, m[0]-8):m[0]+1]), " \t")
		if !strings.HasSuffix(before, "let") && !strings.HasSuffix(before, "const") && !strings.HasSuffix(before, "var") {
			return true
		}
	}
	prop := regexp.MustCompile(`(?:^|[{,\s])['"]?` + q + `['"]?\s*:\s*` + falsy + `(?:[^\w$]|$)`)
	for _, iv := range u.Script.Invokes {
		if iv.Name == "setData" && iv.Span.End <= len(src) && prop.Match(src[iv.Span.Start:iv.Span.End]) {
			return true
		}
	}
	return false
}
