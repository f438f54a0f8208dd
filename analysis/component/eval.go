package component

import (
	"strconv"
	"strings"

	"mpls/analysis/text"
)

// Kind of a known value.
type Kind int

const (
	_ Kind = iota
	String
	Bool
	Number
	Null
	Other // an object, an array, code: known to exist, not what it holds
)

// Origin is where a value is written: the file and the span the developer
// edits to change it (a string's content, without the quotes).
type Origin struct {
	Path string
	Span text.Span
}

// Value is what a property or an expression holds for one use of a
// component, and where it was decided.
type Value struct {
	Known bool
	Kind  Kind
	Str   string
	Bool  bool
	Num   float64
	From  Origin
	// Passed: the value comes from an attribute of the element that uses
	// the component (the page decides it), not from the component.
	Passed bool
}

// Truthy is JavaScript's truth of a known value.
func (v Value) Truthy() bool {
	switch v.Kind {
	case String:
		return v.Str != ""
	case Bool:
		return v.Bool
	case Number:
		return v.Num != 0
	case Null:
		return false
	}
	return true
}

// Text is the value as a template shows it.
func (v Value) Text() string {
	switch v.Kind {
	case String:
		return v.Str
	case Bool:
		return strconv.FormatBool(v.Bool)
	case Number:
		return strconv.FormatFloat(v.Num, 'f', -1, 64)
	}
	return ""
}

// Eval evaluates a template expression ({{ }} contents) written at off in
// the file path, the names it reads looked up with env. It understands
// literals, names, ||, &&, ?:, !, ==/!= and + on strings, and parentheses;
// anything else is unknown.
func Eval(expr string, path string, off int, env func(name string) Value) Value {
	p := &parser{src: expr, path: path, off: off, env: env}
	v := p.cond()
	p.blank()
	if p.bad || p.i != len(p.src) {
		return Value{}
	}
	return v
}

type parser struct {
	src  string
	i    int
	bad  bool
	path string
	off  int
	env  func(string) Value
}

// fail marks the expression malformed and stops the parse.
func (p *parser) fail() {
	p.bad = true
	p.i = len(p.src)
}

func (p *parser) blank() {
	for p.i < len(p.src) && isSpace(p.src[p.i]) {
		p.i++
	}
}

func (p *parser) eat(tok string) bool {
	p.blank()
	if strings.HasPrefix(p.src[p.i:], tok) {
		p.i += len(tok)
		return true
	}
	return false
}

func (p *parser) cond() Value {
	c := p.or()
	if !p.eat("?") {
		return c
	}
	a := p.cond()
	if !p.eat(":") {
		p.fail()
		return Value{}
	}
	b := p.cond()
	if !c.Known {
		return Value{}
	}
	if c.Truthy() {
		return a
	}
	return b
}

func (p *parser) or() Value {
	a := p.and()
	for p.eat("||") {
		b := p.and()
		switch {
		case !a.Known:
			a = Value{}
		case !a.Truthy():
			a = b
		}
	}
	return a
}

func (p *parser) and() Value {
	a := p.eq()
	for p.eat("&&") {
		b := p.eq()
		switch {
		case !a.Known:
			a = Value{}
		case a.Truthy():
			a = b
		}
	}
	return a
}

func (p *parser) eq() Value {
	a := p.add()
	for {
		p.blank()
		neg := false
		switch {
		case p.eat("==="), p.eat("=="):
		case p.eat("!=="), p.eat("!="):
			neg = true
		default:
			return a
		}
		b := p.add()
		if !a.Known || !b.Known || a.Kind == Other || b.Kind == Other {
			a = Value{}
			continue
		}
		same := a.Kind == b.Kind && a.Text() == b.Text()
		a = Value{Known: true, Kind: Bool, Bool: same != neg}
	}
}

func (p *parser) add() Value {
	a := p.unary()
	for {
		p.blank()
		if p.i >= len(p.src) || p.src[p.i] != '+' {
			return a
		}
		p.i++
		b := p.unary()
		if !a.Known || !b.Known || (a.Kind != String && b.Kind != String) {
			a = Value{}
			continue
		}
		// keep the origin of the part a property supplied: that is
		// where the text is decided
		from, passed := a.From, a.Passed
		if b.Passed || a.From.Path == "" {
			from, passed = b.From, b.Passed
		}
		a = Value{Known: true, Kind: String, Str: a.Text() + b.Text(), From: from, Passed: passed}
	}
}

func (p *parser) unary() Value {
	if p.eat("!") {
		v := p.unary()
		if !v.Known {
			return Value{}
		}
		return Value{Known: true, Kind: Bool, Bool: !v.Truthy()}
	}
	return p.primary()
}

func (p *parser) primary() Value {
	p.blank()
	if p.i >= len(p.src) {
		return Value{}
	}
	c := p.src[p.i]
	switch {
	case c == '(':
		p.i++
		v := p.cond()
		if !p.eat(")") {
			p.fail()
			return Value{}
		}
		return v
	case c == '\'' || c == '"':
		j := p.i + 1
		var b strings.Builder
		for j < len(p.src) && p.src[j] != c {
			if p.src[j] == '\\' && j+1 < len(p.src) {
				j++
			}
			b.WriteByte(p.src[j])
			j++
		}
		if j >= len(p.src) {
			p.fail()
			return Value{}
		}
		sp := text.Span{Start: p.off + p.i + 1, End: p.off + j}
		p.i = j + 1
		return Value{Known: true, Kind: String, Str: b.String(), From: Origin{Path: p.path, Span: sp}}
	case c >= '0' && c <= '9':
		j := p.i
		for j < len(p.src) && (p.src[j] >= '0' && p.src[j] <= '9' || p.src[j] == '.') {
			j++
		}
		f, _ := strconv.ParseFloat(p.src[p.i:j], 64)
		p.i = j
		return Value{Known: true, Kind: Number, Num: f}
	case isIdent(c):
		j := p.i
		for j < len(p.src) && isIdent(p.src[j]) {
			j++
		}
		name := p.src[p.i:j]
		p.i = j
		// a member, a call or an index: not followed
		if p.i < len(p.src) && (p.src[p.i] == '.' || p.src[p.i] == '(' || p.src[p.i] == '[') {
			p.skipPostfix()
			return Value{}
		}
		switch name {
		case "true", "false":
			return Value{Known: true, Kind: Bool, Bool: name == "true"}
		case "null", "undefined":
			return Value{Known: true, Kind: Null}
		}
		if p.env == nil {
			return Value{}
		}
		return p.env(name)
	}
	p.fail()
	return Value{}
}

// skipPostfix skips .name, (args) and [index] after a name.
func (p *parser) skipPostfix() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case '.':
			p.i++
			for p.i < len(p.src) && isIdent(p.src[p.i]) {
				p.i++
			}
		case '(', '[':
			open, close := p.src[p.i], byte(')')
			if open == '[' {
				close = ']'
			}
			depth := 0
			for p.i < len(p.src) {
				if p.src[p.i] == open {
					depth++
				} else if p.src[p.i] == close {
					depth--
				}
				p.i++
				if depth == 0 {
					break
				}
			}
		default:
			return
		}
	}
}
