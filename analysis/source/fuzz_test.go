package source_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/parse"
	"mpls/analysis/source"
	"mpls/analysis/text"
)

// pieces are what random edits insert: CJK, emoji (with surrogate pairs
// and joiners), CRLF and lone CR, markup, code and JSON fragments.
var pieces = []string{"", "a", "最", "你好", "😀", "👨‍👩‍👧", "\r\n", "\n", "\r", "<", ">", "</view>", "<view>",
	"<button open-type=\"getPhoneNumber\">一键登录</button>", "{{", "}}", "\"", "'", "wx.getLocation({})",
	"onLoad() {", "}", "(", ")", " ", "\t", "最好", "<!-- x -->", "//", "/*", "{", "[", "]", ",", ":", "\xff"}

var seeds = []struct {
	path, text string
}{
	{"pages/a/a.wxml", "<view class=\"t\">你好😀</view>\r\n<button open-type=\"getPhoneNumber\">一键登录</button>\n"},
	{"pages/a/a.js", "Page({\n  onLoad() {\r\n    wx.getLocation({})\n  }\n})\n// 最好😀\n"},
	{"pages/a/a.ts", "const a: number = 1;\r\nfunction f(x: string) { return x }\n"},
	{"app.json", "{\n  \"pages\": [\"pages/a/a\"],\r\n  \"window\": {\"title\": \"最好😀\"}\n}\n"},
}

// refOffset converts an LSP position (line, UTF-16 unit) to a byte offset
// with LSP's clamping, independently of package text.
func refOffset(s string, line, char int) int {
	off := 0
	for l := 0; l < line; l++ {
		i := strings.IndexAny(s[off:], "\r\n")
		if i < 0 {
			return len(s)
		}
		off += i + 1
		if s[off-1] == '\r' && off < len(s) && s[off] == '\n' {
			off++
		}
	}
	end := len(s)
	if i := strings.IndexAny(s[off:], "\r\n"); i >= 0 {
		end = off + i
	}
	units := 0
	for off < end {
		r, size := utf8.DecodeRuneInString(s[off:end])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > char {
			break
		}
		units += w
		off += size
	}
	return off
}

// shape lists every node of a tree with its byte range and points, so two
// trees compare by structure and by position.
func shape(t *sitter.Tree) string {
	if t == nil {
		return "<nil>"
	}
	var b strings.Builder
	c := sitter.NewTreeCursor(t.RootNode())
	defer c.Close()
	depth, n := 0, 0
	for {
		nd := c.CurrentNode()
		fmt.Fprintf(&b, "%d %s %d-%d %v-%v %v\n", depth, nd.Type(), nd.StartByte(), nd.EndByte(), nd.StartPoint(), nd.EndPoint(), nd.IsMissing())
		if n++; n > 20000 {
			return b.String()
		}
		if c.GoToFirstChild() {
			depth++
			continue
		}
		for !c.GoToNextSibling() {
			if !c.GoToParent() {
				return b.String()
			}
			depth--
		}
	}
}

// FuzzIncrementalEdits applies a random script of LSP edits (several per
// notification, some past the end, some whole-text) to a File and checks
// after each batch that the text equals the edits applied independently
// and that the incrementally reparsed tree equals a fresh parse, node by
// node, with positions.
func FuzzIncrementalEdits(f *testing.F) {
	for i := range seeds {
		f.Add(uint8(i), seeds[i].text, []byte{1, 3, 1, 5, 2, 0, 0, 0, 0, 9, 0, 1, 99, 99, 3, 1})
		f.Add(uint8(i), seeds[i].text, []byte{2, 0, 0, 2, 40, 6, 1, 1, 0, 0, 0, 7, 0, 2, 0, 2, 0, 8, 250, 0, 0, 0, 0, 30})
	}
	f.Fuzz(func(t *testing.T, which uint8, start string, script []byte) {
		// Bounded inputs: a run of thousands of "{{" makes the template
		// scanner quadratic (tens of seconds per input), which would stall
		// the short CI fuzz run rather than find a bug in our edit layer.
		if len(start) > 1024 || len(script) > 400 {
			t.Skip("input larger than this target explores")
		}
		seed := seeds[int(which)%len(seeds)]
		lang := parse.ByExt(seed.path)
		file := source.New(seed.path, lang, 1, []byte(start))
		defer file.Close()
		cur := start
		version := int32(1)
		for len(script) >= 6 {
			n := 1 + int(script[0])%4 // changes in this notification
			script = script[1:]
			var changes []text.Change
			for ; n > 0 && len(script) >= 5; n-- {
				l1, c1, l2, c2, p := int(script[0]%12), int(script[1]%50), int(script[2]%12), int(script[3]%50), int(script[4])
				script = script[5:]
				ins := pieces[p%len(pieces)]
				if p >= 250 { // a whole-text replacement
					changes = append(changes, text.Change{Text: ins + cur[:len(cur)/2]})
					cur = ins + cur[:len(cur)/2]
					continue
				}
				r := &text.Range{Start: text.Position{Line: l1, Character: c1}, End: text.Position{Line: l2, Character: c2}}
				a, z := refOffset(cur, l1, c1), refOffset(cur, l2, c2)
				if a > z {
					a, z = z, a
				}
				cur = cur[:a] + ins + cur[z:]
				changes = append(changes, text.Change{Range: r, Text: ins})
			}
			version++
			file.Apply(version, changes)
			if string(file.Text) != cur {
				t.Fatalf("after %d changes: text %q, want %q", len(changes), file.Text, cur)
			}
			if file.Version != version {
				t.Fatalf("version %d, want %d", file.Version, version)
			}
			if c := file.Changed; c != nil && (c.Start < 0 || c.Start > c.End || c.End > len(file.Text)) {
				t.Fatalf("changed span %+v out of bounds (%d bytes)", *c, len(file.Text))
			}
			if got, want := file.Index.Position(len(cur)), text.NewIndex([]byte(cur)).Position(len(cur)); got != want {
				t.Fatalf("stale index: end at %v, want %v", got, want)
			}
			fresh := source.New(seed.path, lang, version, []byte(cur))
			got, want := shape(file.Tree), shape(fresh.Tree)
			skip := fresh.Skip
			fresh.Close()
			if got != want {
				t.Fatalf("incremental tree differs from a fresh parse of %q\nincremental:\n%.2000s\nfresh:\n%.2000s", cur, got, want)
			}
			if file.Skip != skip {
				t.Fatalf("skip %q, fresh %q", file.Skip, skip)
			}
		}
	})
}
