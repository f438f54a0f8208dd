package project

import (
	"path/filepath"
	"strings"
	"testing"
)

// umdLine is a minified third-party bundle: a UMD wrapper on one line
// longer than any hand-written code.
var umdLine = `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():e.Stat=t()}(this,function(){var a={` +
	strings.Repeat(`"k":"统计事件",`, 90) + `};return{init:function(){wx.getUserInfo({})}}});`

// ownMinified is an app's own module shipped minified (one long line, no
// bundle wrapper): still the app's code.
var ownMinified = `module.exports={init:function(t){var a=this;` + strings.Repeat(`a.setData({show:!0,list:t.list}),`, 60) + `}};`

func skipsByPath(skips []Skip) map[string]Skip {
	m := map[string]Skip{}
	for _, s := range skips {
		m[s.Path] = s
	}
	return m
}

func TestFilesLeavesOutWhatIsNotTheAppsCode(t *testing.T) {
	dir := tree(t, map[string]string{
		"app.json": `{"pages": ["pages/index/index", "pages/echarts/index", "build/pages/report/report"],
			"subpackages": [{"root": "dist-shop", "pages": ["pages/cart/cart"]}]}`,
		"app.js":                       `App({})`,
		"pages/index/index.wxml":       `<view>首页</view>`,
		"pages/index/index.ts":         `Page({})`,
		"pages/index/index.js":         `Page({})`, // tsc output beside the source
		"pages/index/helper.js":        `module.exports = {}`,
		"pages/index/types.d.ts":       `declare const x: number`,
		"pages/echarts/index.wxml":     `<view>图表</view>`, // a page, whatever the name
		"pages/echarts/index.js":       `Page({})`,
		"pages/echarts/echarts.js":     `module.exports = {}`,
		"pages/minified/minified.js":   umdLine, // not a page of app.json: a bundle
		"build/pages/report/report.js": `Page({})`,
		"dist-shop/pages/cart/cart.js": `Page({})`,
		"dist-h5/index.js":             `1`,
		"typings/wx/index.d.ts":        `declare const wx: any`,
		"towxml/towxml.js":             `Component({})`,
		"towxml/config.js":             `module.exports = { latex: { api: 'http://x.example.com' } }`,
		"vant/common/component.js":     `module.exports = {}`,
		"vant/button/index.js":         `Component({})`,
		"components/vant/card.js":      `Component({})`, // own folder named vant: no vant files in it
		"utils/qqmap-wx-jssdk.min.js":  `var a=1`,
		"utils/fundebug.1.2.0.js":      `var b=1`,
		"utils/sensorsdata_conf.js":    `module.exports = { name: 'shop' }`, // the app's config of an SDK
		"utils/sdk/stat.js":            umdLine,
		"utils/own.js":                 ownMinified,
		"utils/tool.min.js":            `var c=1`,
	})
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, skips := Files(p, Options{})
	want := []string{"app.js", "app.json", "build/pages/report/report.js", "components/vant/card.js", "dist-shop/pages/cart/cart.js",
		"pages/echarts/echarts.js", "pages/echarts/index.js", "pages/echarts/index.wxml", "pages/index/helper.js", "pages/index/index.ts",
		"pages/index/index.wxml", "utils/own.js", "utils/sensorsdata_conf.js"}
	if !eqStrings(files, want) {
		t.Errorf("files\n%v\nwant\n%v", files, want)
	}
	wantSkips := map[string]SkipKind{
		"dist-h5":                     SkipBuildOutput,
		"pages/index/index.js":        SkipBuildOutput,
		"pages/index/types.d.ts":      SkipDeclaration,
		"pages/minified/minified.js":  SkipVendored,
		"towxml":                      SkipVendored,
		"typings":                     SkipDeclaration,
		"utils/fundebug.1.2.0.js":     SkipVendored,
		"utils/qqmap-wx-jssdk.min.js": SkipVendored,
		"utils/sdk/stat.js":           SkipVendored,
		"utils/tool.min.js":           SkipVendored,
		"vant":                        SkipVendored,
	}
	got := skipsByPath(skips)
	for path, kind := range wantSkips {
		if got[path].Kind != kind {
			t.Errorf("%s: skip %+v, want kind %s", path, got[path], kind)
		}
		if !kind.Expected() {
			t.Errorf("%s: kind %s must be expected", path, kind)
		}
	}
	if len(got) != len(wantSkips) {
		t.Errorf("skips %v", skips)
	}
	if s := got["towxml"]; !s.Dir || !strings.Contains(s.Zh, "towxml") || !strings.Contains(s.En, "vendored library towxml") {
		t.Errorf("towxml skip %+v", s)
	}
	if s := got["utils/qqmap-wx-jssdk.min.js"]; !strings.Contains(s.En, "qqmap-wx-jssdk") {
		t.Errorf("SDK skip names the SDK: %+v", s)
	}
	// The model reads the page's TypeScript, not what tsc wrote beside it.
	if pg := p.Page("pages/index/index"); pg == nil || pg.Files.Script != "pages/index/index.ts" {
		t.Errorf("page script %+v", pg)
	}
	if !p.IsVendored("towxml/config.js") || !p.IsVendored("utils/sdk/stat.js") || p.IsVendored("utils/own.js") || p.IsVendored("towxmlx/a.js") {
		t.Error("IsVendored")
	}
	lib := LibraryFiles(p)
	for _, f := range []string{"towxml/config.js", "towxml/towxml.js", "vant/button/index.js", "utils/sdk/stat.js", "utils/qqmap-wx-jssdk.min.js"} {
		if !containsString(lib, f) {
			t.Errorf("library files lack %s: %v", f, lib)
		}
	}
	if containsString(lib, "typings/wx/index.d.ts") || containsString(lib, "pages/index/index.js") {
		t.Errorf("library files hold declarations or build output: %v", lib)
	}
}

