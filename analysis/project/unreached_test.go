package project

import "testing"

func TestUnreachedFollowsOnlyPagesNoUserReaches(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/home/home", "pages/shop/shop", "pages/starter/starter", "pages/form/form",
			"pages/a/a", "pages/b/b", "pages/shared/shared"]}`,
		"project.config.json":  `{}`,
		"app.js":               `App({})`,
		"pages/home/home.js":   "const nav = require('../../utils/nav')\nPage({ go() { wx.navigateTo({ url: '/pages/shop/shop' }) } })",
		"pages/home/home.wxml": `<view bindtap="go">店</view>`,
		"pages/shop/shop.wxml": `<view/>`,
		// opened only from a page nothing opens
		"pages/starter/starter.wxml": `<navigator url="../form/form">新建</navigator><navigator url="/pages/shared/shared">x</navigator>`,
		"pages/form/form.wxml":       `<view/>`,
		// two pages that open only each other
		"pages/a/a.wxml": `<navigator url="/pages/b/b">b</navigator>`,
		"pages/b/b.wxml": `<navigator url="/pages/a/a">a</navigator>`,
		// opened from a helper and from the starter page: the helper reaches it
		"utils/nav.js":             `module.exports = { shared: '/pages/shared/shared' }`,
		"pages/shared/shared.wxml": `<view/>`,
	})
	want := map[string]bool{
		"pages/home/home.wxml": false, "pages/shop/shop.wxml": false, "pages/starter/starter.wxml": true,
		"pages/form/form.wxml": true, "pages/a/a.wxml": true, "pages/b/b.wxml": true, "pages/shared/shared.wxml": false,
	}
	for f, w := range want {
		if got := p.Unreached(f); got != w {
			t.Errorf("Unreached(%s) = %v, want %v", f, got, w)
		}
	}
}
