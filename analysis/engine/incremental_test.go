package engine

import (
	"fmt"
	"math/rand"
	"mpls/analysis/template"
	"os"
	"reflect"
	"strings"
	"testing"

	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
	"mpls/internal/projgen"
)

// pieces random edits insert: CJK, emoji, CRLF, markup and code fragments.
var pieces = []string{"a", "最", "你好", "😀", "👨‍👩‍👧", "\r\n", "\n", "<", ">", "</view>", "<button open-type=\"getPhoneNumber\">一键登录</button>",
	"{{", "}}", "\"", "'", "wx.getLocation({})", "onLoad() {", "}", "(", ")", " ", "\t", "最好", "<!-- mpls-disable-next-line content/extreme-words -->"}

// TestIncrementalEqualsFresh applies many random edits to templates and
// scripts through the incremental path (tree.Edit + reparse) and checks,
// after each edit, that the tree and the findings equal a fresh parse's.
func TestIncrementalEqualsFresh(t *testing.T) {
	eng := New(Settings{})
	for _, tc := range []struct{ path, file, src string }{
		{"pages/index/index.wxml", "../../testdata/example/pages/index/index.wxml", ""},
		{"pages/map/map.js", "../../testdata/example/pages/map/map.js", ""},
		{"app.json", "../../testdata/example/app.json", ""},
		// a bigger script: most of its flat tree is copied from the last walk
		{"pages/big/index.js", "", projgen.Script(120)},
		{"pages/big/index.ts", "", "interface P { a: number }\n" + projgen.Script(60)},
	} {
		src := []byte(tc.src)
		if tc.file != "" {
			var err error
			if src, err = os.ReadFile(tc.file); err != nil {
				t.Fatal(err)
			}
		}
		rng := rand.New(rand.NewSource(42))
		lang := parse.ByExt(tc.path)
		f := source.New(tc.path, lang, 1, src)
		env := eng.Env(nil, nil)
		prev := BuildUnit(f, "wx")
		for i := 0; i < 400; i++ {
			// pick a random range by LSP position (clamping included)
			x := f.Index
			a := x.Position(rng.Intn(len(f.Text) + 1))
			b := a
			if rng.Intn(2) == 0 {
				b = x.Position(min(len(f.Text), x.Offset(a)+rng.Intn(12)))
			}
			if rng.Intn(20) == 0 {
				b = text.Position{Line: b.Line + 3, Character: 99} // past the end
			}
			ins := ""
			if rng.Intn(3) > 0 {
				ins = pieces[rng.Intn(len(pieces))]
			}
			changes := []text.Change{{Range: &text.Range{Start: a, End: b}, Text: ins}}
			if rng.Intn(4) == 0 { // several changes in one notification
				changes = append(changes, text.Change{Range: &text.Range{Start: text.Position{}, End: text.Position{}}, Text: pieces[rng.Intn(len(pieces))]})
			}
			f.Apply(int32(i+2), changes)
			fresh := source.New(tc.path, lang, int32(i+2), append([]byte(nil), f.Text...))
			if got, want := f.Tree.RootNode().String(), fresh.Tree.RootNode().String(); got != want {
				t.Fatalf("%s edit %d: incremental tree differs from fresh parse\ninc:   %.300s\nfresh: %.300s", tc.path, i, got, want)
			}
			// the facts the server builds after an edit (template facts are
			// spliced around the edit) must equal a fresh build's
			e, _, full := f.TakeEdit()
			var u = BuildUnit(f, "wx")
			if !full {
				u = Rebuild(f, "wx", prev, e)
			}
			prev = u
			if u.Script != nil {
				// script facts come from a flat tree that copies what the
				// parser reused from the last walk: equal to a fresh walk's
				if want := BuildUnit(fresh, "wx").Script; !reflect.DeepEqual(u.Script, want) {
					t.Fatalf("%s edit %d: script facts (reused walk) differ from fresh\ntext: %q\ninc:   %+v\nfresh: %+v", tc.path, i, f.Text, u.Script, want)
				}
			}
			if u.Template != nil {
				if got, want := facts(u), facts(BuildUnit(fresh, "wx")); got != want {
					t.Fatalf("%s edit %d: spliced template facts differ from fresh\ntext: %q\ninc:   %s\nfresh: %s", tc.path, i, f.Text, got, want)
				}
			}
			if i%5 == 0 || u.Template != nil {
				gotF := eng.CheckFile(env, u)
				wantF := eng.CheckFile(env, BuildUnit(fresh, "wx"))
				if !reflect.DeepEqual(strip(gotF), strip(wantF)) {
					t.Fatalf("%s edit %d: findings differ\ninc:   %+v\nfresh: %+v", tc.path, i, gotF, wantF)
				}
			}
			fresh.Close()
		}
		Release(prev)
		f.Close()
	}
}

