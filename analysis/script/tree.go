package script

import "mpls/analysis/text"

// Navigation over the flat tree. Every helper returns -1 for "none" and
// accepts -1, so chains of lookups need no checks in between.

type tree struct {
	n   []node
	src []byte
}

func (t *tree) kind(i int32) kind {
	if i < 0 {
		return kDrop
	}
	return t.n[i].kind
}

func (t *tree) parent(i int32) int32 {
	if i < 0 {
		return -1
	}
	return t.n[i].parent
}

func (t *tree) span(i int32) text.Span {
	if i < 0 {
		return text.Span{}
	}
	return text.Span{Start: int(t.n[i].start), End: int(t.n[i].end)}
}

// codeSpan is span(i) without the comments a grammar hangs at the end of
// the node (TypeScript's attaches a `// …` after an arrow function's body
// to it): the span a fix may copy, wrap or insert after. The flat tree
// keeps no anonymous tokens, so the code is taken to end where the
// trailing comments start, less the blanks before them.
func (t *tree) codeSpan(i int32) text.Span {
	s := t.span(i)
	for k := 0; k < 64 && i >= 0; k++ {
		// last code child; the first and last comments after it
		code, comment, lastComment := int32(-1), int32(-1), int32(-1)
		for c := t.n[i].first; c >= 0; c = t.n[c].next {
			if t.n[c].kind == kComment {
				if comment < 0 {
					comment = c
				}
				lastComment = c
			} else {
				code, comment = c, -1
			}
		}
		// comments before a closing token (`{ a: 1 // c⏎}`: the brace is
		// no node here) end before the node does: they stay inside
		if comment >= 0 && int(t.n[lastComment].end) == s.End {
			end := int(t.n[comment].start)
			for end > s.Start && end <= len(t.src) && isBlankByte(t.src[end-1]) {
				end--
			}
			s.End = end
			return s
		}
		if comment >= 0 || code < 0 || int(t.n[code].end) != s.End {
			return s
		}
		i = code // the comment may hang on the last child, deeper
	}
	return s
}

func isBlankByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func (t *tree) bytes(i int32) []byte {
	if i < 0 {
		return nil
	}
	s, e := int(t.n[i].start), int(t.n[i].end)
	if e > len(t.src) {
		e = len(t.src)
	}
	if s > e {
		s = e
	}
	return t.src[s:e]
}

func (t *tree) text(i int32) string { return string(t.bytes(i)) }

// is reports whether node i's text equals s, without allocating.
func (t *tree) is(i int32, s string) bool { return string(t.bytes(i)) == s }

func isToken(k kind) bool { return k >= kNot }

// isSyntax: a named, non-comment node (what "named child" means here).
func isSyntax(k kind) bool { return k != kComment && k != kDrop && !isToken(k) }

// child returns the k-th named, non-comment child of i.
func (t *tree) child(i int32, k int) int32 {
	if i < 0 {
		return -1
	}
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		if isSyntax(t.n[c].kind) {
			if k == 0 {
				return c
			}
			k--
		}
	}
	return -1
}

func (t *tree) first(i int32) int32 { return t.child(i, 0) }

// last returns the last named, non-comment child of i.
func (t *tree) last(i int32) int32 {
	if i < 0 {
		return -1
	}
	r := int32(-1)
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		if isSyntax(t.n[c].kind) {
			r = c
		}
	}
	return r
}

func (t *tree) count(i int32) int {
	if i < 0 {
		return 0
	}
	k := 0
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		if isSyntax(t.n[c].kind) {
			k++
		}
	}
	return k
}

// firstOf returns the first child of i with kind k.
func (t *tree) firstOf(i int32, k kind) int32 {
	if i < 0 {
		return -1
	}
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		if t.n[c].kind == k {
			return c
		}
	}
	return -1
}

