package jsonv

import (
	"strings"
	"testing"

	"mpls/analysis/text"
)

func mustParse(t *testing.T, src string) *Value {
	t.Helper()
	v, errs := ParseString(src)
	if len(errs) > 0 {
		t.Fatalf("unexpected syntax errors in %q: %v", src, errs)
	}
	return v
}

func sub(src string, s text.Span) string { return src[s.Start:s.End] }

func TestParseKindsAndSpans(t *testing.T) {
	src := `{"pages": ["pages/index/index", "pages/我的/我的"], "n": -1.5e2, "t": true, "f": false, "z": null, "o": {}, "a": []}`
	v := mustParse(t, src)
	if v.Kind != Object || v.Span != (text.Span{Start: 0, End: len(src)}) {
		t.Fatalf("root = %v %v", v.Kind, v.Span)
	}
	keys := []string{}
	for _, m := range v.Members {
		keys = append(keys, m.Key)
	}
	if got := strings.Join(keys, ","); got != "pages,n,t,f,z,o,a" {
		t.Fatalf("order = %s", got)
	}
	pages := v.Get("pages")
	if !pages.IsArray() || len(pages.Items) != 2 {
		t.Fatalf("pages = %+v", pages)
	}
	if pages.Items[1].Str != "pages/我的/我的" || sub(src, pages.Items[1].Span) != `"pages/我的/我的"` {
		t.Fatalf("item = %q %q", pages.Items[1].Str, sub(src, pages.Items[1].Span))
	}
	if sub(src, pages.Items[1].ContentSpan()) != "pages/我的/我的" {
		t.Fatal("content span")
	}
	if m := v.Member("pages"); sub(src, m.KeySpan) != `"pages"` || sub(src, m.Span()) != `"pages": ["pages/index/index", "pages/我的/我的"]` {
		t.Fatalf("member spans: %q", sub(src, m.KeySpan))
	}
	if n, ok := v.Get("n").AsNumber(); !ok || n != -150 || v.Get("n").Str != "-1.5e2" {
		t.Fatalf("n = %v", v.Get("n"))
	}
	if b, ok := v.Get("t").AsBool(); !ok || !b {
		t.Fatal("t")
	}
	if b, ok := v.Get("f").AsBool(); !ok || b {
		t.Fatal("f")
	}
	if !v.Get("z").IsNull() || !v.Get("o").IsObject() || !v.Get("a").IsArray() {
		t.Fatal("z/o/a")
	}
	if v.Get("missing") != nil || v.Path("o", "x", "y") != nil || v.Get("pages").Get("x") != nil {
		t.Fatal("missing lookups must be nil")
	}
	var nilv *Value
	if nilv.Get("x") != nil || nilv.Path("a") != nil || nilv.IsObject() || nilv.Index(0) != nil {
		t.Fatal("nil receiver")
	}
	if got := pages.Strings(); len(got) != 2 || got[0] != "pages/index/index" {
		t.Fatalf("Strings = %v", got)
	}
}

func TestPath(t *testing.T) {
	src := "{\r\n\t\"permission\": {\r\n\t\t\"scope.userLocation\": {\r\n\t\t\t\"desc\": \"用于展示附近门店\"\r\n\t\t}\r\n\t}\r\n}\r\n"
	v := mustParse(t, src)
	d := v.Path("permission", "scope.userLocation", "desc")
	if d == nil || d.Str != "用于展示附近门店" {
		t.Fatalf("desc = %+v", d)
	}
	if sub(src, d.Span) != `"用于展示附近门店"` {
		t.Fatalf("span %q", sub(src, d.Span))
	}
}

func TestDuplicateKeysLastWins(t *testing.T) {
	v := mustParse(t, `{"a": 1, "a": 2}`)
	if len(v.Members) != 2 || v.Get("a").Num != 2 {
		t.Fatalf("%+v", v)
	}
}

