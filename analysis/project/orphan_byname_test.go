package project

import (
	"slices"
	"testing"
)

// A page's bare name opens it only where a route table writes it: the
// table's own file, not the same word written anywhere else.
func TestByNameEvidenceIsTheTablesFile(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/home/home", "pages/order-list/order-list", "pages/refund-list/refund-list",
			"pages/after-sale/after-sale", "pages/logs/logs", "pages/coupon-list/coupon-list"]}`,
		"project.config.json": `{}`,
		// storage keys that spell page names: no link
		"app.js": `App({ onLaunch() {
  const logs = wx.getStorageSync('logs') || []
  wx.setStorageSync('order-list', [])
  wx.setStorageSync('user-token', ''); wx.setStorageSync('last_city', ''); wx.setStorageSync('themeColor', '')
} })`,
		"pages/home/home.js": `Page({ go() { wx.navigateTo({ url: '/pages/refund-list/refund-list' }) } })`,
		// the order list's own tabs name it and two more pages: a table,
		// but its own name in it opens nothing
		"pages/order-list/order-list.js":     `Page({ data: { tabs: ['order-list', 'refund-list', 'after-sale'] } })`,
		"pages/order-list/order-list.wxml":   `<view/>`,
		"pages/logs/logs.wxml":               `<view/>`,
		"pages/refund-list/refund-list.wxml": `<view/>`,
		"pages/after-sale/after-sale.wxml":   `<view/>`,
		"pages/logs/logs.js":                 `Page({ onLoad() { this.setData({ logs: wx.getStorageSync('logs') }) } })`,
		"pages/coupon-list/coupon-list.wxml": `<view/>`,
	})
	got := orphans(p)
	// after-sale is named by the order list's table (another page's file)
	want := []string{"pages/coupon-list/coupon-list", "pages/logs/logs", "pages/order-list/order-list"}
	if !slices.Equal(got, want) {
		t.Errorf("orphans %v, want %v", got, want)
	}
	// the order list is an orphan, so what only its table opens is unreached
	if !p.Unreached("pages/after-sale/after-sale.wxml") {
		t.Error("after-sale is named only by an orphan page's table")
	}
	if p.Unreached("pages/refund-list/refund-list.wxml") {
		t.Error("refund-list is opened from the home page")
	}
}

// An app whose script imports app.json builds a name → route table: any
// bare name may open a page, but not a template's class, template name,
// id or handler, which spell page names without linking.
func TestByNameInTemplatesOnlyWhereALinkIsWritten(t *testing.T) {
	p, _ := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/home/home", "demo/menu/menu", "demo/gallery/gallery", "pages/search/search",
			"pages/cart/cart", "pages/coupon/coupon"]}`,
		"mini.project.json": `{}`,
		"utils/routes.js": `import config from '../app.json'
const byName = {}
config.pages.forEach((r) => { byName[r.split('/').pop()] = '/' + r })
export function go(name, e) { my.navigateTo({ url: byName[name || e.target.dataset.page] }) }`,
		"pages/home/home.js": `import { go } from '../../utils/routes'
Page({ go, search() {} })`,
		"pages/home/home.axml": `<import src="/components/gallery/gallery.axml"/>
<view class="gallery" id="coupon"><template is="gallery" data="{{...pics}}"/></view>
<view onTap="search">搜</view><view a:key="search" hover-class="search">x</view>
<view onTap="go" data-page="cart">购物车</view>`,
		"components/gallery/gallery.axml": `<template name="gallery"><image class="gallery-item"/></template>`,
		// a demo menu nothing opens names the gallery demo
		"demo/menu/menu.js":         `Page({ data: { items: [{ page: 'gallery' }, { page: 'cart' }] } })`,
		"demo/menu/menu.axml":       `<view/>`,
		"demo/gallery/gallery.axml": `<view/>`,
		"pages/search/search.axml":  `<view/>`,
		"pages/cart/cart.axml":      `<view/>`,
		"pages/coupon/coupon.axml":  `<view/>`,
	})
	got := orphans(p)
	want := []string{"demo/menu/menu", "pages/coupon/coupon", "pages/search/search"}
	if !slices.Equal(got, want) {
		t.Errorf("orphans %v, want %v", got, want)
	}
	if !p.Unreached("demo/gallery/gallery.axml") {
		t.Error("the gallery demo is named only by the demo menu nothing opens")
	}
	if p.Unreached("pages/cart/cart.axml") {
		t.Error("the cart is opened by data-page from the home page")
	}
}

func TestLinkAttr(t *testing.T) {
	for attr, want := range map[string]bool{
		"data-page": true, "url": true, "target": true, "": true,
		"class": false, "is": false, "name": false, "id": false, "hover-class": false,
		"bindtap": false, "catch:tap": false, "onTap": false, "wx:key": false, "s-for": false,
	} {
		if got := linkAttr(attr); got != want {
			t.Errorf("linkAttr(%q) = %v, want %v", attr, got, want)
		}
	}
}
