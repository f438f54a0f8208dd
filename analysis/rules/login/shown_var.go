package login

import (
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// shownOptions are the options of a toast or modal whose text the user
// reads: a local variable passed there shows what was put into it.
var shownOptions = map[string]map[string]bool{
	"showToast":             {"title": true},
	"showLoading":           {"title": true},
	"showModal":             {"title": true, "content": true, "confirmText": true, "cancelText": true},
	"setNavigationBarTitle": {"title": true},
}

// shownThroughVariable returns the string literals of u's script that a
// toast or modal shows through a local variable: the message is built
// first and passed by name,
//
//	let msg = '订单金额 ' + total + ' 元'
//	if (rest > 0) { msg += '，还需另付 ' + rest + ' 元' }
//	tt.showModal({ title: '确认支付', content: msg })
//
// A literal counts when, in the function that makes the call and before
// it, it is a term of what is assigned (=, +=) to the variable passed as
// a shown option. Strings that reach the variable another way (a ternary,
// a helper's return value, another function) are not followed.
func shownThroughVariable(u *rule.Unit) []rule.Piece {
	s := u.Script
	if s == nil {
		return nil
	}
	var out []rule.Piece
	seen := map[text.Span]bool{}
	for _, c := range s.Calls {
		keys := shownOptions[c.API]
		if keys == nil || c.Options == nil || c.Func == "" {
			continue
		}
		body, ok := s.Bodies[c.Func]
		if !ok {
			continue
		}
		for _, p := range c.Options.Props {
			if !keys[p.Key] || p.IsString || p.IsFunc || !isVarName(p.Value) {
				continue
			}
			for _, str := range s.Strings {
				if str.Span.Start < body.Start || str.Span.Start >= c.Span.Start || seen[str.Span] {
					continue
				}
				if str.IsKey || str.Key != "" || str.Callee != "" || str.Span.Len() == 0 || str.Span.End > len(u.Text) {
					continue
				}
				if assigneeOf(u.Text, s, str.Span.Start) != p.Value {
					continue
				}
				seen[str.Span] = true
				out = append(out, rule.Piece{Span: str.Span, Text: string(u.Text[str.Span.Start:str.Span.End]), Where: "script:" + c.API + "." + p.Key})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// assigneeOf returns the variable that the expression holding the string
// literal starting at at is assigned to (`name = …`, `name += …`, `let
// name = …`), when what lies between is a chain of terms joined by
// operators, or "" otherwise (an object value, a call argument, a
// comparison, a ternary branch, another statement).
func assigneeOf(src []byte, s *script.Facts, at int) string {
	depth := 0
	for i := at - 2; i >= 0; i-- { // at-1 is the opening quote
		if j := literalQuote(s, i); j >= 0 {
			i = j // skip another literal of the chain and its quote
			continue
		}
		c := src[i]
		switch {
		case c == ')' || c == ']':
			depth++
		case c == '(' || c == '[':
			if depth == 0 {
				return "" // an argument, an array element
			}
			depth--
		case depth > 0:
		case c == '=':
			if i > 0 && strings.IndexByte("=!<>", src[i-1]) >= 0 || i+1 < len(src) && (src[i+1] == '=' || src[i+1] == '>') {
				return "" // a comparison, an arrow
			}
			j := i
			if j > 0 && src[j-1] == '+' {
				j--
			}
			return varBefore(src, j)
		case strings.IndexByte(";{},:?&|!", c) >= 0:
			return ""
		}
	}
	return ""
}

// literalQuote returns where the string literal holding i starts, quote
// included, or -1.
func literalQuote(s *script.Facts, i int) int {
	k := sort.Search(len(s.Strings), func(k int) bool { return s.Strings[k].Span.End > i })
	if k < len(s.Strings) && s.Strings[k].Span.Start <= i {
		return s.Strings[k].Span.Start - 1
	}
	return -1
}

// varBefore returns the identifier that ends just before end (spaces
// skipped), when it is a plain variable (not a property: this.msg).
func varBefore(src []byte, end int) string {
	j := end
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isIdent(src[k-1]) {
		k--
	}
	if k == j || k > 0 && src[k-1] == '.' {
		return ""
	}
	return string(src[k:j])
}

func isVarName(v string) bool {
	if v == "" || v[0] >= '0' && v[0] <= '9' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isIdent(v[i]) {
			return false
		}
	}
	return true
}
