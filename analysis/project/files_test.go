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
	if len(skips) != 2 {
		t.Fatalf("skips %v", skips)
	}
	if skips[0].Path != "pages/index/big.js" || !strings.Contains(skips[0].Reason, "over the 1000 B limit") || !strings.Contains(skips[0].Reason, "2.0 KiB") {
		t.Errorf("size skip %+v", skips[0])
	}
	if skips[1].Path != "pages/index/blob.js" || !strings.Contains(skips[1].Reason, "binary") || skips[1].Abs != p.Abs("pages/index/blob.js") {
		t.Errorf("binary skip %+v", skips[1])
	}
	// The default limit is 2 MiB.
	files, skips = Files(p, Options{})
	if len(skips) != 1 || len(files) != len(want)+3 {
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