func TestInspectUTF16AndUnreadable(t *testing.T) {
	dir := tree(t, map[string]string{
		"app.json":      `{"pages": ["a/a"]}`,
		"a/a.js":        "\xff\xfeP\x00a\x00g\x00e\x00(\x00)\x00",
		"a/a.wxml":      `<view/>`,
		"lib/towxml.js": `1`,
	})
	p, _ := Load(dir, Options{})
	_, skips := Files(p, Options{})
	if len(skips) != 1 || skips[0].Kind != SkipBinary || !strings.Contains(skips[0].En, "UTF-16") || !strings.Contains(skips[0].Zh, "UTF-8") {
		t.Fatalf("skips %+v", skips)
	}
	lines := DescribeSkips(skips, "en", func(s Skip) string { return s.Path })
	if len(lines) != 1 || lines[0] != "a/a.js: UTF-16 encoded, save it as UTF-8: not analysed" {
		t.Errorf("lines %q", lines)
	}
}

func TestDescribeSkips(t *testing.T) {
	skips := []Skip{
		newSkip("/p/big.wxml", "big.wxml", false, SkipTooLarge, "文件 3.0 MiB 超过 2.0 MiB 上限，未分析", "file is 3.0 MiB, over the 2.0 MiB limit: not analysed"),
		newSkip("/p/towxml", "towxml", true, SkipVendored, "第三方库 towxml，未分析", "vendored library towxml: not analysed"),
		newSkip("/p/a.d.ts", "a.d.ts", false, SkipDeclaration, "", ""),
		newSkip("/p/b.d.ts", "b.d.ts", false, SkipDeclaration, "", ""),
		newSkip("/p/dist-wx", "dist-wx", true, SkipBuildOutput, "", ""),
	}
	show := func(s Skip) string { return "mp/" + s.Path }
	en := DescribeSkips(skips, "en", show)
	wantEn := []string{
		"mp/big.wxml: file is 3.0 MiB, over the 2.0 MiB limit: not analysed",
		"left out as not the app's own code: mp/towxml/ (vendored), mp/dist-wx/ (build output), 2 TypeScript declaration files (*.d.ts)",
	}
	if !eqStrings(en, wantEn) {
		t.Errorf("en\n%q\nwant\n%q", en, wantEn)
	}
	zh := DescribeSkips(skips, "zh-CN", show)
	wantZh := []string{
		"mp/big.wxml: 文件 3.0 MiB 超过 2.0 MiB 上限，未分析",
		"不是应用自己的代码，未分析：mp/towxml/（第三方库）、mp/dist-wx/（构建产物）、2 个 TypeScript 声明文件（*.d.ts）",
	}
	if !eqStrings(zh, wantZh) {
		t.Errorf("zh\n%q\nwant\n%q", zh, wantZh)
	}
	if DescribeSkips(nil, "en", show) != nil {
		t.Error("nothing skipped: no line")
	}
}

