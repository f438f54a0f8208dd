package component

import (
	"testing"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

func TestEval(t *testing.T) {
	env := func(name string) Value {
		switch name {
		case "empty":
			return Value{Known: true, Kind: String}
		case "title":
			return Value{Known: true, Kind: String, Str: "一键登录", Passed: true, From: Origin{Path: "page.wxml", Span: text.Span{Start: 3, End: 7}}}
		case "on":
			return Value{Known: true, Kind: Bool, Bool: true}
		}
		return Value{}
	}
	for _, c := range []struct {
		expr, want string
		known      bool
	}{
		{"empty || '立即绑定'", "立即绑定", true},
		{" title || '立即绑定' ", "一键登录", true},
		{"on ? '开' : '关'", "开", true},
		{"!on ? '开' : '关'", "关", true},
		{"'手机号' + title", "手机号一键登录", true},
		{"title == '一键登录' ? 'a' : 'b'", "a", true},
		{"(empty)", "", true},
		{"unknown || '立即绑定'", "", false},
		{"user.name || 'x'", "", false},
		{"fmt(title)", "", false},
		{"title +", "", false},
	} {
		v := Eval(c.expr, "c.wxml", 10, env)
		if v.Known != c.known || v.Known && v.Text() != c.want {
			t.Errorf("%q = %+v, want %q known=%v", c.expr, v, c.want, c.known)
		}
	}
	// the origin of a template literal is its content in the template
	v := Eval("empty || '立即绑定'", "c.wxml", 10, env)
	if v.From.Path != "c.wxml" || v.From.Span != (text.Span{Start: 20, End: 32}) {
		t.Errorf("origin %+v", v.From)
	}
	// concatenation keeps the passed part's origin
	if v := Eval("'手机号' + title", "c.wxml", 0, env); !v.Passed || v.From.Path != "page.wxml" {
		t.Errorf("concat origin %+v", v)
	}
}

func TestProps(t *testing.T) {
	src := `// a component
Component({
  options: { multipleSlots: true },
  properties: {
    btnTitle: { type: String, value: '立即绑定' }, // label
    autoplay: {
      type: Boolean,
      value: true,
      observer(v) { this.setData({ on: v }) }
    },
    'list': Array,
    plain: Boolean,
    size: { type: Number, value: 2 },
    ...shared,
  },
  data: { btnTitle: 'not a property' },
  methods: { tap() {} }
})`
	u := unit(src)
	ps := Props(u)
	got := map[string]Prop{}
	for _, p := range ps {
		got[p.Name] = p
	}
	if len(ps) != 5 {
		t.Fatalf("props %+v", ps)
	}
	if p := got["btnTitle"]; p.Type != "String" || p.Default.Str != "立即绑定" || src[p.Default.From.Span.Start:p.Default.From.Span.End] != "立即绑定" {
		t.Errorf("btnTitle %+v", p)
	}
	if p := got["autoplay"]; !p.Default.Known || !p.Default.Bool || src[p.Default.From.Span.Start:p.Default.From.Span.End] != "true" {
		t.Errorf("autoplay %+v", p)
	}
	if p := got["plain"]; !p.Default.Known || p.Default.Kind != Bool || p.Default.Bool || p.Default.From.Path != "" {
		t.Errorf("plain %+v", p)
	}
	if p := got["size"]; p.Default.Num != 2 {
		t.Errorf("size %+v", p)
	}
	if p := got["list"]; p.Type != "Array" || p.Default.Known {
		t.Errorf("list %+v", p)
	}

	// Alipay: props hold the defaults themselves
	ali := unit(`Component({ props: { title: '快捷登录', onDone: () => {} } })`)
	ps = Props(ali)
	if len(ps) != 2 || ps[0].Default.Str != "快捷登录" || ps[1].Default.Known {
		t.Errorf("alipay props %+v", ps)
	}
}

func unit(src string) *rule.Unit {
	s := &script.Facts{}
	// find the Component({ … }) object as the script analysis would
	for i := 0; i+len("Component({") <= len(src); i++ {
		if src[i:i+len("Component({")] == "Component({" {
			open := i + len("Component(")
			s.ConfigSpan = text.Span{Start: open, End: closeOf([]byte(src), open, len(src))}
			break
		}
	}
	return &rule.Unit{Path: "c.js", Text: []byte(src), Script: s}
}

// Half-typed scripts and expressions (an editor's every keystroke) must
// not break the model.
func TestPropsHalfTyped(t *testing.T) {
	for _, src := range []string{
		`Component({ properties: { '`,
		`Component({ properties: { "a`,
		`Component({ properties: { a: { type: String, value: 'x`,
		`Component({ properties: {`,
		`Component({ props: { a: ` + "`",
		`const o = { properties: { a: { value: /* */ } } }`,
	} {
		Props(unit(src))
	}
	for _, expr := range []string{"'", "a ?", "a ? 'b'", "(", "a[", "f(", "!", "a +", "1.2.3", "'\\"} {
		Eval(expr, "c.wxml", 0, func(string) Value { return Value{} })
	}
}

func FuzzEval(f *testing.F) {
	for _, s := range []string{"a || 'b'", "a ? 'x' : b + 'y'", "!(a == 'b')", "f(a).b[c]", "'\\''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		v := Eval(expr, "c.wxml", 5, func(n string) Value { return Value{Known: n == "a", Kind: String, Str: n} })
		if v.From.Span.End > 5+len(expr) || v.From.Span.Start > v.From.Span.End {
			t.Fatalf("%q: origin %+v outside the expression", expr, v.From)
		}
	})
}
