package callgraph_test

import (
	"strings"
	"testing"

	"mpls/analysis/callgraph"
)

// entryWays lists "lifecycle: api via words" for every hit of the file's
// entries, in the file or across files.
func entryWays(g *callgraph.Graph, p string) []string {
	var out []string
	for _, e := range g.Entries(p) {
		for _, h := range e.Hits {
			out = append(out, e.Lifecycle+": "+h.Call.API+" via "+h.Words())
		}
	}
	return out
}

// A page built from a shared object gets its lifecycles: the object's
// onLoad runs when the page loads, unless a later key of the page (or a
// later spread) replaces it.
func TestMixinLifecycles(t *testing.T) {
	env := load(t, map[string]string{
		"app.json": `{"pages": ["pages/booking/booking", "pages/court/court", "pages/coach/coach", "pages/venue/venue", "pages/lesson/lesson", "pages/club/club"]}`,
		"app.js":   "App({})",
		// CommonJS: module.exports = { detail: {...} }, a nested spread
		"mixins/detail.js": `const tracking = require('./tracking')
module.exports = {
  detail: {
    ...tracking,
    onLoad(query) {
      this.venueId = query.id
      this.locate()
    },
    locate() {
      wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ here: res }) })
    }
  }
}`,
		"mixins/tracking.js": `module.exports = {
  onShow() { wx.getNetworkType({ success: (r) => this.net = r.networkType }) }
}`,
		// ES: export const
		"mixins/share.js": `export const shareable = {
  onLoad() { wx.showShareMenu({ withShareTicket: true }) }
}`,
		"pages/booking/booking.js": `const shared = require('../../mixins/detail')
Page({
  ...shared.detail,
  data: { slots: [] }
})`,
		// the page's own onLoad comes after the spread: it wins
		"pages/court/court.js": `const shared = require('../../mixins/detail')
Page({
  ...shared.detail,
  onLoad() { wx.setNavigationBarTitle({ title: '场地' }) }
})`,
		// the page's own onLoad before the spread: the spread's wins
		"pages/coach/coach.js": `const shared = require('../../mixins/detail')
Page({
  onLoad() { wx.setNavigationBarTitle({ title: '教练' }) },
  ...shared.detail
})`,
		"pages/venue/venue.js": `import { shareable } from '../../mixins/share'
Page(Object.assign({}, shareable, {
  data: {},
  onReady() { wx.hideLoading() }
}))`,
		// an object of the page's own file
		"pages/lesson/lesson.js": `const withClock = {
  onLoad() { this.tick() },
  tick() { wx.vibrateShort({ type: 'light' }) }
}
Page({ ...withClock, data: {} })`,
		"pages/club/club.js": `Page({ data: {}, onLoad() { wx.hideLoading() } })`,
	})
	g := callgraph.For(env)
	for _, c := range []struct {
		page string
		want []string
	}{
		{"pages/booking/booking.js", []string{
			"onShow: getNetworkType via onShow → mixins/tracking.js onShow",
			"onLoad: getLocation via onLoad → mixins/detail.js onLoad → locate",
		}},
		{"pages/court/court.js", []string{
			"onLoad: setNavigationBarTitle via onLoad",
			"onShow: getNetworkType via onShow → mixins/tracking.js onShow",
		}},
		{"pages/coach/coach.js", []string{
			"onLoad: getLocation via onLoad → mixins/detail.js onLoad → locate",
			"onShow: getNetworkType via onShow → mixins/tracking.js onShow",
		}},
		{"pages/venue/venue.js", []string{
			"onReady: hideLoading via onReady",
			"onLoad: showShareMenu via onLoad → mixins/share.js onLoad",
		}},
		{"pages/lesson/lesson.js", []string{
			"onLoad: vibrateShort via onLoad → tick",
		}},
		{"pages/club/club.js", []string{
			"onLoad: hideLoading via onLoad",
		}},
	} {
		got := entryWays(g, c.page)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: entries reach\n%q\nwant\n%q", c.page, got, c.want)
		}
	}
	// the finding on the page goes to the spread
	for _, e := range g.Entries("pages/booking/booking.js") {
		for _, h := range e.Hits {
			if h.Call.API == "getLocation" {
				if !h.Cross() || h.Leave().Len() != len("detail") {
					t.Errorf("getLocation: cross %v, leaves at %v; want the spread's name", h.Cross(), h.Leave())
				}
				r := g.Reaching("mixins/detail.js", h.Call.Span)
				if len(r) != 2 {
					t.Errorf("Reaching the mixin's getLocation: %d ways, want booking's and coach's", len(r))
				}
			}
		}
	}
}
