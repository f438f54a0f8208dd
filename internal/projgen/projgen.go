// Package projgen writes synthetic mini-program projects for benchmarks:
// realistic pages (template, script, json) with Chinese text, bindings and
// API calls, so the scan does the work a real project asks for.
package projgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Template returns a template of about n lines.
func Template(n int) string {
	var b strings.Builder
	b.WriteString("<view class=\"page\">\n")
	for i := 0; b.Len() < 0 || strings.Count(b.String(), "\n") < n-1; i++ {
		fmt.Fprintf(&b, "  <view class=\"item\" wx:for=\"{{list}}\" wx:key=\"id\" bindtap=\"onTap\" data-id=\"{{item.id}}\">\n"+
			"    <image class=\"cover\" src=\"{{item.cover}}\" mode=\"aspectFill\" />\n"+
			"    <text class=\"title\">商品 %d · {{item.name}} 🍵</text>\n"+
			"    <text class=\"price\">¥{{item.price}}</text>\n"+
			"    <button size=\"mini\" catchtap=\"onBuy\" data-id=\"{{item.id}}\">加入购物车</button>\n"+
			"  </view>\n", i)
	}
	b.WriteString("</view>\n")
	return b.String()
}

// Script returns a page script of about n lines.
func Script(n int) string {
	var b strings.Builder
	b.WriteString("const api = require('../../utils/api')\n\nPage({\n  data: { list: [], page: 1 },\n  onLoad(query) {\n    this.fetch()\n  },\n")
	for i := 0; strings.Count(b.String(), "\n") < n-8; i++ {
		fmt.Fprintf(&b, "  handler%d(e) {\n"+
			"    const id = e.currentTarget.dataset.id\n"+
			"    wx.request({\n"+
			"      url: 'https://api.example.com/items/' + id,\n"+
			"      success: (res) => {\n"+
			"        this.setData({ ['list[%d]']: res.data })\n"+
			"        wx.showToast({ title: '已更新', icon: 'none' })\n"+
			"      }\n"+
			"    })\n"+
			"  },\n", i, i%50)
	}
	b.WriteString("  fetch() {\n    wx.request({ url: 'https://api.example.com/items', success: (res) => this.setData({ list: res.data }) })\n  },\n  onTap(e) {},\n  onBuy(e) {}\n})\n")
	return b.String()
}

// Project writes a WeChat project of about files files under dir.
func Project(dir string, files int) error {
	pages := files / 3
	var routes []string
	for i := 0; i < pages; i++ {
		routes = append(routes, fmt.Sprintf("pages/p%d/index", i))
	}
	app := "{\n  \"pages\": [\n    \"" + strings.Join(routes, "\",\n    \"") + "\"\n  ],\n  \"window\": { \"navigationBarTitleText\": \"示例商城\" }\n}\n"
	if err := write(dir, "app.json", app); err != nil {
		return err
	}
	if err := write(dir, "project.config.json", "{\n  \"appid\": \"wx0123456789abcdef\",\n  \"compileType\": \"miniprogram\"\n}\n"); err != nil {
		return err
	}
	if err := write(dir, "app.js", "App({\n  onLaunch() {}\n})\n"); err != nil {
		return err
	}
	for i, r := range routes {
		if err := write(dir, r+".wxml", Template(60+i%40)); err != nil {
			return err
		}
		if err := write(dir, r+".js", Script(80+i%60)); err != nil {
			return err
		}
		if err := write(dir, r+".json", fmt.Sprintf("{\n  \"navigationBarTitleText\": \"页面 %d\"\n}\n", i)); err != nil {
			return err
		}
	}
	return nil
}

func write(dir, rel, s string) error {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(s), 0o644)
}
