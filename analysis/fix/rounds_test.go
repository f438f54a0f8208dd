package fix

import (
	"strings"
	"testing"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// find is a stand-in rule: every "http://" in src has a safe fix to
// https://, and a "go()" call has a safe fix that wraps it.
func find(src []byte) []rule.Finding {
	s := string(src)
	var fs []rule.Finding
	if i := strings.Index(s, "go("); i >= 0 && !strings.Contains(s, "if (ok) {") {
		end := i + strings.Index(s[i:], ")") + 1
		fs = append(fs, rule.Finding{Path: "a.js", Fixes: []rule.Fix{{Safe: true, Edits: []rule.Edit{{Span: text.Span{Start: i, End: end}, NewText: "if (ok) { " + s[i:end] + " }"}}}}})
	}
	for off := 0; ; {
		j := strings.Index(s[off:], "http://")
		if j < 0 {
			break
		}
		fs = append(fs, rule.Finding{Path: "a.js", Fixes: []rule.Fix{{Safe: true, Edits: []rule.Edit{{Span: text.Span{Start: off + j, End: off + j + 7}, NewText: "https://"}}}}})
		off += j + 7
	}
	return fs
}

// TestAllRoundsTakesOverlapping: a fix that overlaps one taken waits for
// the next round, and the edits returned (on the original text) lead to
// the text where no safe fix is left; one round gives the fixes' own
// edits.
func TestAllRoundsTakesOverlapping(t *testing.T) {
	src := []byte("// 😀 门店\r\ngo('http://a.cn/最好')\r\nload('http://b.cn')\r\n")
	edits := AllRounds("a.js", src, find(src), find)
	got := string(Apply(src, edits))
	want := "// 😀 门店\r\nif (ok) { go('https://a.cn/最好') }\r\nload('https://b.cn')\r\n"
	if got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if len(All("a.js", find([]byte(got)), []byte(got))) != 0 {
		t.Fatalf("safe fixes left in %q", got)
	}
	if NonOverlapping(edits); len(NonOverlapping(edits)) != len(edits) {
		t.Fatalf("overlapping edits %+v", edits)
	}
	for _, e := range edits {
		if e.Span.End-e.Span.Start > 20 {
			t.Fatalf("edit %+v is not minimal", e)
		}
	}

	// one round takes everything: the recheck finds nothing left, and the
	// edits are the fix's own
	one := []byte("load('http://b.cn')\r\n")
	rechecks := 0
	recheck := func(b []byte) []rule.Finding { rechecks++; return find(b) }
	if e := AllRounds("a.js", one, find(one), recheck); len(e) != 1 || e[0].NewText != "https://" || rechecks != 1 {
		t.Fatalf("one round: %+v after %d rechecks", e, rechecks)
	}
}

// TestAllRoundsTakesWhatAFixReveals: a fix whose text has a finding of its
// own (nothing overlapped) still gets a round, as in check --fix.
func TestAllRoundsTakesWhatAFixReveals(t *testing.T) {
	src := []byte("go()\n")
	wrap := func(b []byte) []rule.Finding {
		fs := find(b)
		if i := strings.Index(string(b), "if (ok) { go() }"); i >= 0 {
			fs = append(fs, rule.Finding{Path: "a.js", Fixes: []rule.Fix{{Safe: true, Edits: []rule.Edit{{Span: text.Span{Start: i + 10, End: i + 14}, NewText: "go('http://c.cn')"}}}}})
		}
		return fs
	}
	got := string(Apply(src, AllRounds("a.js", src, wrap(src), wrap)))
	if want := "if (ok) { go('https://c.cn') }\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// FuzzDiff: the edits Diff returns turn a into b, lie in a, are sorted,
// never overlap and cut no UTF-8 sequence in two (editors convert their
// ends to UTF-16 positions).
func FuzzDiff(f *testing.F) {
	f.Add([]byte("wx.request({ url: 'http://a.cn' })\r\n"), []byte("if (ok) {\r\n\twx.request({ url: 'https://a.cn' })\r\n}\r\n"))
	f.Add([]byte("😀 全网最好"), []byte("😀 全网"))
	f.Add([]byte("\xff\xfe最"), []byte("最\xff"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		if len(a) > 4096 || len(b) > 4096 {
			return
		}
		es := Diff(a, b)
		end := 0
		for _, e := range es {
			if e.Span.Start < end || e.Span.Start > e.Span.End || e.Span.End > len(a) {
				t.Fatalf("edit %+v out of order or bounds (len %d)", e, len(a))
			}
			end = e.Span.End
		}
		if got := Apply(a, es); string(got) != string(b) {
			t.Fatalf("Apply(a, Diff(a, b)) = %q, want %q", got, b)
		}
	})
}
