package rule

import (
	"testing"

	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

func TestLiveness(t *testing.T) {
	mod := func(uses map[string][]string) *script.Facts {
		return &script.Facts{Kind: script.KindModule, Uses: uses}
	}
	units := map[string]*Unit{
		"pages/a/a.js": {Path: "pages/a/a.js", Script: &script.Facts{Kind: script.KindPage,
			Lifecycles: map[string]text.Span{"onLoad": {}},
			Uses:       map[string][]string{"login": {"onTapLogin"}, "boot": {"onLoad"}}}},
		"pages/a/a.wxml": {Path: "pages/a/a.wxml", Template: &template.Facts{Bindings: []template.Binding{{Handler: "onTapLogin"}}}},
		"pages/b/b.js": {Path: "pages/b/b.js", Script: &script.Facts{Kind: script.KindPage,
			Uses: map[string][]string{"orphanHelper": {"neverBound"}}}},
		"utils/auth.js": {Path: "utils/auth.js", Script: mod(map[string][]string{
			"fetchProfile": {"login"}, "pingA": {"pingB"}, "pingB": {"pingA"}})},
	}
	l := NewLiveness(&Env{Units: units})
	cases := []struct {
		path, fn string
		want     bool
	}{
		{"pages/a/a.js", "", true},
		{"pages/a/a.js", "onLoad", true},
		{"pages/a/a.js", "onShareAppMessage", true},
		{"pages/a/a.js", "onTapLogin", true},    // bound in a template
		{"utils/auth.js", "login", true},        // called from a bound handler
		{"utils/auth.js", "fetchProfile", true}, // through login, across files
		{"utils/auth.js", "boot", true},         // called from onLoad
		{"pages/b/b.js", "neverBound", false},   // a page method nothing binds or calls
		{"utils/auth.js", "orphanHelper", false},
		{"utils/auth.js", "pingA", false}, // a cycle nothing enters
		{"utils/auth.js", "exportedOnly", false},
	}
	for _, c := range cases {
		if got := l.Runs(c.path, c.fn); got != c.want {
			t.Errorf("Runs(%s, %s) = %v, want %v", c.path, c.fn, got, c.want)
		}
	}
}

func TestMinified(t *testing.T) {
	long := make([]byte, 0, 4000)
	for len(long) < 3000 {
		long = append(long, "var a=wx.getUserInfo({success:function(n){t.u=n}});"...)
	}
	src := make([]byte, 0, 4000)
	for len(src) < 3000 {
		src = append(src, "  wx.getUserInfo({ success: (r) => this.save(r) })\n"...)
	}
	if !(&Unit{Text: long}).Minified() || (&Unit{Text: src}).Minified() || (&Unit{Text: []byte("x")}).Minified() {
		t.Error("Minified: want one-line bundle true, formatted source and tiny file false")
	}
}
