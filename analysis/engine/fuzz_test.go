package engine

import (
	"fmt"
	"os"
	"reflect"
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
		if len(src) > 4096 {
			t.Skip("input larger than this target explores (the template scanner is quadratic in runs of \"{{\")")
		}
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

// fuzzPieces are what FuzzRebuildEqualsFresh types.
var fuzzPieces = []string{"", "a", "最", "最好", "全网最低", "😀", "\r\n", "\n", "<", ">", "<view>", "</view>", "<text>", "</text>",
	"<button open-type=\"getPhoneNumber\">一键登录</button>", "{{", "}}", "\"", "'", "<!--", "-->", "wx.getLocation({})",
	"onLoad() {", "}", "{", "(", ")", " ", "// 最好", "/*", "*/", "<!-- mpls-disable-next-line content/extreme-words -->"}

// FuzzRebuildEqualsFresh drives a File and Rebuild as the server's
// document worker does: notifications of several changes, analyses that
// take the merged edit of one or more notifications (a burst coalesces),
// and, in the server's LazyFresh mode, the fresh parse of a suspect tree
// when typing pauses. After each analysis without LazyFresh, and after
// each pause with it, the unit's findings equal a fresh build's.
func FuzzRebuildEqualsFresh(f *testing.F) {
	f.Add(uint8(0), false, "<view>你好</view>\n<text>最好</text>\r\n", []byte{2, 1, 3, 1, 4, 5, 9, 0, 0, 0, 1, 7, 1, 2, 2, 2, 40, 1, 0, 0})
	f.Add(uint8(0), true, "<view>你好</view>\n<text>最好</text>\r\n", []byte{1, 0, 2, 0, 9, 2, 1, 1, 1, 3, 0, 3, 7, 0, 0, 20, 0, 1})
	f.Add(uint8(1), true, "Page({\n  onLoad() {\r\n    wx.getLocation({})\n  }\n})\n", []byte{3, 2, 4, 2, 6, 11, 0, 1, 9, 1, 1, 12, 2, 3})
	f.Fuzz(func(t *testing.T, where uint8, lazy bool, start string, script []byte) {
		if len(start) > 4096 {
			t.Skip("input larger than this target explores (the template scanner is quadratic in runs of \"{{\")")
		}
		if len(script) > 400 {
			t.Skip("edit script longer than this target explores")
		}
		path := []string{"pages/index/index.wxml", "pages/map/map.js"}[int(where)%2]
		eng := New(Settings{})
		env := eng.Env(nil, nil)
		file := source.New(path, parse.ByExt(path), 1, []byte(start))
		defer file.Close()
		file.LazyFresh = lazy
		prev := BuildUnit(file, "wx")
		defer func() { Release(prev) }()
		version := int32(1)
		analyse := func() {
			e, edited, full := file.TakeEdit()
			switch {
			case full || prev == nil:
				Release(prev)
				prev = BuildUnit(file, "wx")
			case edited:
				prev = Rebuild(file, "wx", prev, e)
			}
		}
		check := func(when string) {
			t.Helper()
			fresh := source.New(path, parse.ByExt(path), version, append([]byte(nil), file.Text...))
			defer fresh.Close()
			got, want := strip(eng.CheckFile(env, prev)), strip(eng.CheckFile(env, BuildUnit(fresh, "wx")))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: findings of the rebuilt unit differ from a fresh build\ntext: %q\ngot:  %+v\nwant: %+v", when, file.Text, got, want)
			}
		}
		for len(script) >= 4 {
			// one notification of 1-3 changes
			n := 1 + int(script[0])%3
			script = script[1:]
			var changes []text.Change
			for ; n > 0 && len(script) >= 3; n-- {
				x := file.Index
				a := x.Position(int(script[0]) * (len(file.Text) + 1) / 256)
				b := x.Position(min(len(file.Text), x.Offset(a)+int(script[1]%16)))
				changes = append(changes, text.Change{Range: &text.Range{Start: a, End: b}, Text: fuzzPieces[int(script[2])%len(fuzzPieces)]})
				script = script[3:]
			}
			version++
			file.Apply(version, changes)
			// the worker runs after this notification, or after more of them
			if len(script) == 0 || script[0]%3 != 0 {
				analyse()
				if !lazy {
					check(fmt.Sprintf("version %d", version))
				}
			}
			if lazy && (len(script) == 0 || script[0]%5 == 0) {
				// typing pauses: a suspect tree is parsed from scratch
				analyse()
				if file.Suspect() {
					run := file.FreshParse()
					if file.Refresh(run()) {
						analyse()
					}
				}
				check(fmt.Sprintf("pause at version %d", version))
			}
		}
	})
}
