package callgraph_test

import (
	"strings"
	"testing"

	"mpls/analysis/callgraph"
	"mpls/analysis/text"
)

// A marked step counts as confirmed: of two ways to the same call, the
// walk keeps the one without a marked step, and a call reached only
// through marked steps is Confirmed. The plain walk is not changed by it.
func TestEntriesMarkedPrefersUnmarkedWay(t *testing.T) {
	page := `const api = require('../../utils/api')
Page({
  onLoad() {
    api.slides()
    api.deals()
  },
  onShow() {
    api.slides()
  }
})`
	env := load(t, map[string]string{
		"app.json": `{"pages": ["pages/shop/shop"]}`,
		"app.js":   "App({})",
		"utils/api.js": `function send(path) { wx.request({ url: path }) }
function slides() { return send('/public/slides') }
function deals() { return send('/deals') }
module.exports = { slides, deals }`,
		"pages/shop/shop.js": page,
	})
	g := callgraph.For(env)
	// the page's steps api.slides() are marked
	mark := func(p string, site text.Span) bool {
		return p == "pages/shop/shop.js" && page[site.Start:site.End] == "slides"
	}
	var got []string
	for _, e := range g.EntriesMarked("pages/shop/shop.js", mark) {
		for _, h := range e.Hits {
			s := e.Lifecycle + ": " + h.Call.API + " via " + h.Words()
			if h.Confirmed {
				s += " (marked)"
			}
			got = append(got, s)
		}
	}
	want := []string{
		"onLoad: request via onLoad → utils/api.js deals → send",
		"onShow: request via onShow → utils/api.js slides → send (marked)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("marked walk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	plain := ways(g, "pages/shop/shop.js")
	if len(plain) != 2 || strings.Contains(strings.Join(plain, " "), "confirmed") || !strings.Contains(plain[0], "slides") {
		t.Errorf("plain walk changed by a marked one: %q", plain)
	}
}
