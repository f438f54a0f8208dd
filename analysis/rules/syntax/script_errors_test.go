package syntax

import (
	"context"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/parse"
	"mpls/analysis/text"
)

// treeErrors is what the engine hands the rule: the outermost ERROR and
// MISSING nodes of the file's own parse.
func treeErrors(t *testing.T, l parse.Lang, src string) []text.Span {
	t.Helper()
	tree, err := parse.Parse(context.Background(), l, nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	var out []text.Span
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.IsError() || n.IsMissing() {
			out = append(out, text.Span{Start: int(n.StartByte()), End: int(n.EndByte())})
			return
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i))
		}
	}
	walk(tree.RootNode())
	return out
}

func TestCertainScriptErrors(t *testing.T) {
	cases := []struct {
		name string
		lang parse.Lang
		src  string
		want int // certain errors; -1: the grammar must flag it, we must not
	}{
		// Valid code (node --check accepts each) that tree-sitter's
		// JavaScript grammar flags: semicolons JavaScript inserts itself.
		{"declaration then (", parse.JavaScript, "let a, b\n(function () {})()\n", -1},
		{"declaration then [", parse.JavaScript, "var list\n[1, 2].forEach(function () {})\n", -1},
		{"declaration then -", parse.JavaScript, "function f () {\n  let t\n  -1\n  return t\n}\n", -1},
		{"declaration then regex", parse.JavaScript, "let i\n/x/g.test('x')\n", -1},
		{"declaration then ( after a comment", parse.JavaScript, "let a, b // two\n(function () {})()\n", 0},
		{"exported declaration then (", parse.JavaScript, "export let a, b\n(function () {})()\n", -1},
		{"CRLF line ends", parse.JavaScript, "let a, b\r\n(function () {})()\r\n", -1},
		// Broken code: reported.
		{"unclosed condition", parse.JavaScript, "if (a {\n  b()\n}\n", 1},
		{"missing value", parse.JavaScript, "let a = ;\n", 1},
		{"unclosed function at end of file", parse.JavaScript, "function f() {\n  g()\n", 1},
		{"two values on one line", parse.JavaScript, "let a = 1 2\n", 1},
		{"broken line that starts with (", parse.JavaScript, "foo(1,\n(2 3))\n", 1},
		{"half-typed call after a declaration", parse.JavaScript, "let a\n(b c)\n", 1},
		// TypeScript: the grammar rejects valid code, tsc reports the rest.
		{"interface method named in", parse.TypeScript, "interface Cmd {\n  lt(v: any): Cmd\n  in(v: any[]): Cmd\n}\n", -1},
		{"optional destructured parameter in a type", parse.TypeScript, "type Stamp = ({offset}?: {offset: number}) => Date\n", -1},
		{"unclosed condition in TypeScript", parse.TypeScript, "const n: number = 1\nif (n {\n}\n", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			errs := treeErrors(t, c.lang, c.src)
			if c.want < 0 && len(errs) == 0 {
				t.Fatalf("the grammar no longer flags %q: move it to the clean cases", c.src)
			}
			got := certainScriptErrors(c.lang, []byte(c.src), errs)
			want := max(c.want, 0)
			if (len(got) > 0) != (want > 0) {
				t.Errorf("%q: certain errors %v (of %v), want %d", c.src, got, errs, want)
			}
		})
	}
}

func TestStrayEndTags(t *testing.T) {
	cases := map[string]string{
		"</text>":                  "text",
		"</block>  \n\n</view>":    "block view",
		"</van-cell>":              "van-cell",
		"</text":                   "text",
		"<view>":                   "",
		"</text> x":                "",
		"{{ a }}":                  "",
		"</text>\n<view":           "",
		"</wx-item\n  >":           "wx-item",
		"</a:b></c.d>":             "a:b c.d",
		"":                         "",
		"</>":                      "",
		"</text></":                "",
		"</ text>":                 "",
		"</text>></view>":          "",
		"</text>\t</view>\t":       "text view",
		"</text> </view> </image>": "text view image",
	}
	for in, want := range cases {
		got := ""
		for i, n := range strayEndTags([]byte(in)) {
			if i > 0 {
				got += " "
			}
			got += n
		}
		if got != want {
			t.Errorf("strayEndTags(%q) = %q, want %q", in, got, want)
		}
	}
}