// TestScriptReuseEqualsWalk: in the server's mode (LazyFresh: incremental
// trees with syntax errors are kept until typing pauses) the script facts
// Rebuild computes from a flat tree that copies what the parser reused
// equal the facts of a full walk of the same tree, edit after edit, bursts
// of edits included; and the copying does happen.
func TestScriptReuseEqualsWalk(t *testing.T) {
	reused, nodes := 0, 0
	for _, tc := range []struct{ path, src string }{
		{"pages/big/index.js", projgen.Script(200)},
		{"pages/big/index.ts", "interface P { a: number }\n" + projgen.Script(80)},
	} {
		rng := rand.New(rand.NewSource(11))
		f := source.New(tc.path, parse.ByExt(tc.path), 1, []byte(tc.src))
		f.LazyFresh = true
		prev := Rebuild(f, "wx", BuildUnit(f, "wx"), text.ByteEdit{})
		for i := 0; i < 300; i++ {
			for n := 1 + rng.Intn(2)*rng.Intn(4); n > 0; n-- {
				a := rng.Intn(len(f.Text) + 1)
				b := min(len(f.Text), a+rng.Intn(3)*rng.Intn(6))
				ins := ""
				if rng.Intn(3) > 0 {
					ins = pieces[rng.Intn(len(pieces))]
				}
				if strings.Contains(ins, "<!--") {
					// a script with an HTML-like comment is parsed afresh
					// (source.File.reparse): nothing would be reused
					ins = ""
				}
				r := f.Index.Range(text.Span{Start: a, End: b})
				f.Apply(int32(i+2), []text.Change{{Range: &r, Text: ins}})
			}
			e, _, full := f.TakeEdit()
			if full {
				t.Fatalf("edit %d: unexpected full edit", i)
			}
			u := Rebuild(f, "wx", prev, e)
			if u.Walk == nil {
				t.Fatalf("edit %d: Rebuild kept no walk", i)
			}
			reused, nodes = reused+u.Walk.Reused, nodes+len(u.Walk.Nodes())
			if want := BuildUnit(f, "wx").Script; !reflect.DeepEqual(u.Script, want) {
				t.Fatalf("%s edit %d: script facts of the reusing walk differ from a full walk's\ntext: %q", tc.path, i, f.Text)
			}
			prev = u
		}
		Release(prev)
		f.Close()
	}
	// random edits soon leave big ERROR regions that the parser rebuilds,
	// and bursts merge into wide edits: far less is copied than when typing
	// (BenchmarkWalkReuseScript3000 in analysis/flat: 98%)
	if reused < nodes/5 {
		t.Fatalf("walks copied %d of %d nodes: the reuse path is hardly exercised", reused, nodes)
	}
	t.Logf("walks copied %d of %d nodes", reused, nodes)
}

func strip(fs []rule.Finding) []rule.Finding {
	for i := range fs {
		fs[i].Fixes = nil
	}
	return fs
}

// facts renders template facts in a canonical order for comparison.
func facts(u *rule.Unit) string {
	t := u.Template
	var b []string
	for _, e := range t.Elements {
		b = append(b, fmt.Sprintf("E %s %v %v %v %v p=%d %v", e.Tag, e.Span, e.TagSpan, e.StartTag, e.Content, e.Parent, e.Attrs))
	}
	var rest []string
	for _, x := range t.Texts {
		rest = append(rest, fmt.Sprintf("T %v %q %d %s", x.Span, x.Text, x.Elem, x.Attr))
	}
	for _, x := range t.Bindings {
		rest = append(rest, fmt.Sprintf("B %v %+v", x.HandlerSpan, x))
	}
	for _, x := range t.Interps {
		rest = append(rest, fmt.Sprintf("I %+v", x))
	}
	for _, x := range t.Comments {
		rest = append(rest, fmt.Sprintf("C %+v", x))
	}
	for _, x := range t.Errors {
		rest = append(rest, fmt.Sprintf("X %+v", x))
	}
	return strings.Join(append(b, rest...), "\n")
}

func TestSpliceIsUsed(t *testing.T) {
	before := template.Spliced.Load()
	TestIncrementalEqualsFresh(t)
	if template.Spliced.Load()-before < 50 {
		t.Fatalf("template facts were spliced only %d times: the incremental path is not exercised", template.Spliced.Load()-before)
	}
	t.Logf("spliced %d times", template.Spliced.Load()-before)
}
