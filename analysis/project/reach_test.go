package project

import (
	"sort"
	"testing"
)

// unused lists the files of p the app does not use, sorted.
func unused(t *testing.T, p *Project, files []string) []string {
	t.Helper()
	var out []string
	for _, f := range files {
		if !p.Uses(f) {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

func loadTree(t *testing.T, files map[string]string) (*Project, []string) {
	t.Helper()
	dir := tree(t, files)
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for f := range files {
		names = append(names, f)
	}
	return p, names
}

func TestUsesFollowsPagesComponentsImportsRequires(t *testing.T) {
	p, files := loadTree(t, map[string]string{
		"app.json": `{"pages": ["pages/home/home"], "subpackages": [{"root": "shop", "pages": ["list/list"]}],
			"usingComponents": {"badge": "/widgets/badge/index"}, "tabBar": {"custom": true, "list": []}}`,
		"app.js":                    `const cfg = require('./config')`,
		"config.js":                 `module.exports = {}`,
		"project.config.json":       `{}`,
		"sitemap.json":              `{}`,
		"pages/home/home.wxml":      `<import src="../../tpl/card.wxml"/><wxs src="./fmt.wxs" module="f"/><card/>`,
		"pages/home/home.js":        `import { get } from '../../utils/http'`,
		"pages/home/home.json":      `{"usingComponents": {"card": "../../widgets/card/card"}}`,
		"pages/home/fmt.wxs":        `var m = require('./more.wxs')`,
		"pages/home/more.wxs":       ``,
		"tpl/card.wxml":             `<include src="/tpl/foot.wxml"/>`,
		"tpl/foot.wxml":             ``,
		"utils/http.ts":             `export const get = 1`,
		"widgets/card/card.wxml":    `<view/>`,
		"widgets/card/card.js":      `Component({})`,
		"widgets/card/card.json":    `{"component": true, "usingComponents": {"icon": "./icon"}}`,
		"widgets/card/icon.wxml":    ``,
		"widgets/badge/index.wxml":  ``,
		"custom-tab-bar/index.wxml": ``,
		"custom-tab-bar/index.js":   ``,
		"shop/list/list.wxml":       ``,
		"shop/list/list.js":         `const u = require('../../utils/price.js')`,
		"utils/price.js":            ``,
		"utils/data.json":           `{}`,
		// not the app
		"pages/old/old.wxml":        `<view>旧页面</view>`,
		"pages/old/old.js":          `Page({})`,
		"pages/old/old.json":        `{}`,
		"widgets/spare/spare.wxml":  ``,
		"widgets/spare/spare.js":    `Component({})`,
		"widgets/spare/spare.json":  `{"component": true}`,
		"tpl/unused.wxml":           ``,
		"utils/legacy.js":           `module.exports = 1`,
		"copy/pages/home/home.wxml": ``,
		"copy/pages/home/home.js":   ``,
	})
	want := []string{"copy/pages/home/home.js", "copy/pages/home/home.wxml", "pages/old/old.js", "pages/old/old.json", "pages/old/old.wxml",
		"tpl/unused.wxml", "utils/legacy.js", "widgets/spare/spare.js", "widgets/spare/spare.json", "widgets/spare/spare.wxml"}
	if got := unused(t, p, files); !equal(got, want) {
		t.Errorf("unused:\n got %q\nwant %q", got, want)
	}
}

func TestUsesKeepsWhatUnfollowableReferencesMightReach(t *testing.T) {
	// A computed require keeps every plain script, and follows the paths
	// written as literals in its file; a missing target keeps its folder.
	p, files := loadTree(t, map[string]string{
		"app.json":               `{"pages": ["pages/a/a"]}`,
		"app.js":                 `var mods = [{file: './core/boot.js'}]; for (var m of mods) require('' + m.file)`,
		"core/boot.js":           `require('../helpers/nav.js')`,
		"helpers/nav.js":         ``,
		"helpers/nav.wxml":       `<template name="nav"/>`,
		"pages/a/a.wxml":         `<import src="/helpers/nav.wxml"/><import src="/vendor/parse/parse.wxml"/>`,
		"pages/a/a.js":           `const t = require('../../locales/' + lang)`,
		"loose/tool.js":          ``,
		"vendor/parse/more.wxml": ``,
		"pages/b/b.wxml":         ``,
		"pages/b/b.js":           `Page({})`,
	})
	want := []string{"pages/b/b.js", "pages/b/b.wxml"}
	if got := unused(t, p, files); !equal(got, want) {
		t.Errorf("unused:\n got %q\nwant %q", got, want)
	}
}

func TestUsesEverythingWithoutApp(t *testing.T) {
	p := Loose(tree(t, map[string]string{"x/y.wxml": ``}), "")
	if !p.Uses("x/y.wxml") {
		t.Error("a loose folder must keep every file")
	}
	g, files := loadTree(t, map[string]string{"game.json": `{}`, "game.js": ``, "js/main.js": ``})
	if u := unused(t, g, files); len(u) != 0 {
		t.Errorf("a mini-game keeps every file, got unused %q", u)
	}
}

func equal(a, b []string) bool {
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
