package flat_test

import (
	"math/rand"
	"reflect"
	"testing"

	"mpls/analysis/flat"
	"mpls/analysis/parse"
	"mpls/analysis/source"
	"mpls/analysis/text"
	"mpls/internal/projgen"
)

// kinds keeps every named node and the "(" token, so dropped tokens,
// kept tokens and MISSING tokens all occur.
var w = flat.NewWalker(func(typ string, named bool) uint8 {
	switch {
	case named:
		return 3
	case typ == "(" || typ == "<":
		return 4
	}
	return 0
}, 1, 2)

var inserts = []string{"a", "最", "😀", "\n", "\r\n", " ", "(", ")", "{", "}", "<", ">", "</view>", "'", "\"", "{{", "}}",
	"wx.getLocation({})", "onLoad() {", "<view class=\"x\">文本</view>", "/*", "*/", "<!--", "-->", ",", ";"}

// TestReuseEqualsFresh edits documents at random (single keystrokes and
// bursts of several edits between walks) and checks that the walk which
// copies reused subtrees from the previous snapshot equals a fresh C walk
// and the Go walk, node for node.
func TestReuseEqualsFresh(t *testing.T) {
	copied := 0
	for _, tc := range []struct{ path, src string }{
		{"a.js", projgen.Script(150)},
		{"a.ts", "type T = { a: number }\n" + projgen.Script(60)},
		{"a.wxml", projgen.Template(120)},
	} {
		rng := rand.New(rand.NewSource(7))
		f := source.New(tc.path, parse.ByExt(tc.path), 1, []byte(tc.src))
		f.LazyFresh = true // keep incremental trees with errors: they reuse most
		snap := w.FlattenReusing(f.Tree, len(f.Text), nil, flat.Edit{})
		for i := 0; i < 300; i++ {
			for n := 1 + rng.Intn(3)*rng.Intn(2); n > 0; n-- { // sometimes a burst
				a := rng.Intn(len(f.Text) + 1)
				b := min(len(f.Text), a+rng.Intn(4)*rng.Intn(2))
				ins := ""
				if rng.Intn(3) > 0 {
					ins = inserts[rng.Intn(len(inserts))]
				}
				r := f.Index.Range(text.Span{Start: a, End: b})
				f.Apply(int32(i+2), []text.Change{{Range: &r, Text: ins}})
			}
			e, _, full := f.TakeEdit()
			if full {
				t.Fatal("unexpected full edit")
			}
			next := w.FlattenReusing(f.Tree, len(f.Text), snap, flat.Edit{Start: e.Start, OldEnd: e.OldEnd, NewEnd: e.NewEnd})
			copied += next.Reused
			fresh, ok := w.WalkC(f.Tree.RootNode(), len(f.Text), nil)
			if !ok {
				t.Fatal("C walk unavailable")
			}
			if !reflect.DeepEqual(next.Nodes(), fresh) {
				t.Fatalf("%s edit %d: reusing walk (%d nodes, %d copied) differs from a fresh walk (%d nodes)", tc.path, i, len(next.Nodes()), next.Reused, len(fresh))
			}
			if i%10 == 0 {
				if slow := w.WalkGo(f.Tree.RootNode(), nil); !reflect.DeepEqual(fresh, slow) {
					t.Fatalf("%s edit %d: C walk differs from the Go walk", tc.path, i)
				}
			}
			// a used-up snapshot gives nothing to a second walk
			again := w.FlattenReusing(f.Tree, len(f.Text), snap, flat.Edit{})
			if again.Reused != 0 || !reflect.DeepEqual(again.Nodes(), fresh) {
				t.Fatalf("%s edit %d: a used-up snapshot was reused", tc.path, i)
			}
			again.Close()
			snap = next
		}
		snap.Close()
		f.Close()
	}
	if copied == 0 {
		t.Fatal("no walk copied anything: the reuse path is not exercised")
	}
}

// An unchanged tree is copied whole.
func TestReuseUnchanged(t *testing.T) {
	src := projgen.Script(300)
	f := source.New("a.js", parse.JavaScript, 1, []byte(src))
	defer f.Close()
	a := w.FlattenReusing(f.Tree, len(src), nil, flat.Edit{})
	b := w.FlattenReusing(f.Tree, len(src), a, flat.Edit{})
	defer b.Close()
	if b.Reused != len(b.Nodes()) || len(b.Nodes()) < 1000 {
		t.Fatalf("copied %d of %d nodes", b.Reused, len(b.Nodes()))
	}
}

var sink []flat.Node

// BenchmarkWalkTemplate5000 compares the C walk with the Go walk (a cgo
// call per node and per step) on the 5,000-line template of the keystroke
// benchmark: go test -bench WalkTemplate5000 ./analysis/flat/
func BenchmarkWalkTemplate5000(b *testing.B) {
	src := projgen.Template(5000)
	f := source.New("a.wxml", parse.Template, 1, []byte(src))
	defer f.Close()
	for _, useC := range []bool{true, false} {
		name := "C"
		if !useC {
			name = "Go"
		}
		b.Run(name, func(b *testing.B) {
			old := flat.UseC
			flat.UseC = useC
			defer func() { flat.UseC = old }()
			var buf []flat.Node
			for i := 0; i < b.N; i++ {
				buf = w.Walk(f.Tree.RootNode(), len(src), buf)
			}
			sink = buf
			b.ReportMetric(float64(len(buf)), "nodes")
		})
	}
}

// BenchmarkWalkReuseScript3000 is the walk of a keystroke in the
// 3,000-line script: the subtrees the parser reused are copied.
func BenchmarkWalkReuseScript3000(b *testing.B) {
	src := projgen.Script(3000)
	f := source.New("a.js", parse.JavaScript, 1, []byte(src))
	f.LazyFresh = true // as the server
	defer f.Close()
	snap := w.FlattenReusing(f.Tree, len(f.Text), nil, flat.Edit{})
	line := f.Index.LineCount() / 2
	at := text.Position{Line: line, Character: 4}
	next := text.Position{Line: line, Character: 5}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := text.Change{Range: &text.Range{Start: at, End: at}, Text: "x"}
		if i%2 == 1 {
			c = text.Change{Range: &text.Range{Start: at, End: next}}
		}
		b.StopTimer()
		f.Apply(int32(i+2), []text.Change{c})
		e, _, _ := f.TakeEdit()
		b.StartTimer()
		snap = w.FlattenReusing(f.Tree, len(f.Text), snap, flat.Edit{Start: e.Start, OldEnd: e.OldEnd, NewEnd: e.NewEnd})
	}
	b.ReportMetric(float64(snap.Reused)/float64(len(snap.Nodes())), "copied/nodes")
	snap.Close()
}
