package fix

import (
	"bytes"
	"testing"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// decodeEdits turns fuzz bytes into edits of a text of n bytes: spans
// mostly inside it, some past its end, inverted or negative, some of
// another file; insertions and replacements with multi-byte text.
func decodeEdits(b []byte, n int) []rule.Edit {
	texts := []string{"", "x", "最好", "😀", "\r\n", "<view/>", "手机号授权登录"}
	var out []rule.Edit
	for ; len(b) >= 4 && len(out) < 24; b = b[4:] {
		s := int(b[0]) % (n + 3)
		e := s + int(b[1])%8
		if b[1]&0x80 != 0 {
			e = s // insertion
		}
		switch b[3] % 16 {
		case 0:
			s, e = e, s // inverted
		case 1:
			s = -int(b[0]) // negative
		}
		ed := rule.Edit{Span: text.Span{Start: s, End: e}, NewText: texts[int(b[2])%len(texts)]}
		if b[3]%16 == 2 {
			ed.Path = "other.wxml"
		}
		out = append(out, ed)
	}
	return out
}

func inBounds(s text.Span, n int) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }

// FuzzFixes: Apply, NonOverlapping, All and Applied never panic; the
// edits NonOverlapping keeps are sorted and disjoint; Apply equals
// splicing those of them that lie inside the text (from the back); All
// returns only in-bounds, disjoint edits of the file at hand.
func FuzzFixes(f *testing.F) {
	f.Add("<button>一键登录</button>", []byte{8, 12, 6, 3, 0, 0, 2, 4, 8, 0x80, 1, 3, 200, 3, 1, 1})
	f.Add("", []byte{0, 0x80, 1, 3, 0, 0x80, 2, 3, 5, 1, 1, 0})
	f.Add("a\r\nb", []byte{1, 2, 4, 5, 1, 2, 3, 5, 0, 9, 0, 1})
	f.Fuzz(func(t *testing.T, src string, script []byte) {
		b := []byte(src)
		edits := decodeEdits(script, len(b))

		kept := NonOverlapping(edits)
		for i := 1; i < len(kept); i++ {
			if kept[i].Span.Start < kept[i-1].Span.Start {
				t.Fatalf("NonOverlapping not sorted: %+v", kept)
			}
			for j := 0; j < i; j++ {
				if inBounds(kept[j].Span, len(b)) && inBounds(kept[i].Span, len(b)) && kept[i].Span.Start < kept[j].Span.End {
					t.Fatalf("NonOverlapping kept overlapping edits %+v and %+v", kept[j], kept[i])
				}
			}
		}

		out := Apply(b, edits)
		want := append([]byte(nil), b...)
		var valid []rule.Edit
		pos := 0
		for _, e := range kept {
			if inBounds(e.Span, len(b)) && e.Span.Start >= pos {
				valid = append(valid, e)
				pos = e.Span.End
			}
		}
		for i := len(valid) - 1; i >= 0; i-- {
			e := valid[i]
			want = append(append(append([]byte(nil), want[:e.Span.Start]...), e.NewText...), want[e.Span.End:]...)
		}
		if !bytes.Equal(out, want) {
			t.Fatalf("Apply(%q, %+v) = %q, want %q", src, edits, out, want)
		}

		// All over findings made of these edits (safe fixes of two or
		// three edits each, some already applied)
		var fs []rule.Finding
		for i := 0; i < len(edits); i += 2 {
			fx := rule.Fix{Safe: i%3 != 2, Edits: edits[i:min(i+2, len(edits))]}
			path := "a.wxml"
			if i%5 == 4 {
				path = "b.wxml"
			}
			fs = append(fs, rule.Finding{Path: path, Fixes: []rule.Fix{fx}})
			_ = Applied(b, fx)
		}
		all := All("a.wxml", fs, b)
		for i, e := range all {
			if e.Path != "" && e.Path != "a.wxml" {
				t.Fatalf("All returned an edit of another file: %+v", e)
			}
			if !inBounds(e.Span, len(b)) {
				t.Fatalf("All returned an out-of-bounds edit %+v (%d bytes)", e, len(b))
			}
			if i > 0 && e.Span.Start < all[i-1].Span.End {
				t.Fatalf("All returned overlapping edits %+v", all)
			}
		}
		_ = Apply(b, all)

		for _, e := range edits {
			_ = LineIndent(b, e.Span.Start)
		}
		_ = IndentUnit(b)
		_ = Reindent(src, "  ", LineEnding(b))
	})
}
