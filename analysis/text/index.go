// Package text converts between byte offsets (what tree-sitter and the
// analysis speak) and LSP positions (line, UTF-16 code unit). It is the one
// place where that conversion happens: everything else stores byte offsets.
package text

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in a file's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies within the span (end inclusive, as a
// cursor at the end of a word is still "on" it).
func (s Span) Contains(off int) bool { return off >= s.Start && off <= s.End }

// Overlaps reports whether two spans share a byte or touch at an empty span.
func (s Span) Overlaps(o Span) bool {
	if s.Start == s.End || o.Start == o.End {
		return s.Start <= o.End && o.Start <= s.End
	}
	return s.Start < o.End && o.Start < s.End
}

// Position is an LSP position: 0-based line and UTF-16 code unit offset.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Range is an LSP range of two positions.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Point is tree-sitter's position: row counts '\n' only, column is bytes.
type Point struct {
	Row, Column uint32
}

// Index answers position questions about one immutable text.
// Lines end at "\n", "\r\n" or a lone "\r", as the LSP specification says.
type Index struct {
	text  []byte
	lines []int // byte offset of each line start
	nl    []int // byte offset of each '\n' (tree-sitter rows)
}

// NewIndex scans text once for line starts.
func NewIndex(b []byte) *Index {
	x := &Index{text: b, lines: make([]int, 1, 64)}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			x.lines = append(x.lines, i+1)
			x.nl = append(x.nl, i)
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				continue
			}
			x.lines = append(x.lines, i+1)
		}
	}
	return x
}

// Text returns the indexed text.
func (x *Index) Text() []byte { return x.text }

// LineCount is the number of lines (an empty text has one).
func (x *Index) LineCount() int { return len(x.lines) }

// LineStart is the byte offset where line starts (clamped).
func (x *Index) LineStart(line int) int {
	if line < 0 {
		return 0
	}
	if line >= len(x.lines) {
		return len(x.text)
	}
	return x.lines[line]
}

// lineContentEnd is the offset of the line terminator of line (or EOF).
func (x *Index) lineContentEnd(line int) int {
	if line+1 >= len(x.lines) {
		return len(x.text)
	}
	end := x.lines[line+1]
	if x.text[end-1] == '\n' {
		end--
	}
	if end > x.lines[line] && x.text[end-1] == '\r' {
		end--
	}
	return end
}

// LineOf returns the line that holds byte offset off.
func (x *Index) LineOf(off int) int {
	return sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
}

// Position converts a byte offset to a UTF-16 LSP position. Offsets past the
// end clamp to the end; an offset inside a multi-byte character counts as
// the start of that character. Invalid UTF-8 bytes count one unit each.
func (x *Index) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(x.text) {
		off = len(x.text)
	}
	line := x.LineOf(off)
	return Position{Line: line, Character: utf16Until(x.text[x.lines[line]:], off-x.lines[line])}
}

// Range converts a span to an LSP range.
func (x *Index) Range(s Span) Range {
	return Range{Start: x.Position(s.Start), End: x.Position(s.End)}
}

// Offset converts an LSP position to a byte offset. A line past the end
// clamps to the end of the text; a character past the line's end clamps to
// the end of the line's content (before its terminator), as the spec asks.
// A character in the middle of a surrogate pair lands before the character.
func (x *Index) Offset(p Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(x.lines) {
		return len(x.text)
	}
	start := x.lines[p.Line]
	end := x.lineContentEnd(p.Line)
	units := 0
	i := start
	for i < end && units < p.Character {
		r, size := utf8.DecodeRune(x.text[i:end])
		u := 1
		if r >= 0x10000 && size > 1 {
			u = 2
		}
		if units+u > p.Character {
			break
		}
		units += u
		i += size
	}
	return i
}

// SpanOf converts an LSP range to a byte span (ordered).
func (x *Index) SpanOf(r Range) Span {
	s, e := x.Offset(r.Start), x.Offset(r.End)
	if e < s {
		s, e = e, s
	}
	return Span{Start: s, End: e}
}

// Point converts a byte offset to tree-sitter's row/column.
func (x *Index) Point(off int) Point {
	if off > len(x.text) {
		off = len(x.text)
	}
	row := sort.SearchInts(x.nl, off) // number of '\n' strictly before off
	col := off
	if row > 0 {
		col = off - (x.nl[row-1] + 1)
	}
	return Point{Row: uint32(row), Column: uint32(col)}
}

// UTF16Len counts UTF-16 code units in b; invalid bytes count one each.
func UTF16Len(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// utf16Until counts the units of the whole characters of b that end at or
// before byte n; a character that n cuts in two is not counted.
func utf16Until(b []byte, n int) int {
	units := 0
	for i := 0; i < n; {
		c := b[i]
		if c < utf8.RuneSelf {
			units++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if i+size > n {
			break
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return units
}
