package engine

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
)

var (
	exampleOnce sync.Once
	example     *ProjectResult
)

// exampleProject is testdata/example, checked once: the fuzzed file joins
// its units so project rules see a real mini-program around it.
func exampleProject(t testing.TB) *ProjectResult {
	exampleOnce.Do(func() {
		res, err := New(Settings{}).CheckPath("../../testdata/example")
		if err != nil || len(res.Projects) != 1 {
			panic(fmt.Sprintf("checking the example: %v", err))
		}
		example = res.Projects[0]
	})
	return example
}

// fuzzPaths are where the fuzzed text is placed in the example project.
var fuzzPaths = []string{"pages/index/index.wxml", "pages/map/map.js", "pages/index/index.json", "app.json", "pages/map/util.ts", "pages/map/map.ttml", "pages/map/map.wxs"}

// FuzzCheckFile parses and analyses arbitrary text as a template, script
// or JSON file of a project, on every platform: BuildUnit, CheckFile and
// CheckProject never panic (a rule's panic is caught by the engine, and
// counts as a failure here), and every finding, fix edit and syntax span
// lies inside its file's text.
func FuzzCheckFile(f *testing.F) {
	for i := range fuzzPaths {
		for _, s := range []string{
			"", "<view>最好😀</view>\r\n<button open-type=\"getPhoneNumber\">一键登录</button>",
			"Page({ onLoad() { wx.getLocation({}) } })\n// mpls-disable-next-line nope/x\n",
			"{\"pages\": [\"pages/index/index\", 1, {}], \"permission\": {\"scope.userLocation\": {}}}",
			"<view wx:for=\"{{a}}\" bindtap=\"onTap\">{{\xff\xfe}}</view><",
			"/* mpls-disable content/* */ `${a}` <!-- -->", "\x00\x01binary",
		} {
			f.Add(uint8(i), uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, where, platform uint8, src string) {
		ex := exampleProject(t)
		path := fuzzPaths[int(where)%len(fuzzPaths)]
		var panics []string
		OnPanic = func(id, p string, v any) { panics = append(panics, fmt.Sprintf("%s on %s: %v", id, p, v)) }
		defer func() { OnPanic = nil }()

		eng := New(Settings{Platform: rule.AllPlatforms[int(platform)%len(rule.AllPlatforms)]})
		env := eng.Env(ex.Project, nil)
		file := source.New(path, parse.ByExt(path), 7, []byte(src))
		u := BuildUnit(file, env.Namespace)
		file.Close()
		units := make(map[string]*rule.Unit, len(ex.Units)+1)
		for k, v := range ex.Units {
			units[k] = v
		}
		units[path] = u
		env.Units = units
		fs := eng.CheckFile(env, u)
		fs = append(fs, eng.CheckProject(env)...)
		if len(panics) > 0 {
			t.Fatalf("rules panicked on %q: %v", src, panics)
		}
		inside := func(what, p string, s text.Span) {
			t.Helper()
			un := units[p]
			if un == nil {
				t.Fatalf("%s in unknown file %q", what, p)
			}
			if s.Start < 0 || s.Start > s.End || s.End > len(un.Text) {
				t.Fatalf("%s span %+v outside %s (%d bytes); text %q", what, s, p, len(un.Text), src)
			}
		}
		for _, sp := range u.Syntax {
			inside("syntax error", path, sp)
		}
		for _, fd := range fs {
			inside("finding "+fd.Rule, fd.Path, fd.Span)
			for _, fx := range fd.Fixes {
				for _, e := range fx.Edits {
					p := e.Path
					if p == "" {
						p = fd.Path
					}
					if _, ok := units[p]; !ok {
						continue // a fix may create a file
					}
					inside("fix of "+fd.Rule, p, e.Span)
				}
			}
			// the server converts every span to a range: it must not panic
			// and must stay within the text's lines
			r := units[fd.Path].Index.Range(fd.Span)
			if r.End.Line >= units[fd.Path].Index.LineCount() {
				t.Fatalf("range %+v past the last line", r)
			}
		}
	})
}

// TestCheckFileDeepNesting: 10,000 nested elements and 10,000 nested
// brackets parse, analyse and check without a stack overflow.
func TestCheckFileDeepNesting(t *testing.T) {
	const depth = 10000
	cases := map[string]string{
		"pages/index/index.wxml": repeat("<view>", depth) + "最好" + repeat("</view>", depth),
		"pages/map/map.js":       "Page({ onLoad() { const a = " + repeat("[", depth) + repeat("]", depth) + "; " + repeat("(", depth) + "wx.getLocation({})" + repeat(")", depth) + " } })",
		"pages/map/fn.js":        repeat("function f() {", depth) + "wx.getLocation({})" + repeat("}", depth),
		"pages/map/obj.js":       "Page(" + repeat("{a:", depth) + "1" + repeat("}", depth) + ")",
		"app.json":               repeat("[", depth) + repeat("]", depth),
		"pages/index/index.json": repeat("{\"a\":", depth) + "1" + repeat("}", depth),
	}
	ex := exampleProject(t)
	for path, src := range cases {
		var panics []string
		OnPanic = func(id, p string, v any) { panics = append(panics, fmt.Sprintf("%s: %v", id, v)) }
		eng := New(Settings{})
		env := eng.Env(ex.Project, nil)
		file := source.New(path, parse.ByExt(path), 1, []byte(src))
		u := BuildUnit(file, env.Namespace)
		file.Close()
		units := map[string]*rule.Unit{}
		for k, v := range ex.Units {
			units[k] = v
		}
		units[path] = u
		env.Units = units
		fs := eng.CheckFile(env, u)
		fs = append(fs, eng.CheckProject(env)...)
		OnPanic = nil
		if len(panics) > 0 {
			t.Errorf("%s: rules panicked: %v", path, panics)
		}
		for _, fd := range fs {
			if un := units[fd.Path]; un != nil && (fd.Span.Start < 0 || fd.Span.Start > fd.Span.End || fd.Span.End > len(un.Text)) {
				t.Errorf("%s: finding %s span %+v out of bounds", path, fd.Rule, fd.Span)
			}
		}
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

var _ = os.ReadFile
