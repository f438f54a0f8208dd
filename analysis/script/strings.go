package script

import (
	"strings"
	"unicode/utf8"

	"mpls/analysis/text"
)

// stringContent is the span of a string literal's content, without quotes.
// Built from the fragments, so an unterminated string loses nothing.
func (t *tree) stringContent(i int32) text.Span {
	s, e := -1, -1
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		switch t.n[c].kind {
		case kStringFragment, kEscape:
			if s < 0 {
				s = int(t.n[c].start)
			}
			e = int(t.n[c].end)
		}
	}
	if s < 0 {
		// empty string: an empty span after the opening quote
		p := int(t.n[i].start) + 1
		if p > int(t.n[i].end) {
			p = int(t.n[i].end)
		}
		return text.Span{Start: p, End: p}
	}
	return text.Span{Start: s, End: e}
}

// stringValue decodes a string literal, or a template literal without
// substitutions.
func (t *tree) stringValue(i int32) string {
	var sp text.Span
	switch t.kind(i) {
	case kString:
		sp = t.stringContent(i)
	case kTemplate:
		if t.firstOf(i, kTemplateSubst) >= 0 {
			return ""
		}
		sp = t.templateContent(i)
	default:
		return ""
	}
	return decodeJS(t.src[sp.Start:sp.End])
}

// templateContent: the span between the backticks of a template literal.
func (t *tree) templateContent(i int32) text.Span {
	s, e := int(t.n[i].start)+1, int(t.n[i].end)
	if e > len(t.src) {
		e = len(t.src)
	}
	if e > s && t.src[e-1] == '`' {
		e--
	}
	if s > e {
		s = e
	}
	return text.Span{Start: s, End: e}
}

// isStringLike: a string literal or a template without substitutions.
func (t *tree) isStringLike(i int32) bool {
	switch t.kind(i) {
	case kString:
		return true
	case kTemplate:
		return t.firstOf(i, kTemplateSubst) < 0
	}
	return false
}

// decodeJS resolves the escape sequences of a JavaScript string's content.
func decodeJS(b []byte) string {
	if !hasBackslash(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	var pendingHigh rune = -1
	flush := func() {
		if pendingHigh >= 0 {
			sb.WriteRune(utf8.RuneError)
			pendingHigh = -1
		}
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			flush()
			sb.WriteByte(c)
			i++
			continue
		}
		d := b[i+1]
		i += 2
		var r rune = -1
		switch d {
		case 'n':
			r = '\n'
		case 't':
			r = '\t'
		case 'r':
			r = '\r'
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'v':
			r = '\v'
		case '0':
			r = 0
		case '\n': // line continuation
			continue
		case '\r':
			if i < len(b) && b[i] == '\n' {
				i++
			}
			continue
		case 'x':
			if v, ok := hexVal(b, i, 2); ok {
				r = v
				i += 2
			} else {
				r = 'x'
			}
		case 'u':
			if i < len(b) && b[i] == '{' {
				j := i + 1
				for j < len(b) && b[j] != '}' && j-i < 10 {
					j++
				}
				if v, ok := hexVal(b, i+1, j-i-1); ok && j < len(b) && b[j] == '}' && v <= utf8.MaxRune {
					r = v
					i = j + 1
				} else {
					r = 'u'
				}
			} else if v, ok := hexVal(b, i, 4); ok {
				r = v
				i += 4
			} else {
				r = 'u'
			}
		default:
			if d < utf8.RuneSelf {
				r = rune(d)
				break
			}
			// a backslash before a multi-byte character: the character, or
			// nothing for a line continuation with U+2028 / U+2029
			if d == 0xE2 && i+1 < len(b) && b[i] == 0x80 && (b[i+1] == 0xA8 || b[i+1] == 0xA9) {
				i += 2
				continue
			}
			flush()
			sb.WriteByte(d)
			continue
		}
		switch {
		case r >= 0xD800 && r < 0xDC00:
			flush()
			pendingHigh = r
			continue
		case r >= 0xDC00 && r < 0xE000 && pendingHigh >= 0:
			sb.WriteRune((pendingHigh-0xD800)<<10 + (r - 0xDC00) + 0x10000)
			pendingHigh = -1
			continue
		}
		flush()
		sb.WriteRune(r)
	}
	flush()
	return sb.String()
}

func hasBackslash(b []byte) bool {
	for _, c := range b {
		if c == '\\' {
			return true
		}
	}
	return false
}

func hexVal(b []byte, i, n int) (rune, bool) {
	if n <= 0 || i+n > len(b) {
		return 0, false
	}
	var v rune
	for _, c := range b[i : i+n] {
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			v = v*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}
