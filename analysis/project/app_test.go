package project

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/jsonv"
	"mpls/analysis/text"
)

// appJSON's offsets are asserted literally below: edit with care.
const appJSON = `{
  "pages": ["pages/index/index", "pages/me/me"],
  "subPackages": [{"root": "pkg/", "pages": ["list/list"]}],
  "window": {"navigationBarTitleText": "小店"},
  "tabBar": {"list": [{"pagePath": "pages/index/index", "text": "首页"}]},
  "permission": {"scope.userLocation": {"desc": "用于查找门店"}},
  "requiredPrivateInfos": ["getLocation"],
  "__usePrivacyCheck__": true,
  "usingComponents": {"card": "/components/card/card", "map": "plugin://myPlugin/map"},
  "plugins": {"myPlugin": {"version": "1.0.0", "provider": "wxabc"}},
  "requiredBackgroundModes": ["audio"]
}
`

func TestAppModelSpans(t *testing.T) {
	dir := tree(t, map[string]string{
		"app.json":                                 appJSON,
		"pages/index/index.wxml":                   `<card />`,
		"pages/index/index.js":                     `Page({})`,
		"pages/index/index.json":                   `{"navigationBarTitleText": "首页标题", "usingComponents": {"row": "../../components/row/index"}}`,
		"pages/me/me.wxml":                         `<view />`,
		"pkg/list/list.wxml":                       `<view />`,
		"pkg/list/list.ts":                         `Page({})`,
		"pkg/list/list.less":                       `.a{}`,
		"components/card/card.wxml":                `<view />`,
		"components/card/card.json":                `{"component": true, "usingComponents": {"row": "../row/index", "btn": "some-lib/button"}}`,
		"components/row/index.js":                  `Component({})`,
		"miniprogram_npm/some-lib/button/index.js": `Component({})`,
	})
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := p.App
	src := []byte(appJSON)
	if a.File == nil || len(a.File.Errors) != 0 || a.File.Path != "app.json" {
		t.Fatalf("file %+v", a.File)
	}
	sp := func(s, e int) text.Span { return text.Span{Start: s, End: e} }
	wantPages := []Ref{
		{"pages/index/index", sp(14, 33)},
		{"pages/me/me", sp(35, 48)},
		{"pkg/list/list", sp(96, 107)},
	}
	if len(a.Pages) != len(wantPages) {
		t.Fatalf("pages %+v", a.Pages)
	}
	for i, w := range wantPages {
		if a.Pages[i] != w {
			t.Errorf("page %d = %+v, want %+v", i, a.Pages[i], w)
		}
	}
	if string(src[14:33]) != `"pages/index/index"` || string(src[96:107]) != `"list/list"` {
		t.Fatal("literal offsets drifted from the fixture")
	}
	if a.EntryPage != wantPages[0] || a.EntryPageDeclared {
		t.Errorf("entry %+v", a.EntryPage)
	}
	if len(a.Subpackages) != 1 || a.Subpackages[0].Root.Value != "pkg/" || a.Subpackages[0].Root.Span != at(t, src, `"pkg/"`, 0) {
		t.Errorf("subpackages %+v", a.Subpackages)
	}
	if n := a.Window.NavigationBarTitleText; n == nil || n.Value != "小店" || n.Span != sp(151, 159) || string(src[151:159]) != `"小店"` {
		t.Errorf("title %+v", a.Window.NavigationBarTitleText)
	}
	if len(a.TabBar) != 1 || a.TabBar[0].Text.Value != "首页" || a.TabBar[0].Text.Span != at(t, src, `"首页"`, 0) ||
		a.TabBar[0].PagePath.Value != "pages/index/index" || a.TabBar[0].PagePath.Span != at(t, src, `"pages/index/index"`, 1) {
		t.Errorf("tabBar %+v", a.TabBar)
	}
	perm := a.PermissionFor("scope.userLocation")
	if perm == nil || !perm.HasDesc || perm.Desc.Value != "用于查找门店" || perm.Desc.Span != at(t, src, `"用于查找门店"`, 0) ||
		perm.ScopeSpan != at(t, src, `"scope.userLocation"`, 0) || !perm.Value.IsObject() {
		t.Errorf("permission %+v", perm)
	}
	if a.PermissionFor("scope.record") != nil {
		t.Error("no such scope")
	}
	if len(a.RequiredPrivateInfos) != 1 || a.RequiredPrivateInfos[0] != (Ref{"getLocation", at(t, src, `"getLocation"`, 0)}) {
		t.Errorf("rPI %+v", a.RequiredPrivateInfos)
	}
	if !a.UsePrivacyCheck {
		t.Error("__usePrivacyCheck__")
	}
	if len(a.UsingComponents) != 2 || a.UsingComponents[0].Resolved != "components/card/card" || !a.UsingComponents[1].Plugin || a.UsingComponents[1].Resolved != "" ||
		a.UsingComponents[0].NameSpan != at(t, src, `"card"`, 0) || a.UsingComponents[0].Path.Span != at(t, src, `"/components/card/card"`, 0) {
		t.Errorf("usingComponents %+v", a.UsingComponents)
	}
	if len(a.Plugins) != 1 || a.Plugins[0].Alias != "myPlugin" || a.Plugins[0].Provider.Value != "wxabc" || a.Plugins[0].Version.Span != at(t, src, `"1.0.0"`, 0) {
		t.Errorf("plugins %+v", a.Plugins)
	}
	if len(a.RequiredBackgroundModes) != 1 || a.RequiredBackgroundModes[0].Value != "audio" {
		t.Errorf("bg modes %+v", a.RequiredBackgroundModes)
	}
	if !a.HasPage("/pkg/list/list") || a.HasPage("pkg/nope") {
		t.Error("HasPage")
	}
	// The raw tree and path are there for fixes.
	if a.Root().Path("permission", "scope.userLocation", "desc").Str != "用于查找门店" || a.File.Abs != filepath.Join(dir, "app.json") {
		t.Error("raw value")
	}

	// Pages and their files.
	if len(p.Pages) != 3 {
		t.Fatalf("pages %d", len(p.Pages))
	}
	idx := p.Page("/pages/index/index")
	if idx.Files != (FileSet{Template: "pages/index/index.wxml", Script: "pages/index/index.js", JSON: "pages/index/index.json"}) {
		t.Errorf("index files %+v", idx.Files)
	}
	if idx.NavigationBarTitleText == nil || idx.NavigationBarTitleText.Value != "首页标题" || idx.NavigationBarTitleText.Span != at(t, idx.Config.Src, `"首页标题"`, 0) {
		t.Errorf("page title %+v", idx.NavigationBarTitleText)
	}
	list := p.Page("pkg/list/list")
	if list.Subpackage != "pkg" || list.Files.Script != "pkg/list/list.ts" || list.Files.Style != "pkg/list/list.less" || list.Files.JSON != "" {
		t.Errorf("list %+v", list)
	}
	if me := p.Page("pages/me/me"); me.Missing || me.Files.Template != "pages/me/me.wxml" {
		t.Errorf("me %+v", me)
	}
	// Components: app-level card, page-level row (dir index), card's row
	// (same component once) and an npm library button.
	if len(p.Components) != 2 || p.Components["components/card/card"] == nil || p.Components["components/row/index"] == nil {
		t.Fatalf("components %v", p.Components)
	}
	card := p.Components["components/card/card"]
	if len(card.UsingComponents) != 2 || card.UsingComponents[0].Resolved != "components/row/index" || !card.UsingComponents[1].Library {
		t.Errorf("card uses %+v", card.UsingComponents)
	}
	if cs := idx.Components(p); len(cs) != 1 || cs[0].Path != "components/row/index" {
		t.Errorf("index components %v", cs)
	}

	// PageOf / IsEntryPage / IsComponentFile / IsAppFile.
	for _, c := range []struct {
		path  string
		route string
		ok    bool
		entry bool
	}{
		{"pages/index/index.wxml", "pages/index/index", true, true},
		{"pages/index/index.js", "pages/index/index", true, true},
		{filepath.Join(dir, "pages", "index", "index.json"), "pages/index/index", true, true},
		{"pages/me/me.wxml", "pages/me/me", true, false},
		{"pkg/list/list.ts", "pkg/list/list", true, false},
		{"components/card/card.wxml", "", false, false},
		{"../outside.wxml", "", false, false},
	} {
		route, ok := p.PageOf(c.path)
		if route != c.route || ok != c.ok || p.IsEntryPage(c.path) != c.entry {
			t.Errorf("PageOf(%s) = %q %v entry %v", c.path, route, ok, p.IsEntryPage(c.path))
		}
	}
	if !p.IsComponentFile("components/card/card.wxml") || p.IsComponentFile("pages/me/me.wxml") {
		t.Error("IsComponentFile")
	}
	if !p.IsAppFile("app.json") || p.IsAppFile("pages/me/me.wxml") {
		t.Error("IsAppFile")
	}
}