func TestDecodeString(t *testing.T) {
	cases := map[string]string{
		`"plain"`:                    "plain",
		`"a\"b"`:                     `a"b`,
		`"\\ \/ \b\f\n\r\t"`:         "\\ / \b\f\n\r\t",
		`"\u4f60\u597d"`:             "你好",
		`"\ud83d\ude00"`:             "😀",
		`"\ud83d x"`:                 "\uFFFD x",
		`""`:                         "",
		`"\u12"`:                     `\u12`,
		`"tail\\"`:                   `tail\`,
		`"\u5FAE\u4FE1\u652F\u4ed8"`: "微信支付",
	}
	for in, want := range cases {
		if got := decodeString([]byte(in)); got != want {
			t.Errorf("decodeString(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestQuoteRoundTrip(t *testing.T) {
	for _, s := range []string{"", "你好", "a\"b\\c", "line\nbreak\t", "\x01", "<a&b>", "\u2028"} {
		v := mustParse(t, Quote(s))
		if v.Str != s {
			t.Errorf("Quote(%q) = %s decodes to %q", s, Quote(s), v.Str)
		}
	}
	if Quote("<&>") != `"<&>"` {
		t.Error("no HTML escaping")
	}
}

func TestComments(t *testing.T) {
	src := "{\n  // 页面\n  \"pages\": [\"a\" /* 首页 */, \"b\"]\n}"
	v := mustParse(t, src)
	if got := v.Get("pages").Strings(); len(got) != 2 || got[1] != "b" {
		t.Fatalf("%v", got)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct {
		src     string
		want    string // substring of the English message
		recover []string
	}{
		{`{"pages": ["a"] "window": {"t": 1}}`, "missing comma", []string{"pages", "window"}},
		{`{"a": 1,}`, "comma", []string{"a"}},
		{`{"a": }`, "missing value", nil},
		{`{"a": tru, "b": 2}`, "unexpected `tru`", []string{"b"}},
		{`{"a": "x`, "unterminated string", nil},
		{`{"a": 1`, "missing }", []string{"a"}},
		{`1 2`, "second top-level", nil},
		{``, "empty", nil},
		{"  \n ", "empty", nil},
		{`{"a":1}}`, "unexpected `}`", []string{"a"}},
	}
	for _, c := range cases {
		v, errs := ParseString(c.src)
		if len(errs) == 0 {
			t.Errorf("%q: no errors", c.src)
			continue
		}
		found := false
		for _, e := range errs {
			if strings.Contains(e.En, c.want) {
				found = true
			}
			if e.Span.Start < 0 || e.Span.End > len(c.src) || e.Span.Start > e.Span.End {
				t.Errorf("%q: span out of bounds %v", c.src, e.Span)
			}
			if !strings.Contains(e.Message, "JSON") || e.Zh == "" {
				t.Errorf("%q: message %q", c.src, e.Message)
			}
		}
		if !found {
			t.Errorf("%q: errors %v, want one containing %q", c.src, errs, c.want)
		}
		for _, k := range c.recover {
			if v.Get(k) == nil {
				t.Errorf("%q: member %q not recovered (value %+v)", c.src, k, v)
			}
		}
	}
}

func TestSyntaxErrorSpanMissingComma(t *testing.T) {
	src := `{"pages": ["a"] "window": {}}`
	_, errs := ParseString(src)
	if len(errs) != 1 {
		t.Fatalf("%v", errs)
	}
	if errs[0].Span.Start != strings.Index(src, `]`)+1 {
		t.Fatalf("span %v", errs[0].Span)
	}
	if errs[0].Localized("en") != errs[0].En || errs[0].Localized("zh-CN") != errs[0].Zh {
		t.Fatal("Localized")
	}
}

func TestAccessors(t *testing.T) {
	v := mustParse(t, `{"s": "x", "n": 1, "b": true, "a": [0, "y"]}`)
	if s, ok := v.Get("s").AsString(); !ok || s != "x" || !v.Get("s").IsString() {
		t.Error("AsString")
	}
	if _, ok := v.Get("n").AsString(); ok {
		t.Error("AsString on a number")
	}
	if _, ok := v.Get("s").AsBool(); ok || !v.Get("b").IsBool() || !v.Get("n").IsNumber() {
		t.Error("AsBool/IsBool/IsNumber")
	}
	if _, ok := v.Get("s").AsNumber(); ok {
		t.Error("AsNumber on a string")
	}
	if v.Get("a").Index(1).Str != "y" || v.Get("a").Index(2) != nil || v.Index(0) != nil {
		t.Error("Index")
	}
	if Object.String() != "object" || Kind(99).String() != "kind(99)" {
		t.Error("Kind.String")
	}
	_, errs := ParseString(`{"a" 1}`)
	if len(errs) == 0 || errs[0].Error() != errs[0].Message {
		t.Error("Error()")
	}
}

func BenchmarkParseBytes(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("{\n  \"pages\": [\n")
	for i := 0; i < 200; i++ {
		if i > 0 {
			sb.WriteString(",\n")
		}
		sb.WriteString("    \"pages/p" + strings.Repeat("x", i%7) + "/index\"")
	}
	sb.WriteString("\n  ],\n  \"window\": {\"navigationBarTitleText\": \"优选商城\"},\n  \"permission\": {\"scope.userLocation\": {\"desc\": \"查找门店\"}}\n}\n")
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, errs := ParseBytes(src); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

func TestParseConcurrent(t *testing.T) {
	src := []byte("{\n  \"pages\": [\"a\", \"b\"],\n  \"window\": {\"navigationBarTitleText\": \"店\"}\n}")
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for i := 0; i < 50; i++ {
				v, errs := ParseBytes(src)
				ok = ok && len(errs) == 0 && v.Path("window", "navigationBarTitleText").Str == "店"
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Fatal("concurrent parse failed")
		}
	}
}
