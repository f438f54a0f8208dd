// Package source holds one file's text, its position index and its syntax
// tree, kept in step through incremental edits.
package source

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/parse"
	"mpls/analysis/text"
)

// MaxBytes is the largest file mpls parses. Larger files are skipped with a
// message rather than risking the editor's memory and latency.
var MaxBytes = 4 << 20

// File is one source file. It is owned by one goroutine at a time: its tree
// is not safe for concurrent use.
type File struct {
	Path    string // slash-separated, relative to the project root
	Lang    parse.Lang
	Version int32
	Text    []byte
	Index   *text.Index
	Tree    *sitter.Tree // nil when skipped
	Skip    string       // why the file is not analysed, if it is not
	// Changed is the byte region the last edit touched in the new text
	// (nil after a full parse): incremental consumers re-read only there.
	Changed *text.Span
	// pending merges the edits since TakeEdit; pendingFull is set when a
	// whole-text change or a full reparse happened meanwhile.
	pending     *text.ByteEdit
	pendingFull bool
	// LazyFresh keeps an erroneous incremental parse instead of parsing
	// the text again from scratch at once (see reparse): Suspect then
	// reports it, and the owner calls FreshParse and Refresh when it has
	// time. The server sets it: a keystroke in a file with a syntax error
	// would otherwise cost a full parse on the read loop.
	LazyFresh bool
	suspect   bool
	// deferred (NewDeferred) leaves full parses (the first one, a
	// whole-text change) to the owner instead of doing them in New or
	// Apply: Unparsed then reports it, and the owner parses with FreshParse
	// and Install off its lock. The server's documents are deferred: opening
	// a 3 MB file would otherwise hold its read loop for a whole parse.
	deferred bool
	unparsed bool
	gen      uint64 // counts text changes (a Refresh of an older text is refused)
}

// Suspect reports that the tree came from an incremental parse with syntax
// errors, kept because of LazyFresh: it may differ from a fresh parse.
func (f *File) Suspect() bool { return f.suspect }

// Fresh is a parse from scratch, for Refresh.
type Fresh struct {
	gen  uint64
	tree *sitter.Tree
}

// Close frees a result that was not installed.
func (r *Fresh) Close() {
	if r.tree != nil {
		r.tree.Close()
		r.tree = nil
	}
}

// FreshParse returns a function that parses the current text from
// scratch. The function touches nothing of f: it may run without the lock
// that guards f, while Apply goes on. Hand its result to Refresh.
func (f *File) FreshParse() func() *Fresh {
	lang, src, gen := f.Lang, f.Text, f.gen
	return func() *Fresh {
		t, err := parse.Parse(context.Background(), lang, nil, src)
		if err != nil {
			return &Fresh{gen: gen}
		}
		return &Fresh{gen: gen, tree: t}
	}
}

// Refresh replaces a suspect tree by a FreshParse result of the same text
// when the two differ, and reports whether it did (the next TakeEdit is
// then a full one: rebuild from scratch). A result for an older text, or
// for a tree that is no longer suspect, is dropped.
func (f *File) Refresh(r *Fresh) bool {
	defer r.Close()
	if !f.suspect || r.gen != f.gen || r.tree == nil || f.Tree == nil {
		return false
	}
	f.suspect = false
	if f.Tree.RootNode().String() == r.tree.RootNode().String() {
		return false
	}
	f.Tree.Close()
	f.Tree, r.tree = r.tree, nil
	f.Changed, f.pending, f.pendingFull = nil, nil, true
	return true
}

// TakeEdit returns the merged byte edit since the last call (against the
// text of that time) and forgets it. ok is false when there was no edit,
// full is true when the text was replaced whole (no usable edit).
func (f *File) TakeEdit() (e text.ByteEdit, ok, full bool) {
	if f.pendingFull {
		f.pendingFull, f.pending = false, nil
		return e, true, true
	}
	if f.pending == nil {
		return e, false, false
	}
	e = *f.pending
	f.pending = nil
	return e, true, false
}

// Dialect is the template extension without the dot ("wxml", "ttml", …).
func (f *File) Dialect() string {
	return strings.TrimPrefix(strings.ToLower(path.Ext(f.Path)), ".")
}

// NewDeferred builds a file whose full parses are left to the owner
// (see Unparsed): it has no tree until Install.
func NewDeferred(p string, lang parse.Lang, version int32, src []byte) *File {
	f := &File{Path: p, Lang: lang, Version: version, deferred: true}
	f.setText(src)
	f.defer1()
	return f
}

// defer1 marks the text as waiting for a full parse by the owner (unless
// it is not to be parsed at all).
func (f *File) defer1() {
	f.suspect = false
	f.Skip = skipReason(f.Text)
	if f.Tree != nil {
		f.Tree.Close()
		f.Tree = nil
	}
	f.unparsed = f.Skip == "" && f.Lang != parse.None
	f.Changed, f.pending, f.pendingFull = nil, nil, true
}

// Unparsed reports a Deferred file whose text waits for a full parse.
func (f *File) Unparsed() bool { return f.unparsed }

// Install puts a FreshParse result of the current text in place of the
// missing tree of an Unparsed file and reports whether the file is now
// parsed; a result for an older text is dropped (parse again).
func (f *File) Install(r *Fresh) bool {
	defer r.Close()
	if !f.unparsed {
		return true
	}
	if r.gen != f.gen {
		return false
	}
	f.unparsed = false
	if r.tree == nil {
		f.Skip = "parse failed"
		return true
	}
	f.Tree, r.tree = r.tree, nil
	f.Changed, f.pending, f.pendingFull = nil, nil, true
	return true
}