func TestEntryPagePathAndAlipay(t *testing.T) {
	src := `{
  "pages": ["pages/a/a", "pages/b/b"],
  "entryPagePath": "/pages/b/b",
  "window": {"defaultTitle": "支付宝小店"},
  "tabBar": {"items": [{"pagePath": "pages/a/a", "name": "首页"}]},
  "usePrivacyCheck": true
}`
	dir := tree(t, map[string]string{"app.json": src, "mini.project.json": `{}`, "pages/b/b.axml": `<view/>`, "pages/b/b.acss": ``, "pages/b/b.css": ``})
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := p.App
	if !a.EntryPageDeclared || a.EntryPage.Value != "pages/b/b" || a.EntryPage.Span != at(t, []byte(src), `"/pages/b/b"`, 0) {
		t.Errorf("entry %+v", a.EntryPage)
	}
	if !p.IsEntryPage("pages/b/b.axml") || p.IsEntryPage("pages/a/a.axml") {
		t.Error("IsEntryPage")
	}
	if a.Window.NavigationBarTitleText == nil || a.Window.NavigationBarTitleText.Value != "支付宝小店" {
		t.Error("defaultTitle")
	}
	if len(a.TabBar) != 1 || a.TabBar[0].Text.Value != "首页" {
		t.Errorf("tab items %+v", a.TabBar)
	}
	if !a.UsePrivacyCheck || p.Platform != Alipay || p.Namespace() != "my" || p.TemplateExt() != ".axml" {
		t.Errorf("platform %s", p.Platform)
	}
	if pg := p.Page("pages/b/b"); pg.Files.Style != "pages/b/b.acss" || pg.Files.Template != "pages/b/b.axml" {
		t.Errorf("files %+v", pg.Files)
	}
	if pg := p.Page("pages/a/a"); !pg.Missing {
		t.Error("pages/a/a has no files")
	}
}

