// Package jsonv reads JSON (app.json, page .json, project.config.json,
// game.json, mpls.json) into values that remember where they came from, so
// rules can point at a key or a string and fixes can edit the file in place.
//
// It parses with tree-sitter-json, which recovers from errors: a malformed
// file still gives every member it could read, plus the syntax errors.
// Comments (// and /* */) are accepted, as the WeChat tools accept them.
package jsonv

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"
	tsjson "github.com/tree-sitter/tree-sitter-json/bindings/go"

	"mpls/analysis/text"
)

// Kind is the JSON type of a value.
type Kind uint8

const (
	Invalid Kind = iota
	Object
	Array
	String
	Number
	Bool
	Null
)

var kindNames = [...]string{"invalid", "object", "array", "string", "number", "boolean", "null"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one JSON value and where it sits in the source.
type Value struct {
	Kind Kind
	// Span covers the whole value, quotes and brackets included.
	Span text.Span
	// Members of an object, in source order (duplicates kept).
	Members []Member
	// Items of an array, in source order.
	Items []*Value
	// Str is a string's decoded text (escapes resolved), or a number's
	// literal as written.
	Str string
	// Num is a number's value.
	Num float64
	// Bool is a boolean's value.
	Bool bool
}

// Member is one key/value pair of an object.
type Member struct {
	Key string
	// KeySpan covers the key with its quotes.
	KeySpan text.Span
	Value   *Value
}

// Span covers the member from its key to the end of its value.
func (m Member) Span() text.Span {
	return text.Span{Start: m.KeySpan.Start, End: m.Value.Span.End}
}

// IsObject, IsArray, ... are nil-safe kind tests.
func (v *Value) IsObject() bool { return v != nil && v.Kind == Object }
func (v *Value) IsArray() bool  { return v != nil && v.Kind == Array }
func (v *Value) IsString() bool { return v != nil && v.Kind == String }
func (v *Value) IsNumber() bool { return v != nil && v.Kind == Number }
func (v *Value) IsBool() bool   { return v != nil && v.Kind == Bool }
func (v *Value) IsNull() bool   { return v != nil && v.Kind == Null }

// Get returns the value of key in an object, or nil (for a missing key, a
// nil receiver or a value that is not an object). With duplicate keys the
// last one wins, as JSON.parse does.
func (v *Value) Get(key string) *Value {
	if m := v.Member(key); m != nil {
		return m.Value
	}
	return nil
}

// Member returns the member named key (the last one if duplicated), or nil.
func (v *Value) Member(key string) *Member {
	if v == nil || v.Kind != Object {
		return nil
	}
	for i := len(v.Members) - 1; i >= 0; i-- {
		if v.Members[i].Key == key {
			return &v.Members[i]
		}
	}
	return nil
}

// Path walks object keys: v.Path("permission", "scope.userLocation", "desc").
// It returns nil as soon as a step is missing.
func (v *Value) Path(keys ...string) *Value {
	for _, k := range keys {
		v = v.Get(k)
		if v == nil {
			return nil
		}
	}
	return v
}

// Index returns item i of an array, or nil.
func (v *Value) Index(i int) *Value {
	if v == nil || v.Kind != Array || i < 0 || i >= len(v.Items) {
		return nil
	}
	return v.Items[i]
}

// AsString returns a string's decoded text.
func (v *Value) AsString() (string, bool) {
	if v == nil || v.Kind != String {
		return "", false
	}
	return v.Str, true
}

// AsBool returns a boolean's value.
func (v *Value) AsBool() (bool, bool) {
	if v == nil || v.Kind != Bool {
		return false, false
	}
	return v.Bool, true
}

// AsNumber returns a number's value.
func (v *Value) AsNumber() (float64, bool) {
	if v == nil || v.Kind != Number {
		return 0, false
	}
	return v.Num, true
}

// Strings returns the string items of an array, skipping other kinds.
func (v *Value) Strings() []string {
	if v == nil || v.Kind != Array {
		return nil
	}
	out := make([]string, 0, len(v.Items))
	for _, it := range v.Items {
		if it.Kind == String {
			out = append(out, it.Str)
		}
	}
	return out
}

// ContentSpan is a string's span without its quotes (the whole span for
// other kinds): what a fix replaces to change the text.
func (v *Value) ContentSpan() text.Span {
	s := v.Span
	if v.Kind == String && s.Len() >= 2 {
		s.Start++
		s.End--
	}
	return s
}

// SyntaxError is a place where the text is not valid JSON.
type SyntaxError struct {
	Span text.Span
	// Message is bilingual, "中文 / English"; Zh and En are the halves.
	Message string
	Zh, En  string
}

func (e SyntaxError) Error() string { return e.Message }

// Localized returns the message in one language: "en..." gives English,
// anything else Chinese.
func (e SyntaxError) Localized(locale string) string {
	if strings.HasPrefix(strings.ToLower(locale), "en") {
		return e.En
	}
	return e.Zh
}

func newSyntaxError(s text.Span, zh, en string) SyntaxError {
	return SyntaxError{Span: s, Zh: zh, En: en, Message: zh + " / " + en}
}

// Language is the tree-sitter-json grammar.
var Language = sitter.NewLanguage(tsjson.Language())

var parsers = sync.Pool{New: func() any {
	p := sitter.NewParser()
	p.SetLanguage(Language)
	return p
}}

// ParseBytes parses src with tree-sitter-json and converts the tree.
func ParseBytes(src []byte) (*Value, []SyntaxError) {
	p := parsers.Get().(*sitter.Parser)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil || tree == nil {
		parsers.Put(p)
		return nil, []SyntaxError{newSyntaxError(text.Span{}, "无法解析 JSON", "cannot parse JSON")}
	}
	v, errs := Parse(tree.RootNode(), src)
	tree.Close()
	parsers.Put(p)
	return v, errs
}

// ParseString is ParseBytes for a string.
func ParseString(src string) (*Value, []SyntaxError) { return ParseBytes([]byte(src)) }

// Parse converts a tree-sitter-json tree (its root node) over src. It keeps
// every value it can recover and reports each ERROR and MISSING node.
func Parse(root *sitter.Node, src []byte) (*Value, []SyntaxError) {
	if root == nil {
		return nil, []SyntaxError{newSyntaxError(text.Span{}, "无法解析 JSON", "cannot parse JSON")}
	}
	c := &conv{src: src, cur: sitter.NewTreeCursor(root)}
	defer c.cur.Close()
	var top *Value
	if root.Type() == "document" {
		for _, ch := range c.kids(root) {
			if ch.IsExtra() || ch.IsError() {
				continue
			}
			v := c.value(ch)
			if v == nil {
				continue
			}
			if top == nil {
				top = v
			} else {
				c.errs = append(c.errs, newSyntaxError(v.Span,
					"JSON 语法错误：顶层只能有一个值",
					"JSON syntax error: unexpected second top-level value"))
			}
		}
	} else {
		top = c.value(root)
	}
	if root.HasError() || root.IsError() || root.IsMissing() {
		c.collectErrors(root)
	}
	if top == nil && len(c.errs) == 0 {
		end := len(src)
		c.errs = append(c.errs, newSyntaxError(text.Span{Start: end, End: end},
			"JSON 文件为空", "empty JSON document"))
	}
	sortErrors(c.errs)
	return top, c.errs
}

type conv struct {
	src  []byte
	errs []SyntaxError
	// cur walks children: ts_node_child(i) costs O(i), a cursor O(1).
	cur *sitter.TreeCursor
}

// kids returns n's children (named, anonymous and extra), in order.
func (c *conv) kids(n *sitter.Node) []*sitter.Node {
	c.cur.Reset(n)
	if !c.cur.GoToFirstChild() {
		return nil
	}
	var out []*sitter.Node
	for {
		out = append(out, c.cur.CurrentNode())
		if !c.cur.GoToNextSibling() {
			return out
		}
	}
}

func span(n *sitter.Node) text.Span {
	return text.Span{Start: int(n.StartByte()), End: int(n.EndByte())}
}

// value converts a value node; nil for nodes that are not values (or are
// missing).
func (c *conv) value(n *sitter.Node) *Value {
	if n == nil || n.IsMissing() {
		return nil
	}
	s := span(n)
	switch n.Type() {
	case "object":
		v := &Value{Kind: Object, Span: s, Members: []Member{}}
		c.members(c.kids(n), v)
		return v
	case "array":
		v := &Value{Kind: Array, Span: s, Items: []*Value{}}
		c.items(c.kids(n), v)
		return v
	case "string":
		return &Value{Kind: String, Span: s, Str: decodeString(c.src[s.Start:s.End])}
	case "number":
		raw := string(c.src[s.Start:s.End])
		f, _ := strconv.ParseFloat(raw, 64)
		return &Value{Kind: Number, Span: s, Str: raw, Num: f}
	case "true":
		return &Value{Kind: Bool, Span: s, Bool: true}
	case "false":
		return &Value{Kind: Bool, Span: s}
	case "null":
		return &Value{Kind: Null, Span: s}
	case "ERROR":
		// A root that failed to parse: recover an object or array from
		// its opening bracket.
		kids := c.kids(n)
		if len(kids) > 0 {
			switch kids[0].Type() {
			case "{":
				v := &Value{Kind: Object, Span: s, Members: []Member{}}
				c.members(kids, v)
				return v
			case "[":
				v := &Value{Kind: Array, Span: s, Items: []*Value{}}
				c.items(kids, v)
				return v
			}
		}
	}
	return nil
}

// members collects pairs from an object's children, looking into ERROR
// children and loose `"key" : value` runs so that one bad spot keeps the
// rest.
func (c *conv) members(kids []*sitter.Node, obj *Value) {
	var pending *sitter.Node // a key whose ':' and value come later
	c.memberRun(kids, obj, &pending)
}

func (c *conv) addMember(obj *Value, key *sitter.Node, val *Value) {
	ks := span(key)
	obj.Members = append(obj.Members, Member{Key: decodeString(c.src[ks.Start:ks.End]), KeySpan: ks, Value: val})
}

func (c *conv) memberRun(kids []*sitter.Node, obj *Value, pending **sitter.Node) {
	for i := 0; i < len(kids); i++ {
		ch := kids[i]
		switch {
		case ch.Type() == "pair":
			*pending = nil
			key, valNode, lostValue := c.pairParts(ch)
			if key == nil {
				continue
			}
			// `"a": tru, "b": 2` parses as the pair ("a", "b") with the
			// bad value and comma in an ERROR before it: then "b" is the
			// next key, and its value follows in an ERROR.
			if lostValue && valNode != nil && valNode.Type() == "string" {
				*pending = valNode
				continue
			}
			if val := c.value(valNode); val != nil {
				c.addMember(obj, key, val)
			}
		case ch.IsError():
			c.memberRun(c.kids(ch), obj, pending)
		case ch.Type() == "string" && i+2 < len(kids) && kids[i+1].Type() == ":":
			*pending = nil
			if val := c.value(kids[i+2]); val != nil {
				c.addMember(obj, ch, val)
			}
			i += 2
		case ch.Type() == ":" && *pending != nil && i+1 < len(kids):
			if val := c.value(kids[i+1]); val != nil {
				c.addMember(obj, *pending, val)
				i++
			}
			*pending = nil
		case ch.Type() == ",":
			*pending = nil
		}
	}
}

// pairParts splits a pair into its key and value nodes; lostValue is true
// when an ERROR ending in a comma sits before the value (the real value
// was lost, and "value" is the next member's key).
func (c *conv) pairParts(pair *sitter.Node) (key, val *sitter.Node, lostValue bool) {
	colon := false
	for _, ch := range c.kids(pair) {
		switch {
		case ch.IsError():
			if k := c.kids(ch); len(k) > 0 && k[len(k)-1].Type() == "," {
				lostValue = true
			}
		case ch.IsExtra():
		case ch.Type() == ":":
			colon = true
		case !colon && key == nil && ch.Type() == "string" && !ch.IsMissing():
			key = ch
		case colon && val == nil && ch.IsNamed():
			val = ch
		}
	}
	return key, val, lostValue
}

func (c *conv) items(kids []*sitter.Node, arr *Value) {
	for _, ch := range kids {
		if ch.IsExtra() && !ch.IsError() {
			continue // comment
		}
		if ch.IsError() {
			// Recover complete values the parser skipped.
			for _, g := range c.kids(ch) {
				if g.Type() == "ERROR" {
					continue
				}
				if v := c.value(g); v != nil {
					arr.Items = append(arr.Items, v)
				}
			}
			continue
		}
		if v := c.value(ch); v != nil {
			arr.Items = append(arr.Items, v)
		}
	}
}

// collectErrors reports ERROR and MISSING nodes. An ERROR that holds other
// ERRORs is reported through them, as they are more precise.
func (c *conv) collectErrors(n *sitter.Node) {
	if n.IsMissing() {
		s := text.Span{Start: int(n.StartByte()), End: int(n.StartByte())}
		t := n.Type()
		if n.IsNamed() {
			c.errs = append(c.errs, newSyntaxError(s, "JSON 语法错误：缺少值", "JSON syntax error: missing value"))
		} else {
			c.errs = append(c.errs, newSyntaxError(s, "JSON 语法错误：缺少 "+t, "JSON syntax error: missing "+t))
		}
		return
	}
	kids := c.kids(n)
	if n.IsError() {
		nested := false
		for _, ch := range kids {
			nested = nested || ch.IsError()
		}
		if !nested {
			c.errs = append(c.errs, c.describe(n, kids))
			return
		}
	}
	for _, ch := range kids {
		if ch.IsError() || ch.IsMissing() || ch.HasError() {
			c.collectErrors(ch)
		}
	}
}

// describe words an ERROR node: a stray comma, a string left open, a value
// that needs a comma before the next one, or unexpected text.
func (c *conv) describe(n *sitter.Node, kids []*sitter.Node) SyntaxError {
	s := span(n)
	raw := strings.TrimSpace(string(c.src[s.Start:s.End]))
	cnt := len(kids)
	if raw == "," {
		return newSyntaxError(s, "JSON 语法错误：多余的逗号（JSON 不允许尾随逗号）", "JSON syntax error: unexpected comma (JSON allows no trailing comma)")
	}
	// A lone string opener: the string is never closed on its line.
	for i := 0; i < cnt; i++ {
		ch := kids[i]
		if ch.Type() == `"` && !ch.IsNamed() && (i+1 >= cnt || kids[i+1].Type() != "string") {
			if i == cnt-1 || (i == cnt-2 && kids[i+1].Type() == "string_content") {
				at := span(ch)
				at.End = s.End
				return newSyntaxError(at, "JSON 语法错误：字符串没有结束引号", "JSON syntax error: unterminated string")
			}
		}
	}
	// A complete pair or value followed by something the parser could not
	// continue with: most often a missing comma.
	if cnt == 1 {
		switch kids[0].Type() {
		case "pair", "object", "array", "string", "number", "true", "false", "null":
			end := s.End
			return newSyntaxError(text.Span{Start: end, End: end}, "JSON 语法错误：此处缺少逗号", "JSON syntax error: missing comma here")
		}
	}
	snip := raw
	if utf8.RuneCountInString(snip) > 24 {
		r := []rune(snip)
		snip = string(r[:24]) + "…"
	}
	// Keep the squiggle on one line.
	if i := strings.IndexAny(string(c.src[s.Start:s.End]), "\r\n"); i > 0 && s.Len() > 80 {
		s.End = s.Start + i
	}
	return newSyntaxError(s, "JSON 语法错误：无法识别 "+quoteSnip(snip), "JSON syntax error: unexpected "+quoteSnip(snip))
}

func quoteSnip(s string) string {
	if s == "" {
		return "内容"
	}
	return "`" + s + "`"
}

func sortErrors(errs []SyntaxError) {
	// insertion sort: there are few.
	for i := 1; i < len(errs); i++ {
		for j := i; j > 0 && errs[j].Span.Start < errs[j-1].Span.Start; j-- {
			errs[j], errs[j-1] = errs[j-1], errs[j]
		}
	}
}

// decodeString resolves the escapes of a quoted JSON string literal. It is
// lenient: an unknown escape keeps its character, a missing closing quote
// is tolerated, lone surrogates become U+FFFD.
func decodeString(raw []byte) string {
	if len(raw) > 0 && raw[0] == '"' {
		raw = raw[1:]
	}
	if len(raw) > 0 && raw[len(raw)-1] == '"' && !escapedAt(raw, len(raw)-1) {
		raw = raw[:len(raw)-1]
	}
	if !containsByte(raw, '\\') {
		return string(raw)
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		ch := raw[i]
		if ch != '\\' || i+1 >= len(raw) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch raw[i] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n := hex4(raw[i+1:])
			if n < 4 {
				b.WriteString("\\u")
				continue
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if i+2 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
					if r2, n2 := hex4(raw[i+3:]); n2 == 4 {
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							b.WriteRune(d)
							i += 6
							continue
						}
					}
				}
				r = utf8.RuneError
			}
			b.WriteRune(r)
		default:
			b.WriteByte(raw[i])
		}
	}
	return b.String()
}

func hex4(b []byte) (rune, int) {
	var r rune
	for i := 0; i < 4; i++ {
		if i >= len(b) {
			return 0, i
		}
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, i
		}
	}
	return r, 4
}

// escapedAt reports whether the byte at i is preceded by an odd number of
// backslashes.
func escapedAt(b []byte, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && b[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func containsByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// Quote encodes s as a JSON string literal (no HTML escaping, so Chinese
// text and <> stay readable).
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\u2028':
			b.WriteString(`\u2028`)
		case '\u2029':
			b.WriteString(`\u2029`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
