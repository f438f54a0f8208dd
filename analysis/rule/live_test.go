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
		{"pages/a/a.js", "onShareTimeline", true}, // platform events, defined or not
		{"pages/a/a.js", "onTabItemTap", true},
		{"pages/b/b.js", "onPullDownRefresh", true},
		{"pages/b/b.js", "onSmsLogin", false}, // named like an event, but no platform calls it
		{"pages/a/a.js", "onMobileLogin", false},
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

// TestLivenessDynamicHandlers: on a page that binds a handler by
// expression, names one its script does not define (a framework's
// dispatcher), or looks a method up by a computed name, a method named
// like an event may run; elsewhere it does not.
func TestLivenessDynamicHandlers(t *testing.T) {
	page := func(methods ...string) *script.Facts {
		m := map[string]text.Span{}
		for _, n := range methods {
			m[n] = text.Span{}
		}
		return &script.Facts{Kind: script.KindPage, Methods: m}
	}
	tpl := func(handlers ...string) *template.Facts {
		var b []template.Binding
		for _, h := range handlers {
			b = append(b, template.Binding{Event: "tap", Handler: h})
		}
		return &template.Facts{Bindings: b}
	}
	units := map[string]*Unit{
		"pages/menu/menu.js":     {Path: "pages/menu/menu.js", Script: page("onSmsLogin", "goHome")},
		"pages/menu/menu.wxml":   {Path: "pages/menu/menu.wxml", Template: tpl("")}, // bindtap="{{item.go}}"
		"pages/vue/vue.js":       {Path: "pages/vue/vue.js", Script: page("onSmsLogin")},
		"pages/vue/vue.wxml":     {Path: "pages/vue/vue.wxml", Template: tpl("__e")},
		"pages/table/table.js":   {Path: "pages/table/table.js", Script: page("onSmsLogin", "onTap"), Text: []byte("Page({ onTap(e) { this[e.currentTarget.dataset.fn]() } })")},
		"pages/table/table.wxml": {Path: "pages/table/table.wxml", Template: tpl("onTap")},
		"pages/plain/plain.js":   {Path: "pages/plain/plain.js", Script: page("onSmsLogin", "onTap"), Text: []byte("Page({ onTap() { this['reload']() } })")},
		"pages/plain/plain.wxml": {Path: "pages/plain/plain.wxml", Template: tpl("onTap")},
	}
	l := NewLiveness(&Env{Units: units})
	for path, want := range map[string]bool{
		"pages/menu/menu.js": true, "pages/vue/vue.js": true, "pages/table/table.js": true,
		"pages/plain/plain.js": false,
	} {
		if got := l.Runs(path, "onSmsLogin"); got != want {
			t.Errorf("Runs(%s, onSmsLogin) = %v, want %v", path, got, want)
		}
	}
	if l.Runs("pages/menu/menu.js", "goHome") {
		t.Error("Runs(menu, goHome): only methods named like events are taken as bound by expression")
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
