package security

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// An env switch whose selector the code sets to a literal is no switch:
// the side it picks is what ships.
//
//	const env = 'development'
//	const host = env === 'development' ? 'http://dev.…' : 'https://api.…'
//	const urls = { development: 'http://dev.…', production: 'https://…' }
//	const baseUrl = urls[env]
//
// envPick resolves such a choice for a string that is one of its sides:
// whether the selector picks it, and the name the picked value is given
// to (host, baseUrl). The selector is a plain name declared once in the
// same file with a string, boolean or number literal and never assigned
// again; anything else (process.env.NODE_ENV, a name from another file,
// a flag set at run time) leaves the choice open, as before.

// pick is a resolved choice.
type pick struct {
	chosen bool
	name   string // the name the chosen value is given to; "" unknown
	sel    string // the selector as declared: env = 'development'
}

// note adds the selector to how a URL reaches a request.
func (pk pick) note(m rule.Msg) rule.Msg {
	if pk.sel == "" {
		return m
	}
	return rule.Msg{Zh: m.Zh + "；" + pk.sel + " 选中了这个地址", En: m.En + "; " + pk.sel + " picks this address"}
}

// condRe matches, at the end of the text before a conditional's '?', the
// conditional's target and test: `host = env === 'dev'`, `baseUrl: isDev`,
// `return (!isProd)`.
var condRe = regexp.MustCompile(`(?:([A-Za-z_$][\w$]*)\s*(?:[:=]|\+=)|\breturn|[(,])\s*\(?\s*(!?)\s*([A-Za-z_$][\w$]*)\s*(?:(===|==|!==|!=)\s*(?:'([^'\n]*)'|"([^"\n]*)"))?\s*\)?\s*$`)

func envPick(u *rule.Unit, str script.StringLit) (pick, bool) {
	src := u.Text
	q := str.Span.Start - 1 // the opening quote
	if q < 1 {
		return pick{}, false
	}
	i := spaceBack(src, q-1)
	then := false
	switch {
	case i >= 0 && src[i] == '?' && (i == 0 || src[i-1] != '?'):
		then = true
	case i >= 0 && src[i] == ':':
		// the else side: ? 'then' : 'else'
		j := spaceBack(src, i-1)
		if j < 0 || (src[j] != '\'' && src[j] != '"' && src[j] != '`') {
			return mapPick(u, str)
		}
		t, ok := stringEndingAt(u.Script, j)
		if !ok {
			return pick{}, false
		}
		i = spaceBack(src, t.Span.Start-2)
		if i < 0 || src[i] != '?' {
			return pick{}, false
		}
	default:
		return mapPick(u, str)
	}
	lo := max(0, i-200)
	m := condRe.FindSubmatch(src[lo:i])
	if m == nil {
		return pick{}, false
	}
	val, decl, ok := literalSelector(u, string(m[3]))
	if !ok {
		return pick{}, false
	}
	var holds bool
	switch op := string(m[4]); op {
	case "":
		holds = truthy(val)
		if len(m[2]) > 0 {
			holds = !holds
		}
	default:
		if len(m[2]) > 0 {
			return pick{}, false
		}
		want := string(m[5]) + string(m[6])
		holds = val == "'"+want+"'"
		if op == "!==" || op == "!=" {
			holds = !holds
		}
	}
	return pick{chosen: holds == then, name: string(m[1]), sel: decl}, true
}

// mapPick: the string is the value of an env key in a map that a literal
// selector indexes (urls[env]), or of a key inside such an env's object
// ({ development: { baseUrl: 'http://…' } } … config[env]).
func mapPick(u *rule.Unit, str script.StringLit) (pick, bool) {
	src := u.Text
	key := nameBefore(src, str.Span.Start)
	if key == "" || key != str.Key {
		return pick{}, false
	}
	skip := skipSpans(u.Script)
	inner := openBrace(src, str.Span.Start-1, skip)
	if inner < 0 {
		return pick{}, false
	}
	// one level: urls = { development: 'http://…' }; baseUrl = urls[env]
	if name := nameBefore(src, inner+1); name != "" {
		if pk, ok := indexPick(u, name, key); ok {
			return pk, true
		}
	}
	// two levels: config = { development: { baseUrl: 'http://…' } }
	envKey := nameBefore(src, inner+1)
	if envKey == "" {
		return pick{}, false
	}
	outer := openBrace(src, inner, skip)
	if outer < 0 {
		return pick{}, false
	}
	name := nameBefore(src, outer+1)
	if name == "" {
		return pick{}, false
	}
	pk, ok := indexPick(u, name, envKey)
	pk.name = "" // the value keeps its own key's name
	return pk, ok
}

