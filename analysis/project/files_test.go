package project

import (
	"strings"
	"testing"
)

func TestGlob(t *testing.T) {
	cases := []struct {
		pattern string
		path    string
		dir     bool
		want    bool
	}{
		{"**/legacy/**", "legacy/a.js", false, true},
		{"**/legacy/**", "pages/legacy/a/b.js", false, true},
		{"**/legacy/**", "pages/legacy", true, true},
		{"**/legacy/**", "pages/legacyx/a.js", false, false},
		{"legacy", "pages/legacy", true, true},
		{"legacy", "legacy", false, true},
		{"*.min.js", "utils/lib/jquery.min.js", false, true},
		{"*.min.js", "utils/lib/jquery.js", false, false},
		{"/mock", "mock", true, true},
		{"/mock", "pages/mock", true, false},
		{"./mock/*.js", "mock/a.js", false, true},
		{"mock/", "mock", true, true},
		{"mock/", "mock", false, false},
		{"pages/**/test-*.wxml", "pages/a/b/test-1.wxml", false, true},
		{"pages/**/test-*.wxml", "pages/test-1.wxml", false, true},
		{"pages/**/test-*.wxml", "other/pages/test-1.wxml", false, false},
		{"pages/?/x.js", "pages/a/x.js", false, true},
		{"pages/[ab]/x.js", "pages/c/x.js", false, false},
		{`pages\a\*.js`, "pages/a/x.js", false, true},
		{"**", "anything/at/all", false, true},
		{"a/**/b/**/c", "a/x/b/y/z/c", false, true},
		{"a/**/b/**/c", "a/x/c", false, false},
	}
	for _, c := range cases {
		g, ok := CompileGlob(c.pattern)
		if !ok {
			t.Errorf("CompileGlob(%q) failed", c.pattern)
			continue
		}
		if got := g.Match(c.path, c.dir); got != c.want {
			t.Errorf("%q.Match(%q, dir=%v) = %v", c.pattern, c.path, c.dir, got)
		}
	}
	for _, bad := range []string{"", "  ", "/", "a/[b"} {
		if _, ok := CompileGlob(bad); ok {
			t.Errorf("CompileGlob(%q) must fail", bad)
		}
	}
	if g, _ := CompileGlob("x/**"); g.String() != "x/**" {
		t.Error("String")
	}
}

func TestFilesSkips(t *testing.T) {
	big := strings.Repeat("a", 2000)
	dir := tree(t, map[string]string{
		"app.json":                        `{"pages": ["pages/index/index"]}`,
		"app.js":                          `App({})`,
		"pages/index/index.wxml":          `<view>首页</view>`,
		"pages/index/index.wxss":          `.a {}`,
		"pages/index/index.ts":            `Page({})`,
		"pages/index/big.js":              "// " + big,
		"pages/index/blob.js":             "var a = 1\x00\x01\x02",
		"pages/index/img.png":             "\x89PNG\x00",
		"utils/util.wxs":                  `module.exports = {}`,
		"utils/util.sjs":                  `export default {}`,
		"node_modules/lodash/lodash.js":   `module.exports = {}`,
		"miniprogram_npm/x/index.js":      `Component({})`,
		"dist/app.js":                     `App({})`,
		"unpackage/dist/dev/app.js":       `App({})`,
		".vscode/settings.json":           `{}`,
		".hidden.js":                      `1`,
		"mock/data.js":                    `module.exports = {}`,
		"docs/readme.md":                  `# 说明`,
		"nested/app.json":                 `{"pages": []}`,
		"nested/pages/x/x.wxml":           `<view/>`,
		"sub/components/c/c.qml":          `<view/>`,
		"sub/components/c/c.generated.js": `1`,
		// a zip made on a Mac: metadata, never code, left out without a word
		"__MACOSX/shop/._app.js":   "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X",
		"__MACOSX/shop/app.js":     `App({})`,
		"pages/index/._index.wxml": "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X",
	})
	p, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, skips := Files(p, Options{MaxFileSize: 1000, Ignore: []string{"mock/", "*.generated.js"}})
	want := []string{".hidden.js", "app.js", "app.json", "pages/index/index.ts", "pages/index/index.wxml", "sub/components/c/c.qml", "utils/util.sjs", "utils/util.wxs"}
	if !eqStrings(files, want) {
		t.Errorf("files\n%v\nwant\n%v", files, want)
	}
	if len(skips) != 4 {
		t.Fatalf("skips %v", skips)
	}
	if s := skips[0]; s.Path != "dist" || !s.Dir || s.Kind != SkipBuildOutput || !s.Kind.Expected() {
		t.Errorf("build output skip %+v", s)
	}
	if s := skips[1]; s.Path != "pages/index/big.js" || s.Kind != SkipTooLarge || s.Kind.Expected() || !strings.Contains(s.Reason, "over the 1000 B limit") || !strings.Contains(s.En, "2.0 KiB") || !strings.Contains(s.Zh, "超过 1000 B 上限") {
		t.Errorf("size skip %+v", s)
	}
	if s := skips[2]; s.Path != "pages/index/blob.js" || s.Kind != SkipBinary || !strings.Contains(s.Reason, "binary") || s.Abs != p.Abs("pages/index/blob.js") {
		t.Errorf("binary skip %+v", s)
	}
	if s := skips[3]; s.Path != "unpackage" || s.Kind != SkipBuildOutput {
		t.Errorf("unpackage skip %+v", s)
	}
	if got := p.Skipped(); len(got) != 4 || got[1] != skips[1] {
		t.Errorf("Files keeps its skips on the project: %v", got)
	}
	// The default limit is 2 MiB.
	files, skips = Files(p, Options{})
	if len(skips) != 3 || len(files) != len(want)+3 {
		t.Errorf("default limit: %v %v", files, skips)
	}
	lib := LibraryFiles(p)
	if !eqStrings(lib, []string{"miniprogram_npm/x/index.js", "node_modules/lodash/lodash.js"}) {
		t.Errorf("library %v", lib)
	}
	if Files(nil, Options{}); LibraryFiles(nil) != nil {
		t.Error("nil project")
	}
	if humanSize(3<<20) != "3.0 MiB" || humanSize(12) != "12 B" {
		t.Error("humanSize")
	}
}