// New builds a file and parses it from scratch.
func New(p string, lang parse.Lang, version int32, src []byte) *File {
	f := &File{Path: p, Lang: lang, Version: version}
	f.setText(src)
	f.reparse(nil)
	return f
}

func (f *File) setText(src []byte) {
	f.Text = src
	f.Index = text.NewIndex(src)
	f.gen++
}

// skipReason says why src should not be parsed, or "".
func skipReason(src []byte) string {
	if len(src) > MaxBytes {
		return fmt.Sprintf("file is %d MB, over mpls's %d MB limit: not analysed", len(src)>>20, MaxBytes>>20)
	}
	head := src
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary file (NUL bytes): not analysed"
	}
	return ""
}

// reparse parses f.Text, incrementally when old was edited to match.
func (f *File) reparse(old *sitter.Tree) {
	f.suspect = false
	f.Skip = skipReason(f.Text)
	if f.Skip != "" || f.Lang == parse.None {
		if old != nil {
			old.Close()
		}
		if f.Tree != nil && f.Tree != old {
			f.Tree.Close()
		}
		f.Tree = nil
		return
	}
	// JavaScript's HTML-like comments ("<!--" and a line's leading "-->"
	// start a line comment) are lexed by a context the incremental parse
	// does not keep: it can even return a tree without errors where a fresh
	// parse has some (found by FuzzRebuildEqualsFresh). A script that holds
	// them is parsed afresh.
	if old != nil && f.Lang.IsScript() && (bytes.Contains(f.Text, []byte("<!--")) || bytes.Contains(f.Text, []byte("-->"))) {
		old.Close()
		old = nil
	}
	t, err := parse.Parse(context.Background(), f.Lang, old, f.Text)
	if old != nil {
		old.Close()
		// Around syntax errors tree-sitter's incremental parse can differ
		// from a fresh one, even for an edit that changes no byte (found by
		// FuzzIncrementalEdits with JavaScript's "<!--"): the tree would
		// drift from the buffer until the next full parse. An erroneous
		// result is parsed again from scratch.
		// (With LazyFresh the owner does that later, off the keystroke.)
		if err == nil && t.RootNode().HasError() {
			if f.LazyFresh {
				f.suspect = true
			} else {
				t.Close()
				t, err = parse.Parse(context.Background(), f.Lang, nil, f.Text)
			}
		}
	}
	if err != nil {
		f.Skip = "parse failed: " + err.Error()
		f.Tree = nil
		return
	}
	f.Tree = t
}

// Apply applies an editor's changes in order and reparses incrementally:
// the old tree is edited with the merged byte edit and handed to the parser.
func (f *File) Apply(version int32, changes []text.Change) {
	if len(changes) == 0 {
		f.Version = version
		return
	}
	edits := make([]text.ByteEdit, 0, len(changes))
	origIndex := f.Index
	full := false
	for _, c := range changes {
		if c.Range == nil {
			full = true
		}
		out, e := f.Index.Apply(c)
		edits = append(edits, e)
		f.setText(out)
	}
	f.Version = version
	if f.deferred && (full || f.unparsed) {
		f.defer1() // the owner parses the new text
		return
	}
	old := f.Tree
	f.Tree = nil
	if full || old == nil {
		if old != nil {
			old.Close()
		}
		f.Changed = nil
		f.pendingFull = true
		f.reparse(nil)
		return
	}
	m := text.Merge(edits)
	if f.pending != nil {
		merged := text.Merge([]text.ByteEdit{*f.pending, m})
		f.pending = &merged
	} else {
		f.pending = &text.ByteEdit{Start: m.Start, OldEnd: m.OldEnd, NewEnd: m.NewEnd}
	}
	sp, op, np := origIndex.Point(m.Start), origIndex.Point(m.OldEnd), f.Index.Point(m.NewEnd)
	editTree(old, sitter.EditInput{
		StartIndex: uint32(m.Start), OldEndIndex: uint32(m.OldEnd), NewEndIndex: uint32(m.NewEnd),
		StartPoint:  sitter.Point{Row: sp.Row, Column: sp.Column},
		OldEndPoint: sitter.Point{Row: op.Row, Column: op.Column},
		NewEndPoint: sitter.Point{Row: np.Row, Column: np.Column},
	})
	f.Changed = &text.Span{Start: m.Start, End: m.NewEnd}
	f.reparse(old)
}

// Close frees the tree's C memory.
func (f *File) Close() {
	if f.Tree != nil {
		f.Tree.Close()
		f.Tree = nil
	}
}

// SyntaxErrors lists ERROR and MISSING nodes (outermost only).
func (f *File) SyntaxErrors() []text.Span {
	if f.Tree == nil {
		return nil
	}
	root := f.Tree.RootNode()
	if !root.HasError() {
		return nil
	}
	var out []text.Span
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if n.IsError() || n.IsMissing() {
			out = append(out, text.Span{Start: int(n.StartByte()), End: int(n.EndByte())})
			return
		}
		if !n.HasError() || depth > 2000 {
			return
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i), depth+1)
		}
	}
	walk(root, 0)
	return out
}