// indexPick finds name[sel] with a literal selector in the script and
// says whether it picks key, and the name the picked value is given to.
func indexPick(u *rule.Unit, name, key string) (pick, bool) {
	re, err := regexp.Compile(`(^|[^\w$.])` + regexp.QuoteMeta(name) + `\s*\[\s*([A-Za-z_$][\w$]*)\s*\]`)
	if err != nil {
		return pick{}, false
	}
	skip := skipSpans(u.Script)
	for _, m := range re.FindAllSubmatchIndex(u.Text, -1) {
		start := m[0] + (m[3] - m[2])
		if within(start, skip) {
			continue
		}
		val, decl, ok := literalSelector(u, string(u.Text[m[4]:m[5]]))
		if !ok {
			continue
		}
		return pick{chosen: val == "'"+key+"'", name: nameBefore(u.Text, start+1), sel: decl}, true
	}
	return pick{}, false
}

// literalSelector returns the literal a name is declared with in the
// script (a string as 'value', true, false, a number) and the declaration
// for messages, when it is declared once that way and never assigned
// again.
func literalSelector(u *rule.Unit, name string) (string, string, bool) {
	re, err := regexp.Compile(`(^|[^\w$.])` + regexp.QuoteMeta(name) + `\s*(=[^=>]|\+\+|--|[-+*/|&]=)`)
	if err != nil {
		return "", "", false
	}
	skip := skipSpans(u.Script)
	decl := regexp.MustCompile(`\b(?:const|let|var)\s+$`)
	val, shown := "", ""
	n := 0
	for _, m := range re.FindAllSubmatchIndex(u.Text, -1) {
		start := m[0] + (m[3] - m[2])
		if within(start, skip) {
			continue
		}
		n++
		if n > 1 || !decl.Match(u.Text[max(0, start-12):start]) || string(u.Text[m[4]:m[5]])[0] != '=' {
			return "", "", false
		}
		rest := u.Text[m[4]+1:]
		lit := litRe.Find(rest)
		if lit == nil {
			return "", "", false
		}
		val = strings.TrimSpace(string(lit))
		val = strings.TrimRight(val, ";,")
		val = strings.TrimSpace(val)
		if val[0] == '"' {
			val = "'" + val[1:len(val)-1] + "'"
		}
		shown = name + " = " + val
	}
	return val, shown, n == 1
}

// litRe matches a literal that is the whole value: up to the end of the
// statement or declarator.
var litRe = regexp.MustCompile(`^\s*(?:'[^'\n]*'|"[^"\n]*"|true|false|\d+)\s*(?:[;,]|\n|$)`)

func truthy(v string) bool {
	return v != "false" && v != "0" && v != "''"
}

// stringEndingAt finds the string literal whose closing quote is at off.
func stringEndingAt(s *script.Facts, off int) (script.StringLit, bool) {
	for _, t := range s.Strings {
		if t.Span.End == off {
			return t, true
		}
	}
	return script.StringLit{}, false
}

// openBrace returns the innermost '{' open around off (searching back
// from off-1), or -1 when another bracket is.
func openBrace(src []byte, off int, skip []text.Span) int {
	depth := 0
	for k := off - 1; k >= max(0, off-4000); k-- {
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
				if src[k] == '{' {
					return k
				}
				return -1
			}
			depth--
		}
	}
	return -1
}

func skipSpans(s *script.Facts) []text.Span {
	var out []text.Span
	for _, cm := range s.Comments {
		out = append(out, cm.Span)
	}
	for _, st := range s.Strings {
		out = append(out, text.Span{Start: st.Span.Start - 1, End: st.Span.End + 1})
	}
	return out
}

func spaceBack(src []byte, i int) int {
	for i >= 0 && isSpace(src[i]) {
		i--
	}
	return i
}