func TestFixtureShop(t *testing.T) {
	p := loadFixture(t, "wx-shop")
	a := p.App
	if len(a.Pages) != 6 || a.Pages[4].Value != "packageOrder/pages/list/list" || a.EntryPage.Value != "pages/index/index" {
		t.Fatalf("pages %+v", a.Pages)
	}
	var tabs []string
	for _, ti := range a.TabBar {
		tabs = append(tabs, ti.Text.Value)
	}
	if strings.Join(tabs, ",") != "首页,分类,购物车,我的" {
		t.Errorf("tabs %v", tabs)
	}
	if len(p.Components) != 2 {
		t.Errorf("components %v", p.Components)
	}
	if r, _ := p.PageOf("packageOrder/pages/detail/detail.wxml"); r != "packageOrder/pages/detail/detail" {
		t.Errorf("PageOf %q", r)
	}
	if p.Page("pages/mine/mine").UsingComponents[0].Library != true {
		t.Error("vant button is a library component")
	}
	lib := LibraryFiles(p)
	if !eqStrings(lib, []string{"miniprogram_npm/@vant/weapp/button/index.js", "miniprogram_npm/@vant/weapp/button/index.wxml"}) {
		t.Errorf("library files %v", lib)
	}
	files, skips := Files(p, Options{})
	if len(skips) != 0 {
		t.Errorf("skips %v", skips)
	}
	for _, f := range files {
		if strings.HasPrefix(f, "miniprogram_npm/") || strings.HasSuffix(f, ".wxss") {
			t.Errorf("listed %s", f)
		}
	}
	if p.ProjectConfig == nil || p.ProjectConfig.Path != "../project.config.json" {
		t.Errorf("project config %+v", p.ProjectConfig)
	}
}