// op returns the kind of the operator token of a binary or unary
// expression (kDrop if none is kept).
func (t *tree) op(i int32) kind {
	if i < 0 {
		return kDrop
	}
	for c := t.n[i].first; c >= 0; c = t.n[c].next {
		if isToken(t.n[c].kind) {
			return t.n[c].kind
		}
	}
	return kDrop
}

// unwrap skips parentheses and TypeScript wrappers (x as T, x!).
func (t *tree) unwrap(i int32) int32 {
	for k := 0; k < 64 && i >= 0; k++ {
		switch t.n[i].kind {
		case kParen, kTSWrap:
			i = t.first(i)
		default:
			return i
		}
	}
	return i
}

// up returns the first ancestor of i that is not a parenthesis or a TS
// wrapper, and the child of it on the way (i itself or a wrapper).
func (t *tree) up(i int32) (parent, via int32) {
	via = i
	p := t.parent(i)
	for k := 0; k < 64 && p >= 0; k++ {
		switch t.n[p].kind {
		case kParen, kTSWrap:
			via = p
			p = t.n[p].parent
		default:
			return p, via
		}
	}
	return p, via
}

// member returns the object and property of a member expression.
func (t *tree) member(i int32) (obj, prop int32) {
	if t.kind(i) != kMember {
		return -1, -1
	}
	obj, prop = t.first(i), t.last(i)
	if obj == prop || (t.kind(prop) != kPropIdent && t.kind(prop) != kPrivateProp) {
		return -1, -1
	}
	return obj, prop
}

// callee returns the function part of a call (or new) expression.
func (t *tree) callee(call int32) int32 {
	return t.first(call)
}

// args returns the arguments node of a call, or -1.
func (t *tree) args(call int32) int32 {
	a := t.last(call)
	if t.kind(a) != kArguments {
		return -1
	}
	return a
}

// name returns the last name of a callee-like expression: the identifier,
// the member's property, the string index of a subscript, the callee of a
// call. Returns -1 if it has none.
func (t *tree) nameNode(i int32) int32 {
	for k := 0; k < 64; k++ {
		i = t.unwrap(i)
		switch t.kind(i) {
		case kIdent, kPropIdent, kPrivateProp, kShorthandProp, kShorthandPattern, kThis:
			return i
		case kMember:
			return t.last(i)
		case kSubscript:
			idx := t.last(i)
			if t.kind(idx) == kString {
				return idx
			}
			return -1
		case kCall:
			i = t.callee(i)
		default:
			return -1
		}
	}
	return -1
}

func (t *tree) lastName(i int32) string {
	nn := t.nameNode(i)
	if nn < 0 {
		return ""
	}
	if t.kind(nn) == kString {
		return t.stringValue(nn)
	}
	return t.text(nn)
}

// pairKey returns the key name of a pair / method definition / field and
// the span of the name (string keys: the content, without quotes).
func (t *tree) pairKey(p int32) (string, text.Span, int32) {
	k := t.first(p)
	switch t.kind(k) {
	case kPropIdent, kIdent, kNumber, kPrivateProp:
		return t.text(k), t.span(k), k
	case kString:
		return t.stringValue(k), t.stringContent(k), k
	case kComputedName:
		in := t.first(k)
		if t.kind(in) == kString {
			return t.stringValue(in), t.stringContent(in), k
		}
	}
	return "", text.Span{}, k
}

// pairValue returns the value of a pair (-1 for shorthand or broken pairs).
func (t *tree) pairValue(p int32) int32 {
	k, v := t.first(p), t.last(p)
	if k == v {
		return -1
	}
	return v
}

// descendantsEnd returns the index one past the last descendant of i (the
// flat tree is in pre-order, so descendants are contiguous).
func (t *tree) descendantsEnd(i int32) int32 {
	for j := i; j >= 0; j = t.n[j].parent {
		if t.n[j].next >= 0 {
			return t.n[j].next
		}
	}
	return int32(len(t.n))
}
