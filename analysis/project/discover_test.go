package project

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiscoverFixtures(t *testing.T) {
	root := fixture(t, "")
	ps, err := Discover(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		platform Platform
		source   PlatformSource
		game     bool
		config   string // ConfigDir relative to the fixtures
	}
	wants := map[string]want{
		"dy-mall":             {Douyin, SourceProjectConfig, false, "dy-mall"},
		"multi/apps/canteen":  {WeChat, SourceProjectConfig, false, "multi/apps/canteen"},
		"multi/apps/library":  {WeChat, SourceTemplateExt, false, ""},
		"wx-broken-json":      {WeChat, SourceProjectConfig, false, "wx-broken-json"},
		"wx-game":             {WeChat, SourceProjectConfig, true, "wx-game"},
		"wx-shop/miniprogram": {WeChat, SourceProjectConfig, false, "wx-shop"},
		"wx-skipped":          {WeChat, SourceProjectConfig, false, "wx-skipped"},
		// srcMiniprogramRoot; its compiled copy (miniprogram/) is no project
		"wx-ts-build/src": {WeChat, SourceProjectConfig, false, "wx-ts-build"},
	}
	got := map[string]bool{}
	for _, p := range ps {
		rel, _ := filepath.Rel(root, p.Root)
		rel = filepath.ToSlash(rel)
		got[rel] = true
		w, ok := wants[rel]
		if !ok {
			t.Errorf("unexpected project %s", rel)
			continue
		}
		if p.Platform != w.platform || p.PlatformSource != w.source || p.IsGame != w.game {
			t.Errorf("%s: platform %s (%s: %s), game %v; want %s (%s), game %v", rel, p.Platform, p.PlatformSource, p.PlatformReason, p.IsGame, w.platform, w.source, w.game)
		}
		cd := ""
		if p.ConfigDir != "" {
			cd, _ = filepath.Rel(root, p.ConfigDir)
			cd = filepath.ToSlash(cd)
		}
		if cd != w.config {
			t.Errorf("%s: config dir %q, want %q", rel, cd, w.config)
		}
		if p.Workspace != root {
			t.Errorf("%s: workspace %s", rel, p.Workspace)
		}
	}
	for rel := range wants {
		if !got[rel] {
			t.Errorf("project %s not found", rel)
		}
	}
	// sorted by root
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Root >= ps[i].Root {
			t.Error("projects not sorted by root")
		}
	}
}

