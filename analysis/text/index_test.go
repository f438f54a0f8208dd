package text

import (
	"testing"
	"unicode/utf8"
)

func TestPositionCJKAndEmoji(t *testing.T) {
	src := []byte("ab\n你好😀x\r\ny")
	x := NewIndex(src)
	off := len("ab\n你好😀") // byte offset of x
	if got := x.Position(off); got != (Position{1, 4}) {
		t.Fatalf("x at %v, want 1:4 (你=1 好=1 😀=2)", got)
	}
	if got := x.Offset(Position{1, 4}); got != off {
		t.Fatalf("offset %d want %d", got, off)
	}
	// inside the surrogate pair: lands before the emoji
	if got := x.Offset(Position{1, 3}); got != len("ab\n你好") {
		t.Fatalf("mid-surrogate offset %d", got)
	}
	// past line end clamps before CRLF
	if got := x.Offset(Position{1, 99}); got != len("ab\n你好😀x") {
		t.Fatalf("clamp %d", got)
	}
	if got := x.Position(len(src)); got != (Position{2, 1}) {
		t.Fatalf("eof %v", got)
	}
	if got := x.Offset(Position{9, 0}); got != len(src) {
		t.Fatalf("line past end %d", got)
	}
	pt := x.Point(len(src))
	if pt.Row != 2 || pt.Column != 1 {
		t.Fatalf("point %v", pt)
	}
}

func TestLoneCR(t *testing.T) {
	x := NewIndex([]byte("a\rb"))
	if got := x.Position(2); got != (Position{1, 0}) {
		t.Fatalf("%v", got)
	}
}

func TestApplyAndMerge(t *testing.T) {
	x := NewIndex([]byte("hello 世界"))
	r := Range{Start: Position{0, 6}, End: Position{0, 8}}
	out, e := x.Apply(Change{Range: &r, Text: "中国人"})
	if string(out) != "hello 中国人" || e.Start != 6 || e.OldEnd != 12 || e.NewEnd != 15 {
		t.Fatalf("%q %+v", out, e)
	}
	// two edits: insert at 0, then delete at end
	a := ByteEdit{Start: 0, OldEnd: 0, NewEnd: 2}    // "xx" + text
	b := ByteEdit{Start: 10, OldEnd: 12, NewEnd: 10} // delete two bytes
	m := Merge([]ByteEdit{a, b})
	if m.Start != 0 || m.OldEnd != 10 || m.NewEnd != 10 {
		t.Fatalf("%+v", m)
	}
}

// FuzzRoundTrip: every offset at a rune boundary survives
// offset -> position -> offset, and positions never exceed the text.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"", "a\nb", "你好\r\n😀", "\r\r\n\n", "\xff\xfe 中"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, off int) {
		b := []byte(s)
		x := NewIndex(b)
		if off < 0 {
			off = -off
		}
		if len(b) > 0 {
			off %= len(b) + 1
		} else {
			off = 0
		}
		p := x.Position(off)
		back := x.Offset(p)
		if back > off {
			t.Fatalf("offset %d -> %v -> %d", off, p, back)
		}
		if utf8.Valid(b) && utf8.RuneStart(at(b, off)) && !inTerminator(b, off) && back != off {
			t.Fatalf("offset %d -> %v -> %d", off, p, back)
		}
		r := Range{Start: p, End: Position{p.Line + 1, 0}}
		out, e := x.Apply(Change{Range: &r, Text: "é"})
		if e.Start > e.OldEnd || e.OldEnd > len(b) || len(out) != len(b)-(e.OldEnd-e.Start)+2 {
			t.Fatalf("bad edit %+v", e)
		}
	})
}

func at(b []byte, i int) byte {
	if i >= len(b) {
		return 0
	}
	return b[i]
}

// inTerminator: offset between \r and \n can't be addressed by LSP.
func inTerminator(b []byte, off int) bool {
	return off > 0 && off < len(b) && b[off-1] == '\r' && b[off] == '\n'
}
