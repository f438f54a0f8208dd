package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// spec renders hits as "word@start" (and "word@start:sub" when a sub is set)
// so that tables stay readable; check verifies End against the text.
func spec(t *testing.T, s string, hits []Hit) []string {
	t.Helper()
	out := []string{}
	for _, h := range hits {
		if h.Start < 0 || h.End > len(s) || h.Start >= h.End {
			t.Fatalf("hit %+v out of bounds of %q", h, s)
		}
		if got := s[h.Start:h.End]; !strings.EqualFold(got, h.Word) {
			t.Errorf("hit %+v: text %q is not the word", h, got)
		}
		x := h.Word + "@" + strconv.Itoa(h.Start)
		if h.Sub != "" {
			x += ":" + h.Sub
		}
		out = append(out, x)
	}
	return out
}

func eq(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func mustLex(t *testing.T, srcs map[string]string) *Lexicon {
	t.Helper()
	l, err := parseSources(srcs)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestEngine(t *testing.T) {
	l := mustLex(t, map[string]string{
		"t": `@cite T §1
@about test
最
  | except: 最近, 最高#, 最{大/小}值
最好
  | except: 最好不要
第一 | except: 第一步
VIP | replacement: 会员 | note: latin
21点 | except: 21点#, {至/到}21点
100%
POS机
ab
abc
bcd
@sub s1 | cite: T §2
甲乙
`,
	})
	cases := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"最近最好", []string{"最好@6"}},
		{"最好不要最", []string{"最@12"}}, // 最好不要 covers 最好 and 最 inside it
		{"最高500元，最高品质", []string{"最@15"}},
		{"最高５元", nil}, // full-width digit
		{"最大值最大", []string{"最@9"}},
		{"第一步第一", []string{"第一@9"}},
		{"VIP会员", []string{"VIP@0"}},
		{"开通vip", []string{"VIP@6"}},
		{"VIPER", nil},
		{"SVIP", nil},
		{"V I P", nil},
		{"vip_x", nil},
		{"(VIP)", []string{"VIP@1"}},
		{"21点", []string{"21点@0"}},
		{"121点", nil},
		{"21点30分", nil},
		{"营业至21点", nil},
		{"玩21点赢", []string{"21点@3"}},
		{"100%纯棉", []string{"100%@0"}},
		{"1100%", nil},
		{"pos机", []string{"POS机@0"}},
		{"EPOS机", nil},
		{"abcd", nil},                           // no word ends on a boundary
		{"abc bcd", []string{"abc@0", "bcd@4"}}, // leftmost-longest, non-overlapping
		{"甲乙", []string{"甲乙@0:s1"}},
	}
	for _, c := range cases {
		got := spec(t, c.text, l.Find("t", c.text))
		if c.want == nil {
			c.want = []string{}
		}
		if !eq(got, c.want) {
			t.Errorf("Find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if h := l.Find("t", "VIP"); len(h) != 1 || h[0].Replacement != "会员" || h[0].Category != "t" {
		t.Errorf("replacement/category: %+v", h)
	}
	if l.Find("nope", "最") != nil {
		t.Error("unknown category must have no hits")
	}
	if l.Citation("t") != "T §1" || l.CitationFor("t", "s1") != "T §2" || l.CitationFor("t", "zz") != "T §1" || l.About("t") != "test" {
		t.Error("citations")
	}
	if got := l.Subs("t"); len(got) != 1 || got[0] != "s1" {
		t.Errorf("Subs = %v", got)
	}
	w := l.Words("t")
	if len(w) != 11 || w[0].Word != "最" || len(w[0].Except) != 4 || w[3].Note != "latin" {
		t.Errorf("Words = %+v", w)
	}
	w[0].Except[0] = "mutated"
	if l.Words("t")[0].Except[0] != "最近" {
		t.Error("Words must return a copy")
	}
}

func TestLeftmostLongest(t *testing.T) {
	l := mustLex(t, map[string]string{"t": "@cite x\n甲乙\n乙丙丁\n甲乙丙\n丁\n"})
	for text, want := range map[string][]string{
		"甲乙丙丁": {"甲乙丙@0", "丁@9"},
		"乙丙丁":  {"乙丙丁@0"},
		"x甲乙丁": {"甲乙@1", "丁@7"},
	} {
		if got := spec(t, text, l.Find("t", text)); !eq(got, want) {
			t.Errorf("Find(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestWith(t *testing.T) {
	base := mustLex(t, map[string]string{"t": "@cite x\n最\n  | except: 最近\n最美\n"})
	l := base.With(map[string][]string{
		"t":   {"极品", "神器 | except: 神器榜", "最", "  "},
		"new": {"foo", "bar{1/2}"},
	}, []string{"最美", "最强"})
	for text, want := range map[string][]string{
		"最美最强最棒极品神器神器榜": {"最@12", "极品@18", "神器@24"},
	} {
		if got := spec(t, text, l.Find("t", text)); !eq(got, want) {
			t.Errorf("Find(%q) = %v, want %v", text, got, want)
		}
	}
	if got := spec(t, "foo bar2", l.Find("new", "foo bar2")); !eq(got, []string{"foo@0", "bar2@4"}) {
		t.Errorf("new category: %v", got)
	}
	if l.Citation("new") != "" || len(l.Categories()) != 2 {
		t.Errorf("categories %v", l.Categories())
	}
	// The base lexicon is unchanged.
	if got := spec(t, "最美极品", base.Find("t", "最美极品")); !eq(got, []string{"最美@0"}) {
		t.Errorf("base changed: %v", got)
	}
	// Allowing is cumulative and case-insensitive.
	l2 := mustLex(t, map[string]string{"t": "@cite x\nVIP\nTODO\n"}).With(nil, []string{"vip"}).With(nil, []string{"todo"})
	if h := l2.Find("t", "VIP TODO"); len(h) != 0 {
		t.Errorf("allowed words reported: %+v", h)
	}
}

func TestParseErrors(t *testing.T) {
	bad := map[string]string{
		"no cite":           "最\n",
		"unknown field":     "@cite x\n最 | foo: bar\n",
		"unknown directive": "@cite x\n@bogus\n",
		"dup":               "@cite x\n最\n最\n",
		"dup case":          "@cite x\nVIP\nvip\n",
		"dead exception":    "@cite x\n最 | except: 第一\n",
		"hash in word":      "@cite x\n最#\n",
		"brace":             "@cite x\n最{好\n",
		"nested":            "@cite x\n最{好{x}}\n",
		"stray":             "@cite x\n最}\n",
		"orphan":            "@cite x\n  | except: 最近\n",
		"field syntax":      "@cite x\n最 | except 最近\n",
		"empty sub":         "@cite x\n@sub\n",
		"sub field":         "@cite x\n@sub a | note: b\n",
	}
	for name, src := range bad {
		if _, err := parseSources(map[string]string{"t": src}); err == nil {
			t.Errorf("%s: no error for %q", name, src)
		}
	}
}

func TestExpand(t *testing.T) {
	got, err := expand("a{b/c}d{e/}")
	if err != nil || fmt.Sprint(got) != "[abde abd acde acd]" {
		t.Errorf("expand = %v, %v", got, err)
	}
	if got, _ := expand("登录/注册"); len(got) != 1 || got[0] != "登录/注册" {
		t.Errorf("slash outside braces: %v", got)
	}
}