func TestDiscoverMulti(t *testing.T) {
	ps, err := Discover(fixture(t, "multi"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || filepath.Base(ps[0].Root) != "canteen" || filepath.Base(ps[1].Root) != "library" {
		t.Fatalf("%d projects", len(ps))
	}
	lib := ps[1]
	if lib.Config.Locale != "zh-CN" || len(lib.ConfigFiles) != 1 || lib.ConfigFiles[0].File.Path != "../../mpls.json" {
		t.Fatalf("workspace mpls.json not applied: %+v", lib.Config)
	}
	files, _ := Files(lib, Options{})
	for _, f := range files {
		if strings.Contains(f, "legacy") {
			t.Errorf("ignored by **/legacy/**: %s", f)
		}
	}
}

func TestDiscoverMiniprogramRoot(t *testing.T) {
	dir := tree(t, map[string]string{
		"project.config.json":          `{"appid": "wx0000000000000000", "miniprogramRoot": "src/"}`,
		"src/app.json":                 `{"pages": ["pages/a/a"]}`,
		"src/pages/a/a.wxml":           `<view>一</view>`,
		"node_modules/x/app.json":      `{"pages": []}`,
		".git/app.json":                `{}`,
		"dist/app.json":                `{}`,
		"unpackage/dist/app.json":      `{}`,
		"other/game.json":              `{}`,
		"other/game.js":                `console.log(1)`,
		"bad-root/project.config.json": `{"miniprogramRoot": "../../../etc"}`,
	})
	ps, err := Discover(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	for _, p := range ps {
		r, _ := filepath.Rel(dir, p.Root)
		roots = append(roots, filepath.ToSlash(r))
	}
	if !eqStrings(roots, []string{"other", "src"}) {
		t.Fatalf("roots %v", roots)
	}
	if ps[1].ConfigDir != dir || ps[1].ProjectConfig == nil || ps[1].ProjectConfig.Path != "../project.config.json" {
		t.Fatalf("config dir %q", ps[1].ConfigDir)
	}
	if !ps[0].IsGame || !ps[0].App.IsGame {
		t.Fatal("game.json root must be a game")
	}
	// A file path: its folder is searched.
	ps2, err := Discover(filepath.Join(dir, "src", "app.json"), Options{})
	if err != nil || len(ps2) != 1 {
		t.Fatalf("discover from a file: %v %d", err, len(ps2))
	}
	if _, err := Discover(filepath.Join(dir, "nope"), Options{}); err == nil {
		t.Fatal("missing folder must fail")
	}
}

func TestDiscoverSymlinks(t *testing.T) {
	outside := tree(t, map[string]string{
		"app.json":            `{"pages": ["pages/x/x"]}`,
		"pages/x/x.wxml":      `<view>外部</view>`,
		"secret/key.js":       `wx.login()`,
		"project.config.json": `{"appid": "wx1", "miniprogramRoot": "./"}`,
	})
	ws := tree(t, map[string]string{
		"apps/a/app.json":               `{"pages": ["pages/index/index"]}`,
		"apps/a/pages/index/index.wxml": `<view>首页</view>`,
		"apps/a/pages/index/index.js":   `Page({})`,
		"apps/b/project.config.json":    `{"appid": "wx2", "miniprogramRoot": "../../../outside"}`,
	})
	links := map[string]string{
		"apps/a/loop":         "..",                                    // loop back up
		"apps/a/self":         "self",                                  // self loop
		"apps/a/out":          outside,                                 // out of the workspace
		"apps/a/secret.js":    filepath.Join(outside, "secret/key.js"), // a file out of the root
		"apps/a/shared.js":    "pages/index/index.js",                  // a file inside: listed
		"apps/a/pages-link":   "pages",                                 // a folder inside: reached by its real path
		"linked-outside-proj": outside,
	}
	for l, target := range links {
		if err := os.Symlink(target, filepath.Join(ws, filepath.FromSlash(l))); err != nil {
			t.Skipf("symlinks unsupported: %v", err)
		}
	}
	// A page json symlinked out of the workspace is not read.
	if err := os.MkdirAll(filepath.Join(ws, "apps/a/pages/leak"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "project.config.json"), filepath.Join(ws, "apps/a/pages/leak/leak.json")); err != nil {
		t.Fatal(err)
	}
	write(t, ws, map[string]string{"apps/a/app.json": `{"pages": ["pages/index/index", "pages/leak/leak"]}`})
	// miniprogramRoot through a symlink out of the workspace.
	if err := os.Symlink(outside, filepath.Join(ws, "apps/b/mp")); err != nil {
		t.Fatal(err)
	}
	write(t, ws, map[string]string{"apps/b/project.config.json": `{"appid": "wx2", "miniprogramRoot": "mp/"}`})

	ps, err := Discover(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Root != filepath.Join(ws, "apps", "a") {
		for _, p := range ps {
			t.Log(p.Root)
		}
		t.Fatalf("want only apps/a, got %d projects", len(ps))
	}
	if leak := ps[0].Page("pages/leak/leak"); leak == nil || leak.Files.JSON != "pages/leak/leak.json" || leak.Config != nil {
		t.Fatalf("leak page %+v", leak)
	}
	files, skips := Files(ps[0], Options{})
	want := []string{"app.json", "pages/index/index.js", "pages/index/index.wxml", "shared.js"}
	if !eqStrings(files, want) {
		t.Fatalf("files %v, want %v", files, want)
	}
	reasons := map[string]string{}
	for _, s := range skips {
		reasons[s.Path] = s.Reason
	}
	for _, p := range []string{"out", "secret.js", "self", "loop", "pages/leak/leak.json"} {
		if reasons[p] == "" {
			t.Errorf("no skip reported for %s (skips %v)", p, skips)
		}
	}
	if !strings.Contains(reasons["out"], "outside") {
		t.Errorf("reason for out: %q", reasons["out"])
	}
}

func TestLoadAndLoose(t *testing.T) {
	dir := tree(t, map[string]string{
		"app.json":               `{"pages": ["pages/index/index"]}`,
		"pages/index/index.ttml": `<view>抖音</view>`,
		"lone/a.axml":            `<view>支付宝</view>`,
	})
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Platform != Douyin || p.Pages[0].Files.Template != "pages/index/index.ttml" {
		t.Fatalf("%s %+v", p.Platform, p.Pages[0].Files)
	}
	if _, err := Load(filepath.Join(dir, "app.json"), Options{}); err == nil {
		t.Fatal("Load of a file must fail")
	}
	l := Loose(filepath.Join(dir, "lone"), "")
	if l.Platform != Alipay || l.App == nil || l.App.File != nil || len(l.Pages) != 0 {
		t.Fatalf("loose: %s %+v", l.Platform, l.App)
	}
	if Loose(filepath.Join(dir, "lone"), "qq").Platform != QQ {
		t.Fatal("loose override")
	}
	if FindRoot(filepath.Join(dir, "pages", "index", "index.ttml"), dir) != dir || FindRoot(filepath.Join(dir, "lone", "a.axml"), filepath.Join(dir, "lone")) != "" {
		t.Fatal("FindRoot")
	}
}

// A Douyin app that copies a WeChat UI kit into its sources: the kit's
// .wxml outnumber the app's .ttml pages, but the pages say the platform.
// A kit under a name mpls knows is skipped as a library, one it does not
// know still may not outvote the pages.
func TestPagesDecidePlatformOverCopiedKit(t *testing.T) {
	files := map[string]string{
		"app.json":                  `{"pages": ["pages/index/index", "pages/my/index/index"]}`,
		"project.config.json":       `{"appid": "testappId"}`,
		"pages/index/index.ttml":    `<view>首页</view>`,
		"pages/my/index/index.ttml": `<view>我的</view>`,
	}
	for _, kit := range []string{"vendor/@vant/weapp", "vendor/some-kit"} {
		tf := map[string]string{kit + "/common/component.js": `export function VantComponent() {}`}
		for k, v := range files {
			tf[k] = v
		}
		for _, c := range []string{"button", "cell", "popup", "dialog", "field"} {
			tf[kit+"/"+c+"/index.wxml"] = `<view class="kit"><slot /></view>`
		}
		p, err := Load(tree(t, tf), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p.Platform != Douyin {
			t.Errorf("%s: platform %s (%s), want douyin", kit, p.Platform, p.PlatformReason)
		}
	}
}