func TestDiscoverSrcMiniprogramRoot(t *testing.T) {
	app := `{"pages": ["pages/a/a"]}`
	dir := tree(t, map[string]string{
		// sources in src/, compiled by a build step into out/
		"shop/project.config.json":      `{"appid": "wx1", "miniprogramRoot": "out/", "srcMiniprogramRoot": "src/"}`,
		"shop/src/app.json":             app,
		"shop/src/pages/a/a.wxml":       `<view/>`,
		"shop/out/app.json":             app,
		"shop/out/pages/a/a.wxml":       `<view/>`,
		"shop/out/project.config.json":  `{"appid": "wx1"}`,
		"shop/dist-preview/app.json":    app, // another build output: no project
		"shop/towxml/demo/app.json":     app, // a vendored library's demo
		"shop/towxml/towxml.js":         `1`,
		"notbuilt/project.config.json":  `{"appid": "wx2", "miniprogramRoot": "dist/", "srcMiniprogramRoot": "miniprogram/"}`,
		"notbuilt/miniprogram/app.json": app,
		"same/project.config.json":      `{"appid": "wx3", "miniprogramRoot": "miniprogram/", "srcMiniprogramRoot": "miniprogram/"}`,
		"same/miniprogram/app.json":     app,
		"ali/mini.project.json":         `{"format": 2, "miniprogramRoot": "client"}`,
		"ali/client/app.json":           app,
		"ali/client/pages/a/a.axml":     `<view/>`,
		// the sources hold the compiled copy
		"inner/project.config.json":     `{"appid": "wx4", "miniprogramRoot": "./compiled", "srcMiniprogramRoot": "./"}`,
		"inner/app.json":                app,
		"inner/pages/a/a.wxml":          `<view/>`,
		"inner/compiled/app.json":       app,
		"inner/compiled/pages/a/a.wxml": `<view/>`,
		"outside/project.config.json":   `{"appid": "wx5", "srcMiniprogramRoot": "../../../elsewhere/"}`,
		"outside/app.json":              app,
	})
	ps, err := Discover(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	byRoot := map[string]*Project{}
	for _, p := range ps {
		r, _ := filepath.Rel(dir, p.Root)
		roots = append(roots, filepath.ToSlash(r))
		byRoot[filepath.ToSlash(r)] = p
	}
	want := []string{"ali/client", "inner", "notbuilt/miniprogram", "outside", "same/miniprogram", "shop/src"}
	if !eqStrings(roots, want) {
		t.Fatalf("roots %v, want %v", roots, want)
	}
	if p := byRoot["shop/src"]; p.ConfigDir != filepath.Join(dir, "shop") || p.ProjectConfig == nil {
		t.Errorf("shop/src config %q", p.ConfigDir)
	}
	if p := byRoot["ali/client"]; p.Platform != Alipay || p.ConfigDir != filepath.Join(dir, "ali") {
		t.Errorf("ali: %s %q", p.Platform, p.ConfigDir)
	}
	// The compiled copy inside the sources is build output, whatever its name.
	inner := byRoot["inner"]
	files, skips := Files(inner, Options{})
	if !eqStrings(files, []string{"app.json", "pages/a/a.wxml", "project.config.json"}) {
		t.Errorf("inner files %v", files)
	}
	if len(skips) != 1 || skips[0].Path != "compiled" || skips[0].Kind != SkipBuildOutput || !strings.Contains(skips[0].En, "srcMiniprogramRoot") {
		t.Errorf("inner skips %+v", skips)
	}
	// Reloading the model (app.json edited) keeps the project file, the
	// compiled copy and the last listing's skips.
	r := Reload(inner, Options{})
	if r.ConfigDir != inner.ConfigDir || r.Workspace != inner.Workspace || r.ProjectConfig == nil || len(r.Skipped()) != 1 {
		t.Errorf("reload: %q %q %v", r.ConfigDir, r.Workspace, r.Skipped())
	}
	if files, _ := Files(r, Options{}); !eqStrings(files, []string{"app.json", "pages/a/a.wxml", "project.config.json"}) {
		t.Errorf("reloaded files %v", files)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
