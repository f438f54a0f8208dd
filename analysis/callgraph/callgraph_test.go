package callgraph_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/callgraph"
	"mpls/analysis/engine"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
)

// load writes files into a project folder and returns its environment
// with every unit, as the project rules see it.
func load(t *testing.T, files map[string]string) *rule.Env {
	t.Helper()
	dir := t.TempDir()
	for rel, s := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := engine.New(engine.Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Projects[0].Env
}

// replace gives the file at rel a new text, as an edit in the editor does.
func replace(env *rule.Env, rel, src string) {
	f := source.New(rel, parse.ByExt(rel), 2, []byte(src))
	defer f.Close()
	env.Units[rel] = engine.BuildUnit(f, env.Namespace)
}

// ways lists "lifecycle: api via words" for every hit of the file's entries.
func ways(g *callgraph.Graph, p string) []string {
	var out []string
	for _, e := range g.Entries(p) {
		for _, h := range e.Hits {
			if !h.Cross() {
				continue
			}
			s := h.Call.API + " via " + h.Words()
			if h.Confirmed {
				s += " (confirmed)"
			}
			out = append(out, s)
		}
	}
	return out
}

const app = `{"pages": ["pages/shop/shop", "pages/me/me"], "resolveAlias": {"@/*": "/*"}}`

func TestHelperReachedFromOnLoadNotFromTap(t *testing.T) {
	env := load(t, map[string]string{
		"app.json": app,
		"app.js":   "App({})",
		"utils/geo.js": `function locate() {
  return new Promise((resolve) => wx.getLocation({ success: resolve }))
}
function far() { wx.chooseImage({}) }
module.exports = { locate, far }`,
		"pages/shop/shop.js": `const geo = require('../../utils/geo')
Page({
  onLoad() { this.init() },
  init() { geo.locate().then((p) => this.setData(p)) },
  onPickTap() { geo.far() }
})`,
		"pages/me/me.js": "Page({})",
	})
	g := callgraph.For(env)
	got := ways(g, "pages/shop/shop.js")
	want := []string{"getLocation via onLoad → init → utils/geo.js locate"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("entries reach %q, want %q", got, want)
	}
	if hs := g.From("pages/shop/shop.js", "onPickTap"); len(hs) != 1 || hs[0].Call.API != "chooseImage" {
		t.Errorf("the tap handler reaches %v, want chooseImage", hs)
	}
	var loc *callgraph.Hit
	for _, e := range g.Entries("pages/shop/shop.js") {
		for i := range e.Hits {
			if e.Hits[i].Call.API == "getLocation" {
				loc = &e.Hits[i]
			}
		}
	}
	r := g.Reaching("utils/geo.js", loc.Call.Span)
	if len(r) != 1 || r[0].Hops[0].Path != "pages/shop/shop.js" {
		t.Errorf("Reaching = %v, want the shop page's onLoad", r)
	}
	for _, e := range g.Entries("pages/shop/shop.js") {
		for _, h := range e.Hits {
			if h.Call.API == "chooseImage" {
				t.Errorf("chooseImage runs only after a tap, but an entry reaches it: %s", h.Words())
			}
		}
	}
}

func TestGetAppMethodAndConfirmedPrompt(t *testing.T) {
	env := load(t, map[string]string{
		"app.json": app,
		"app.js": `App({
  ensureUser(cb) { tt.getUserInfo({ success: cb }) },
  askFirst() {
    tt.showModal({ content: '用于展示你的头像', success: (res) => { if (res.confirm) this.ensureUser() } })
  }
})`,
		"pages/shop/shop.js": `const app = getApp()
Page({
  onShow() { app.ensureUser((u) => this.setData(u)) },
  onLoad() { getApp().askFirst() }
})`,
		"pages/me/me.js": "Page({})",
	})
	got := ways(callgraph.For(env), "pages/shop/shop.js")
	want := []string{
		"getUserInfo via onShow → app.js ensureUser",
		"showModal via onLoad → app.js askFirst",
		"getUserInfo via onLoad → app.js askFirst → ensureUser (confirmed)",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("entries reach\n%q\nwant\n%q", got, want)
	}
}

func TestAliasImportAndIncrementalEdit(t *testing.T) {
	env := load(t, map[string]string{
		"app.json": app,
		"app.js":   "App({})",
		"lib/photo.js": `export function pick() { return wx.chooseMedia({ count: 1 }) }
export function nothing() {}`,
		"pages/me/me.js": `import { pick } from '@/lib/photo'
Page({ onReady() { pick() } })`,
		"pages/shop/shop.js": "Page({})",
	})
	g := callgraph.For(env)
	if got := ways(g, "pages/me/me.js"); strings.Join(got, "|") != "chooseMedia via onReady → lib/photo.js pick" {
		t.Fatalf("entries reach %q", got)
	}
	// the helper stops asking: the page's walk is redone, nothing reached
	replace(env, "lib/photo.js", "export function pick() { return Promise.resolve([]) }")
	if got := ways(callgraph.For(env), "pages/me/me.js"); len(got) != 0 {
		t.Errorf("after the helper's edit, entries reach %q", got)
	}
	// and asks again under another name the page then calls
	replace(env, "lib/photo.js", "export function snap() { wx.chooseMedia({}) }")
	replace(env, "pages/me/me.js", "import { snap } from '@/lib/photo'\nPage({ onReady() { snap() } })")
	if got := ways(callgraph.For(env), "pages/me/me.js"); strings.Join(got, "|") != "chooseMedia via onReady → lib/photo.js snap" {
		t.Errorf("after both edits, entries reach %q", got)
	}
}

func TestBehaviorAndSelectComponent(t *testing.T) {
	env := load(t, map[string]string{
		"app.json": `{"pages": ["pages/crop/crop"]}`,
		"app.js":   "App({})",
		"behaviors/locate.js": `module.exports = Behavior({
  methods: { whereAmI() { wx.getLocation({}) } }
})`,
		"components/cropper/cropper.js":   `Component({ methods: { open() { wx.chooseImage({ count: 1 }) } } })`,
		"components/cropper/cropper.json": `{"component": true}`,
		"components/cropper/cropper.wxml": `<view/>`,
		"pages/crop/crop.json":            `{"usingComponents": {"cropper": "/components/cropper/cropper"}}`,
		"pages/crop/crop.wxml":            `<cropper id="c"/>`,
		"pages/crop/crop.js": `const locate = require('../../behaviors/locate')
Component({
  behaviors: [locate],
  methods: {
    onLoad() {
      this.c = this.selectComponent('#c')
      this.c.open()
      this.whereAmI()
    }
  }
})`,
	})
	got := ways(callgraph.For(env), "pages/crop/crop.js")
	want := []string{
		"chooseImage via methods.onLoad → components/cropper/cropper.js open",
		"getLocation via methods.onLoad → behaviors/locate.js whereAmI",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("entries reach\n%q\nwant\n%q", got, want)
	}
}

func TestNpmPackage(t *testing.T) {
	env := load(t, map[string]string{
		"app.json":                         `{"pages": ["pages/map/map"]}`,
		"app.js":                           "App({})",
		"miniprogram_npm/geo-kit/index.js": "module.exports = { locate() { return wx.getLocation({ type: 'gcj02' }) } }",
		"pages/map/map.js": `const kit = require('geo-kit')
Page({ onLoad() { kit.locate() } })`,
	})
	if _, ok := env.Units["miniprogram_npm/geo-kit/index.js"]; ok {
		t.Fatal("the package is a unit of the project: this test wants one read from disk")
	}
	got := ways(callgraph.For(env), "pages/map/map.js")
	if strings.Join(got, "|") != "getLocation via onLoad → miniprogram_npm/geo-kit/index.js locate" {
		t.Errorf("entries reach %q", got)
	}
}

func TestJSConfigPaths(t *testing.T) {
	env := load(t, map[string]string{
		"app.json":      `{"pages": ["pages/map/map"]}`,
		"app.js":        "App({})",
		"jsconfig.json": `{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}`,
		"src/geo.js":    "export const locate = () => wx.getLocation({ type: 'gcj02' })\nexport function locateAll() { return locate() }",
		"pages/map/map.js": `import { locateAll } from '@/geo'
Page({ onLoad() { locateAll() } })`,
	})
	got := ways(callgraph.For(env), "pages/map/map.js")
	if strings.Join(got, "|") != "getLocation via onLoad → src/geo.js locateAll → locate" {
		t.Errorf("entries reach %q", got)
	}
}
