package project

import (
	"sort"
	"strings"
	"testing"
)

func orphans(p *Project) []string {
	var out []string
	for _, pg := range p.Pages {
		if r, ok := p.OrphanPage(pg.Files.Template); ok {
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
}

func TestOrphanPagesAreTheOnesNothingOpens(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/home/home", "pages/mine/mine", "pages/detail/detail", "pages/shop/list/list",
			"pages/promo/promo", "pages/old-auth/index", "pages/debug/debug", "pages/agreement/agreement",
			"pages/my/orders/orders", "pages/order-list/order-list", "pages/user-center/user-center", "pages/pay-result/pay-result"],
			"tabBar": {"list": [{"pagePath": "pages/home/home", "text": "首页"}, {"pagePath": "pages/mine/mine", "text": "我的"}]}}`,
		"app.js":              `App({})`,
		"project.config.json": `{}`,
		// an absolute url, a relative navigator, a url built on a folder
		"pages/home/home.wxml": `<navigator url="../detail/detail?id={{id}}">详情</navigator>
<view data-url="/pages/shop/list/list" bindtap="go">商品</view>
<!-- <navigator url="/pages/promo/promo">活动</navigator> -->`,
		"pages/home/home.js": `const routes = require('../../utils/routes')
const api = require('../../utils/api')
Page({
  go(e) { wx.navigateTo({ url: e.currentTarget.dataset.url }) },
  mine(name) { wx.navigateTo({ url: '/pages/my/' + name + '/' + name }) },
  // toAuth() { wx.navigateTo({ url: '/pages/old-auth/index' }) }
  /* toDebug() { wx.navigateTo({ url: '/pages/debug/debug' }) } */
})`,
		// a route table by bare name: order-list is opened by name
		"utils/routes.js": `module.exports = { 'order-list': 1, 'user-center': 2, 'pay-result': 3 }`,
		// an API table: '/debug' is an endpoint, not pages/debug/debug
		"utils/api.js":                       `export const apis = { debug: '/debug', agreement: '/agreement?v=2' }`,
		"pages/mine/mine.wxml":               `<view>我的</view>`,
		"pages/detail/detail.wxml":           `<view/>`,
		"pages/shop/list/list.wxml":          `<view/>`,
		"pages/promo/promo.wxml":             `<view/>`,
		"pages/old-auth/index.wxml":          `<view/>`,
		"pages/debug/debug.wxml":             `<navigator url="/pages/debug/debug">刷新</navigator>`,
		"pages/agreement/agreement.wxml":     `<view/>`,
		"pages/my/orders/orders.wxml":        `<view/>`,
		"pages/order-list/order-list.wxml":   `<view/>`,
		"pages/user-center/user-center.wxml": `<view/>`,
		"pages/pay-result/pay-result.wxml":   `<view/>`,
	})
	got := orphans(p)
	// promo and old-auth are linked only from comments, debug only from
	// itself, agreement from nowhere
	want := []string{"pages/agreement/agreement", "pages/debug/debug", "pages/old-auth/index", "pages/promo/promo"}
	if len(got) != len(want) {
		t.Fatalf("orphans %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("orphans %v, want %v", got, want)
		}
	}
	if _, ok := p.OrphanPage("pages/home/home.js"); ok {
		t.Error("the entry page is an orphan")
	}
}

func TestOrphanNeedsAppPages(t *testing.T) {
	p, _ := loadTree(t, map[string]string{"pages/a/a.wxml": `<view/>`, "project.config.json": `{}`})
	if _, ok := p.OrphanPage("pages/a/a.wxml"); ok {
		t.Error("a folder without app.json has no orphan pages")
	}
}

func TestReachChangedWhenANavigationIsWritten(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json":             `{"pages": ["pages/home/home", "pages/promo/promo"]}`,
		"project.config.json":  `{}`,
		"pages/home/home.js":   "Page({\n  // go() { wx.navigateTo({ url: '/pages/promo/promo' }) }\n})",
		"pages/promo/promo.js": `Page({})`,
	})
	if _, ok := p.OrphanPage("pages/promo/promo.js"); !ok {
		t.Fatal("promo is linked only from a comment")
	}
	if !p.ReachChanged("pages/home/home.js", []byte("Page({\n  go() { wx.navigateTo({ url: '/pages/promo/promo' }) }\n})")) {
		t.Error("uncommenting the link must reload the model")
	}
	if p.ReachChanged("pages/home/home.js", []byte("Page({\n  // go() { wx.navigateTo({ url: '/pages/promo/promo' }) } \n})")) {
		t.Error("a blank in a comment changes nothing")
	}
}

// TestFileReferencesOpenNoPage: a module a template loads (<sjs src>,
// <wxs src>, <import src>, an image), a script's require/import path and
// a file with an extension name files, not pages. './index.sjs' and
// '../index.js' end in 'index', the last segment of every pages/x/index:
// read as links, they kept each such page opened. A real link in the same
// files still opens its page.
func TestFileReferencesOpenNoPage(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/shop/index", "pages/coupon/index", "pages/index/index", "pages/notice/index", "pages/points/index"],
			"tabBar": {"list": [{"pagePath": "pages/shop/index", "text": "商城"}]}}`,
		"app.js":              `App({})`,
		"project.config.json": `{}`,
		"pages/shop/index.wxml": `<wxs src="./index.wxs" module="fmt" />
<import src="../../templates/index.wxml" />
<image src="./index.png" mode="widthFix" />
<navigator url="../points/index">积分</navigator>`,
		"pages/shop/index.wxs": `module.exports = { price: function (n) { return n.toFixed(2) } }`,
		"pages/shop/index.js": `import api from '../../utils/index.js'
const store = require('../../store/index')
const bind = require('../../store/bind')
Page({ data: { banner: './index.png' } })`,
		"templates/index.wxml": `<template name="card"><view/></template>`,
		"store/bind.js": `const store = require('./index')
const lazy = () => import('./index')
module.exports = function bind(page) { page.store = store }`,
		"utils/index.js": `export default {}`,
		"store/index.js": `import state from '../utils/index'
export { state } from './index.js'
module.exports = {}`,
		"pages/coupon/index.wxml": `<view/>`,
		"pages/index/index.wxml":  `<button open-type="getUserInfo">登录</button>`,
		"pages/notice/index.wxml": `<view/>`,
		"pages/points/index.wxml": `<view/>`,
	})
	got := orphans(p)
	want := []string{"pages/coupon/index", "pages/index/index", "pages/notice/index"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("orphans %v, want %v", got, want)
	}
}
