package text

import (
	"testing"
	"unicode/utf8"
)

// refLines splits b at "\n", "\r\n" and lone "\r" (LSP's terminators) and
// returns each line's content span and the span including its terminator.
// It is written independently of Index, which the fuzz targets check.
func refLines(b []byte) (content, full []Span) {
	start := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			content = append(content, Span{start, i})
			full = append(full, Span{start, i + 1})
			start = i + 1
		case '\r':
			end := i + 1
			if i+1 < len(b) && b[i+1] == '\n' {
				end = i + 2
			}
			content = append(content, Span{start, i})
			full = append(full, Span{start, end})
			start = end
			i = end - 1
		}
	}
	content = append(content, Span{start, len(b)})
	full = append(full, Span{start, len(b)})
	return content, full
}

// refOffset is the byte offset of an LSP position, clamped as the spec
// says: a line past the end is the end of the text, a character past the
// line's content is the end of the content, and a character inside a
// surrogate pair is the start of that character.
func refOffset(b []byte, p Position) int {
	content, _ := refLines(b)
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(content) {
		return len(b)
	}
	line := content[p.Line]
	units := 0
	for off := line.Start; off < line.End; {
		r, size := utf8.DecodeRune(b[off:line.End])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > p.Character {
			return off
		}
		units += w
		off += size
	}
	return line.End
}

// refPosition is the LSP position of a byte offset (clamped; an offset
// inside a character or a CRLF counts as the character's start).
func refPosition(b []byte, off int) Position {
	off = max(0, min(off, len(b)))
	_, full := refLines(b)
	line := len(full) - 1
	for i, s := range full {
		if off < s.End || i == len(full)-1 {
			line = i
			break
		}
	}
	units := 0
	for i := full[line].Start; i < off; {
		r, size := utf8.DecodeRune(b[i:])
		if i+size > off {
			break
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return Position{Line: line, Character: units}
}

// FuzzIndexAgainstReference compares Index's conversions and Apply with a
// plain reference implementation, on any bytes (CJK, emoji, CRLF, lone
// CR, invalid UTF-8) and any positions, including negative and past-end.
func FuzzIndexAgainstReference(f *testing.F) {
	for _, s := range []string{"", "a\nb", "你好\r\n😀x", "\r\r\n\n", "\xff\xfe 中\r", "👨‍👩‍👧\n\n", "<view>最好</view>\r\n"} {
		f.Add(s, 1, 2, 0, 5, "é")
		f.Add(s, 0, 99, 7, -1, "\r\n😀")
	}
	f.Fuzz(func(t *testing.T, s string, l1, c1, l2, c2 int, ins string) {
		b := []byte(s)
		x := NewIndex(b)
		content, _ := refLines(b)
		if x.LineCount() != len(content) {
			t.Fatalf("LineCount %d, reference %d", x.LineCount(), len(content))
		}
		p1, p2 := Position{l1 % 8, c1 % 40}, Position{l2 % 8, c2 % 40}
		for _, p := range []Position{p1, p2} {
			if got, want := x.Offset(p), refOffset(b, p); got != want {
				t.Fatalf("Offset(%v) = %d, reference %d", p, got, want)
			}
		}
		for off := -1; off <= len(b)+1; off++ {
			got, want := x.Position(off), refPosition(b, off)
			if got != want {
				t.Fatalf("Position(%d) = %v, reference %v", off, got, want)
			}
			pt := x.Point(max(off, 0))
			o := max(0, min(off, len(b)))
			row, col := 0, o
			for i := 0; i < o; i++ {
				if b[i] == '\n' {
					row, col = row+1, o-i-1
				}
			}
			if int(pt.Row) != row || int(pt.Column) != col {
				t.Fatalf("Point(%d) = %v, want %d:%d", off, pt, row, col)
			}
		}
		// Apply equals splicing the reference offsets, and its edit
		// describes exactly that splice.
		r := Range{Start: p1, End: p2}
		out, e := x.Apply(Change{Range: &r, Text: ins})
		a, z := refOffset(b, p1), refOffset(b, p2)
		if a > z {
			a, z = z, a
		}
		want := string(b[:a]) + ins + string(b[z:])
		if string(out) != want {
			t.Fatalf("Apply(%v, %q) = %q, want %q", r, ins, out, want)
		}
		if e.Start != a || e.OldEnd != z || e.NewEnd != a+len(ins) {
			t.Fatalf("edit %+v, want %d %d %d", e, a, z, a+len(ins))
		}
		nx := NewIndex(out)
		if e.StartPt != x.Point(a) || e.OldEndPt != x.Point(z) || e.NewEndPt != nx.Point(e.NewEnd) {
			t.Fatalf("edit points %+v; want %v %v %v", e, x.Point(a), x.Point(z), nx.Point(e.NewEnd))
		}
		// a whole-text change replaces everything
		out, e = x.Apply(Change{Text: ins})
		if string(out) != ins || e.Start != 0 || e.OldEnd != len(b) {
			t.Fatalf("full change: %q %+v", out, e)
		}
	})
}

// FuzzMerge checks that merging a sequence of edits gives one edit that,
// applied to the first text, covers every byte that changed.
func FuzzMerge(f *testing.F) {
	f.Add("hello 世界", []byte{0, 3, 1, 6, 2, 2})
	f.Add("", []byte{0, 0, 5, 1, 1, 0, 9, 9, 9})
	f.Fuzz(func(t *testing.T, s string, script []byte) {
		cur := []byte(s)
		var edits []ByteEdit
		for i := 0; i+2 < len(script) && len(edits) < 16; i += 3 {
			a := int(script[i]) % (len(cur) + 1)
			z := a + int(script[i+1])%(len(cur)-a+1)
			ins := []byte("xyz你"[:int(script[i+2])%4])
			next := append(append(append([]byte(nil), cur[:a]...), ins...), cur[z:]...)
			edits = append(edits, ByteEdit{Start: a, OldEnd: z, NewEnd: a + len(ins)})
			cur = next
		}
		if len(edits) == 0 {
			return
		}
		m := Merge(edits)
		orig := []byte(s)
		if m.Start < 0 || m.Start > m.OldEnd || m.OldEnd > len(orig) || m.Start > m.NewEnd || m.NewEnd > len(cur) {
			t.Fatalf("merged edit %+v out of bounds (old %d, new %d bytes)", m, len(orig), len(cur))
		}
		// outside the merged region the texts agree
		if string(orig[:m.Start]) != string(cur[:m.Start]) || string(orig[m.OldEnd:]) != string(cur[m.NewEnd:]) {
			t.Fatalf("merged edit %+v does not cover the change: %q -> %q", m, orig, cur)
		}
	})
}