func TestFixtureGame(t *testing.T) {
	p := loadFixture(t, "wx-game")
	if !p.IsGame || !p.App.IsGame || p.App.File.Path != "game.json" || len(p.App.Pages) != 0 || len(p.App.Subpackages) != 1 || p.App.Subpackages[0].Name != "levels" {
		t.Fatalf("game %+v", p.App)
	}
	if !p.IsAppFile("game.js") {
		t.Error("game.js is the app file")
	}
}

func TestMalformedAppJSON(t *testing.T) {
	p := loadFixture(t, "wx-broken-json")
	a := p.App
	if a.File == nil || len(a.File.Errors) != 2 {
		t.Fatalf("errors %+v", a.File)
	}
	src := a.File.Src
	// The first error sits right after the pages array (missing comma).
	if e := a.File.Errors[0]; e.Span.Start != at(t, src, "]", 0).End || !strings.Contains(e.En, "comma") {
		t.Errorf("first error %+v", e)
	}
	if len(a.Pages) != 2 || a.Pages[1].Value != "pages/edit/edit" {
		t.Errorf("pages not recovered: %+v", a.Pages)
	}
	if a.Window.NavigationBarTitleText == nil || a.Window.NavigationBarTitleText.Value != "随手记" {
		t.Errorf("title not recovered")
	}
	if a.Root().Get("style").Str != "v2" {
		t.Error("members after the errors not recovered")
	}

	// Worse files never panic and keep what they can.
	for _, bad := range []string{``, `{{{`, `[1, 2]`, `"pages"`, `{"pages": "pages/index/index"}`, `{"pages": [1, null, "pages/a/a"]`, `{"subpackages": [{"pages": ["x"]}, 3, {"root": 5}], "tabBar": [], "permission": {"scope.x": "y"}}`, "\x00\x01"} {
		dir := tree(t, map[string]string{"app.json": bad})
		p, err := Load(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p.App == nil || p.App.File == nil {
			t.Fatalf("%q: no app", bad)
		}
		for _, r := range p.App.Pages {
			if r.Span.End > len(bad) {
				t.Errorf("%q: span out of range", bad)
			}
		}
	}
	dir := tree(t, map[string]string{"app.json": `{"pages": [1, null, "pages/a/a"]`})
	p2, _ := Load(dir, Options{})
	if len(p2.App.Pages) != 1 || p2.App.Pages[0].Value != "pages/a/a" || len(p2.App.File.Errors) == 0 {
		t.Errorf("unclosed: %+v", p2.App)
	}
}

func TestReadFileOverlay(t *testing.T) {
	dir := tree(t, map[string]string{"app.json": `{"pages": ["pages/a/a"]}`})
	over := filepath.Join(dir, "app.json")
	p, err := Load(dir, Options{ReadFile: func(abs string) ([]byte, error) {
		if abs == over {
			return []byte(`{"pages": ["pages/edited/edited"]}`), nil
		}
		return os.ReadFile(abs)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if p.App.Pages[0].Value != "pages/edited/edited" {
		t.Fatal("overlay not used")
	}
}

func TestRefsClean(t *testing.T) {
	for in, want := range map[string]string{"/pages/a/a": "pages/a/a", "./pages/a/a": "pages/a/a", `pages\a\a`: "pages/a/a", "pages//a/a": "pages/a/a", "": ""} {
		if got := cleanRoute(in); got != want {
			t.Errorf("cleanRoute(%q) = %q", in, got)
		}
	}
	var v *jsonv.Value
	if refs(v) != nil {
		t.Error("refs(nil)")
	}
}
