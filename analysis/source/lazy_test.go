package source

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/parse"
	"mpls/analysis/text"
)

// The edit sent to tree-sitter carries the right new end point (go-tree-
// sitter's Tree.Edit passes the old one): after an edit that adds a line,
// the edited tree's rows already match the new text.
func TestEditTreePoints(t *testing.T) {
	f := New("a.js", parse.JavaScript, 1, []byte("a()\nb()\n"))
	defer f.Close()
	if treePtr(f.Tree) == nil {
		t.Fatal("the TSTree pointer was not found: editTree falls back to the buggy Tree.Edit")
	}
	old := f.Tree.Copy()
	defer old.Close()
	editTree(old, editInput(f, 0, 0, "x()\n"))
	if got := old.RootNode().EndPoint().Row; got != 3 {
		t.Fatalf("edited tree ends on row %d, want 3", got)
	}
}

func editInput(f *File, start, end int, ins string) (e sitter.EditInput) {
	sp, op := f.Index.Point(start), f.Index.Point(end)
	np := sp
	for i := 0; i < len(ins); i++ {
		if ins[i] == '\n' {
			np.Row, np.Column = np.Row+1, 0
		} else {
			np.Column++
		}
	}
	e.StartIndex, e.OldEndIndex, e.NewEndIndex = uint32(start), uint32(end), uint32(start+len(ins))
	e.StartPoint.Row, e.StartPoint.Column = sp.Row, sp.Column
	e.OldEndPoint.Row, e.OldEndPoint.Column = op.Row, op.Column
	e.NewEndPoint.Row, e.NewEndPoint.Column = np.Row, np.Column
	return e
}

// LazyFresh keeps an erroneous incremental tree (Suspect); FreshParse and
// Refresh later put a fresh parse in its place, refusing one of an older
// text.
func TestLazyFresh(t *testing.T) {
	f := New("a.js", parse.JavaScript, 1, []byte("Page({\n  onLoad() {}\n})\n"))
	defer f.Close()
	f.LazyFresh = true
	at := text.Position{Line: 1, Character: 2}
	f.Apply(2, []text.Change{{Range: &text.Range{Start: at, End: at}, Text: "(( ]"}})
	if !f.Tree.RootNode().HasError() || !f.Suspect() {
		t.Fatalf("an erroneous incremental tree should be kept and suspect (error %v, suspect %v)", f.Tree.RootNode().HasError(), f.Suspect())
	}
	stale := f.FreshParse()()
	f.Apply(3, []text.Change{{Range: &text.Range{Start: at, End: at}, Text: " "}})
	if f.Refresh(stale) {
		t.Fatal("a fresh parse of an older text was installed")
	}
	f.TakeEdit()
	r := f.FreshParse()()
	fresh := New("a.js", parse.JavaScript, 3, append([]byte(nil), f.Text...))
	defer fresh.Close()
	replaced := f.Refresh(r)
	if f.Suspect() {
		t.Fatal("still suspect after Refresh")
	}
	if got, want := f.Tree.RootNode().String(), fresh.Tree.RootNode().String(); got != want {
		t.Fatalf("after Refresh the tree differs from a fresh parse")
	}
	if _, _, full := f.TakeEdit(); replaced && !full {
		t.Fatal("a replaced tree must make the next TakeEdit full")
	}
	// a valid text is never suspect
	f.Apply(4, []text.Change{{Text: "Page({})\n"}})
	if f.Suspect() {
		t.Fatal("a whole-text parse is never suspect")
	}
}

// A Deferred file has no tree until its owner installs a parse of the
// current text: edits meanwhile only change the text, a parse of an older
// text is refused, and the installed tree equals a fresh parse; later
// keystrokes reparse incrementally, a whole-text change defers again.
func TestDeferred(t *testing.T) {
	f := NewDeferred("pages/a.wxml", parse.Template, 1, []byte("<view>😀 最好</view>\n"))
	defer f.Close()
	if !f.Unparsed() || f.Tree != nil {
		t.Fatal("NewDeferred parsed on the spot")
	}
	stale := f.FreshParse()
	at := text.Position{Line: 0, Character: 6}
	f.Apply(2, []text.Change{{Range: &text.Range{Start: at, End: at}, Text: "<text>你好</text>"}})
	if !f.Unparsed() || f.Tree != nil || string(f.Text) != "<view><text>你好</text>😀 最好</view>\n" {
		t.Fatalf("edit of an unparsed file: unparsed %v, text %q", f.Unparsed(), f.Text)
	}
	if f.Install(stale()) {
		t.Fatal("a parse of an older text was installed")
	}
	if !f.Install(f.FreshParse()()) || f.Unparsed() || f.Tree == nil {
		t.Fatal("Install of a parse of the current text failed")
	}
	if _, _, full := f.TakeEdit(); !full {
		t.Fatal("the first analysis after Install must be a full one")
	}
	fresh := New("pages/a.wxml", parse.Template, 2, append([]byte(nil), f.Text...))
	defer fresh.Close()
	if f.Tree.RootNode().String() != fresh.Tree.RootNode().String() {
		t.Fatal("installed tree differs from a fresh parse")
	}
	// a keystroke now: incremental, parsed at once
	f.Apply(3, []text.Change{{Range: &text.Range{Start: at, End: at}, Text: " "}})
	if f.Unparsed() || f.Tree == nil {
		t.Fatal("a keystroke in a parsed file was deferred")
	}
	// a whole-text change waits for the owner again
	f.Apply(4, []text.Change{{Text: "<view/>\n"}})
	if !f.Unparsed() || f.Tree != nil {
		t.Fatal("a whole-text change was parsed on the spot")
	}
	// a skipped text is never waiting
	g := NewDeferred("b.wxml", parse.Template, 1, []byte("a\x00b"))
	if g.Unparsed() || g.Skip == "" {
		t.Fatalf("binary text: unparsed %v, skip %q", g.Unparsed(), g.Skip)
	}
}
