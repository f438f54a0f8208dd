package wxml

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// templateExts are the file extensions of the five template dialects.
var templateExts = map[string]bool{
	".wxml": true, // WeChat
	".ttml": true, // Douyin
	".axml": true, // Alipay
	".swan": true, // Baidu
	".qml":  true, // QQ
}

func parse(t testing.TB, src []byte) *sitter.Tree {
	t.Helper()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(Language())
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return tree
}

// problems lists the ERROR and MISSING nodes of a tree as "row:col kind".
func problems(n *sitter.Node) []string {
	var out []string
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.IsMissing() {
			p := n.StartPoint()
			out = append(out, fmt.Sprintf("%d:%d MISSING %s", p.Row+1, p.Column+1, n.Type()))
			return
		}
		if n.IsError() {
			p := n.StartPoint()
			out = append(out, fmt.Sprintf("%d:%d ERROR", p.Row+1, p.Column+1))
		}
		if !n.HasError() && !n.IsError() {
			return
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i))
		}
	}
	walk(n)
	return out
}

func templateFiles(t *testing.T) (good, broken []string) {
	t.Helper()
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !templateExts[filepath.Ext(path)] {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		isBroken := false
		for _, part := range strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/") {
			if part == "broken" {
				isBroken = true
			}
		}
		if isBroken {
			broken = append(broken, path)
		} else {
			good = append(good, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", root, err)
	}
	return good, broken
}

// TestTemplatesParse parses every template under testdata/ and requires a
// tree without ERROR or MISSING nodes, except under directories named
// "broken", whose files must contain at least one.
func TestTemplatesParse(t *testing.T) {
	good, broken := templateFiles(t)
	if len(good) == 0 {
		t.Fatal("no templates found under testdata/")
	}
	dialects := map[string]int{}
	for _, path := range good {
		dialects[filepath.Ext(path)]++
		t.Run(filepath.ToSlash(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tree := parse(t, src)
			defer tree.Close()
			root := tree.RootNode()
			if root.Type() != "document" {
				t.Fatalf("root is %s", root.Type())
			}
			if p := problems(root); len(p) > 0 {
				t.Errorf("syntax errors: %v", p)
			}
			if root.NamedChildCount() == 0 {
				t.Errorf("empty tree")
			}
		})
	}
	for _, path := range broken {
		t.Run(filepath.ToSlash(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tree := parse(t, src)
			defer tree.Close()
			if len(problems(tree.RootNode())) == 0 {
				t.Errorf("intentionally broken template parsed without errors")
			}
		})
	}
	t.Logf("%d templates (%v), %d broken", len(good), dialects, len(broken))
}

// sexp is a compact S-expression of named nodes with field names, used to
// pin down tree shapes.
func sexp(n *sitter.Node) string {
	var b strings.Builder
	var walk func(n *sitter.Node, field string)
	walk = func(n *sitter.Node, field string) {
		if field != "" {
			b.WriteString(field + ": ")
		}
		if n.IsMissing() {
			b.WriteString("(MISSING " + n.Type() + ")")
			return
		}
		b.WriteString("(" + n.Type())
		for i := 0; i < int(n.ChildCount()); i++ {
			c := n.Child(i)
			if !c.IsNamed() && !c.IsMissing() {
				continue
			}
			b.WriteString(" ")
			walk(c, n.FieldNameForChild(i))
		}
		b.WriteString(")")
	}
	walk(n, "")
	return b.String()
}

func TestShapes(t *testing.T) {
	cases := []struct{ src, want string }{
		{`<view class="a {{b}}">x</view>`,
			`(document (element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value) (interpolation (expression))))) (text) (end_tag name: (tag_name))))`},
		// No void elements: an unclosed tag holds what follows, and the end
		// of the file closes it without an error.
		{`<input value="{{v}}"><image src="a.png"><br>`,
			`(document (element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (interpolation (expression))))) (element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value)))) (element (start_tag name: (tag_name))))))`},
		{`<image src="a.png"><view>new</view></image>`,
			`(document (element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value)))) (element (start_tag name: (tag_name)) (text) (end_tag name: (tag_name))) (end_tag name: (tag_name))))`},
		// The value's own quote inside a binding belongs to the expression.
		{`<image src="{{on ? "a.png" : "b.png"}}" />`,
			`(document (element (self_closing_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (interpolation (expression)))))))`},
		{`<van-button type="primary" />`,
			`(document (element (self_closing_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value))))))`},
		{`<view wx:for="{{list}}" wx:key="id" bindtap="go" catch:tap="c" capture-bind:tap="d" mut-bind:tap="e" onTap="f" s-if="{{x}}" model:value="{{v}}" hidden></view>`,
			`(document (element (start_tag name: (tag_name) ` +
				`(attribute name: (directive_name (directive_namespace) (directive_key)) value: (quoted_attribute_value (interpolation (expression)))) ` +
				`(attribute name: (directive_name (directive_namespace) (directive_key)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (event_name (event_kind) (event_type)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (event_name (event_kind) (event_type)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (event_name (event_kind) (event_type)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (event_name (event_kind) (event_type)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (event_name (event_kind) (event_type)) value: (quoted_attribute_value (attribute_value))) ` +
				`(attribute name: (directive_name (directive_namespace) (directive_key)) value: (quoted_attribute_value (interpolation (expression)))) ` +
				`(attribute name: (directive_name (directive_namespace) (directive_key)) value: (quoted_attribute_value (interpolation (expression)))) ` +
				`(attribute name: (attribute_name))) (end_tag name: (tag_name))))`},
		{"<wxs module=\"m\">var a = '</view>' < 1;</wxs>",
			`(document (script_element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value)))) (raw_text) (end_tag name: (tag_name))))`},
		{`<wxs src="./a.wxs" module="m" />`,
			`(document (element (self_closing_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value))) (attribute name: (attribute_name) value: (quoted_attribute_value (attribute_value))))))`},
		{`<text>a < b &amp; c &#123; {{ {a:1} }}{{}}</text>`,
			`(document (element (start_tag name: (tag_name)) (text) (entity) (text) (entity) (interpolation (expression)) (interpolation) (end_tag name: (tag_name))))`},
		{"\ufeff<!-- c -->\r\n<input value='{= v =}' disabled=true>",
			`(document (comment) (element (start_tag name: (tag_name) (attribute name: (attribute_name) value: (quoted_attribute_value (interpolation (expression)))) (attribute name: (attribute_name) value: (attribute_value)))))`},
	}
	for _, c := range cases {
		tree := parse(t, []byte(c.src))
		if got := sexp(tree.RootNode()); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.src, got, c.want)
		}
		tree.Close()
	}
}

func TestNodeText(t *testing.T) {
	src := []byte("<view wx:for-item=\"it\" capture-bind:touchstart=\"s\" onTap=\"t\">\n  你好 {{ user.name + '}}' }} 🎉\n</view>")
	tree := parse(t, src)
	defer tree.Close()
	q, err := sitter.NewQuery([]byte(`
		(directive_namespace) @ns (directive_key) @key
		(event_kind) @kind (event_type) @type
		(expression) @expr (text) @text`), Language())
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	qc := sitter.NewQueryCursor()
	defer qc.Close()
	qc.Exec(q, tree.RootNode())
	var got []string
	for {
		m, ok := qc.NextMatch()
		if !ok {
			break
		}
		for _, c := range m.Captures {
			got = append(got, q.CaptureNameForId(c.Index)+"="+c.Node.Content(src))
		}
	}
	want := "ns=wx key=for-item kind=capture-bind type=touchstart kind=on type=Tap text=你好 expr=user.name + '}}' text=🎉"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestQuoteInBinding: the compilers read a binding in an attribute value up
// to its `}}`, so the value's own quote may appear inside it; an unclosed
// binding still ends before the quote, with the `}}` missing.
func TestQuoteInBinding(t *testing.T) {
	cases := []struct{ src, expr, problems string }{
		{`<image src="{{on ? "a.png" : "b.png"}}" />`, `on ? "a.png" : "b.png"`, ""},
		{`<view class='x {{ on ? 'on' : '' }} y'></view>`, `on ? 'on' : '' `, ""},
		{"<image src=\"{{on ? \"a.png\"\n  : \"b.png\" }}\" />", "on ? \"a.png\"\n  : \"b.png\" ", ""},
		{`<view class="{{ a == 'it"s' }}"></view>`, `a == 'it"s' `, ""},
		{`<view class="{{ open" id="box">x</view>`, `open`, `1:21 MISSING }}`},
		{"<view class=\"{{ a ? \"b\n<text>x</text>\n</view>", `a ?`, `1:20 MISSING }}, 1:23 MISSING >`},
	}
	for _, c := range cases {
		src := []byte(c.src)
		tree := parse(t, src)
		var exprs []string
		var walk func(n *sitter.Node)
		walk = func(n *sitter.Node) {
			if n.Type() == "expression" {
				exprs = append(exprs, n.Content(src))
			}
			for i := 0; i < int(n.ChildCount()); i++ {
				walk(n.Child(i))
			}
		}
		walk(tree.RootNode())
		probs := problems(tree.RootNode())
		if len(exprs) == 0 || exprs[0] != c.expr {
			t.Errorf("%q: expressions %q, want first %q", c.src, exprs, c.expr)
		}
		if got := strings.Join(probs, ", "); !strings.HasPrefix(got, c.problems) || (c.problems == "") != (got == "") {
			t.Errorf("%q: problems %q, want %q\n%s", c.src, got, c.problems, tree.RootNode().String())
		}
		tree.Close()
	}
}

// elementNames returns the tag names of all elements, in document order.
func elementNames(n *sitter.Node, src []byte) []string {
	var out []string
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.Type() == "element" || n.Type() == "script_element" {
			tag := n.NamedChild(0)
			if name := tag.ChildByFieldName("name"); name != nil {
				out = append(out, name.Content(src))
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(n)
	return out
}

// TestErrorRecovery checks that typical half-typed input gives a local error
// and that the elements after it still parse as elements.
func TestErrorRecovery(t *testing.T) {
	const after = `
  <view class="after" bindtap="go">
    <text>{{ a }}</text>
    <image src="x.png" />
  </view>
</page>
`
	cases := []struct {
		name, broken string
		wantElems    string
	}{
		{"half-typed attribute value", `<view class="a`, "page view view view text image"},
		{"half-typed attribute value with interpolation", `<view class="a {{b}}`, "page view view view text image"},
		{"empty attribute value", `<view class="`, "page view view view text image"},
		{"missing start tag close", `<view class="a"`, "page view view view text image"},
		{"half-typed tag name", `<vi`, "page view vi view text image"},
		{"unclosed interpolation in text", `<text>{{ user.name </text>`, "page view text view text image"},
		{"unclosed interpolation at line end", "<text>{{ user.name\n</text>", "page view text view text image"},
		{"unclosed interpolation in attribute", `<view class="{{ a">x</view>`, "page view view view text image"},
		{"stray end tag", `<view>x</view></text>`, "page view view view text image"},
		{"unclosed comment-like", `<!- x -->`, "page view view text image"},
		{"unclosed interpolation before a tag", `{{ user.name`, "page view view text image"},
		{"unclosed interpolation with object", `<text>{{ {a: 1 </text>`, "page view text view text image"},
		{"unclosed Baidu binding", `<input value="{= name" />`, "page view input view text image"},
		{"unclosed quote in self-closing tag", `<input value="abc`, "page view input view text image"},
		{"self-closing slash without bracket", `<input value="a" /`, "page view input view text image"},
		{"attribute without value", `<view class="a" bindtap=`, "page view view view text image"},
		{"half-typed end tag", `<view>x</view`, "page view view view text image"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := []byte("<page>\n  <view>before</view>\n  " + c.broken + after)
			tree := parse(t, src)
			defer tree.Close()
			root := tree.RootNode()
			probs := problems(root)
			if len(probs) == 0 {
				t.Fatalf("no ERROR or MISSING node for %q:\n%s", c.broken, root.String())
			}
			// The error is on the broken line (line 3).
			for _, p := range probs {
				if !strings.HasPrefix(p, "3:") && !strings.HasPrefix(p, "4:") {
					t.Errorf("error not local: %v\n%s", probs, root.String())
					break
				}
			}
			names := strings.Join(elementNames(root, src), " ")
			if names != c.wantElems {
				t.Errorf("elements: got %q, want %q\n%s", names, c.wantElems, root.String())
			}
		})
	}
}

// generate returns a template of about n lines.
func generate(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<wxs module=\"fmt\">\nvar price = function (v) { return '¥' + (v / 100).toFixed(2); };\nmodule.exports = { price: price };\n</wxs>\n")
	b.WriteString("<view class=\"page\">\n")
	lines := 6
	for i := 0; lines < n-1; i++ {
		fmt.Fprintf(&b, "  <view class=\"card {{ selected == %d ? 'on' : '' }}\" wx:key=\"id\" data-id=\"%d\" bindtap=\"onTap\">\n", i, i)
		fmt.Fprintf(&b, "    <image class=\"cover\" src=\"{{ goods[%d].cover }}\" mode=\"aspectFill\" lazy-load />\n", i)
		fmt.Fprintf(&b, "    <text class=\"title\">商品 %d：{{ goods[%d].title }} &amp; 🎁</text>\n", i, i)
		fmt.Fprintf(&b, "    <text class=\"price\" wx:if=\"{{ goods[%d].price > 0 }}\">{{ fmt.price(goods[%d].price) }}</text>\n", i, i)
		b.WriteString("    <text wx:else>免费</text>\n")
		b.WriteString("    <!-- 按钮 -->\n")
		b.WriteString("    <button size=\"mini\" catch:tap=\"addToCart\">加入购物车</button>\n")
		b.WriteString("  </view>\n")
		lines += 8
	}
	b.WriteString("</view>\n")
	return b.Bytes()
}

func TestGeneratedLarge(t *testing.T) {
	src := generate(5000)
	tree := parse(t, src)
	defer tree.Close()
	if p := problems(tree.RootNode()); len(p) > 0 {
		t.Fatalf("errors in generated template: %v", p[:min(len(p), 10)])
	}
}

// TestIncrementalMatchesFresh edits a large template at many places and
// checks that the incremental reparse equals a fresh parse.
func TestIncrementalMatchesFresh(t *testing.T) {
	src := generate(400)
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(Language())
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	edits := []string{"<", "\"", "{{", "}}", "x", "</view>", ">", "/", "&amp;", "<!--", "-->", "<wxs>", ""}
	n := 300
	if s := os.Getenv("WXML_EDITS"); s != "" {
		fmt.Sscan(s, &n)
	}
	for i := 0; i < n; i++ {
		pos := (i*7919 + 13) % len(src)
		del := i % 3
		if pos+del > len(src) {
			del = 0
		}
		ins := edits[i%len(edits)]
		newSrc := append(append(append([]byte{}, src[:pos]...), ins...), src[pos+del:]...)
		tree.Edit(editInput(src, pos, pos+del, pos+len(ins), newSrc))
		newTree, err := p.ParseCtx(context.Background(), tree, newSrc)
		if err != nil {
			t.Fatal(err)
		}
		tree.Close()
		fresh := parse(t, newSrc)
		if a, b := newTree.RootNode().String(), fresh.RootNode().String(); a != b {
			t.Fatalf("edit %d (%q at %d, deleting %d): incremental != fresh\ninc:   %.400s\nfresh: %.400s", i, ins, pos, del, a, b)
		}
		fresh.Close()
		tree, src = newTree, newSrc
	}
	tree.Close()
}

// TestIncrementalTemplates applies random edits (insertions of markup
// fragments, deletions) to the testdata templates and compares each
// incremental reparse with a fresh parse. They must be equal whenever the
// incremental tree has no error; around syntax errors tree-sitter's
// incremental parse may recover differently, and source.File parses such
// a text again from scratch (at once, or when typing pauses in the
// server), so an erroneous incremental tree never reaches the rules. (A
// new fixture template shifts the edit sequence: that is how one such
// case showed up.)
func TestIncrementalTemplates(t *testing.T) {
	good, broken := templateFiles(t)
	files := append(good, broken...)
	rng := rand.New(rand.NewSource(42))
	frags := []string{"<", ">", "\"", "'", "{{", "}}", "{=", "=}", "</", "/>", "<view>", "</view>", "<wxs module=\"m\">", "</wxs>", "<!--", "-->", "&amp;", "=", " ", "\n", "a", "中"}
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(Language())
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := p.ParseCtx(context.Background(), nil, src)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 20; i++ {
			pos := rng.Intn(len(src) + 1)
			for pos < len(src) && src[pos]&0xC0 == 0x80 { // stay on a rune boundary
				pos++
			}
			del := 0
			if rng.Intn(3) == 0 {
				del = rng.Intn(8)
				for pos+del < len(src) && src[pos+del]&0xC0 == 0x80 {
					del++
				}
				if pos+del > len(src) {
					del = len(src) - pos
				}
			}
			ins := frags[rng.Intn(len(frags))]
			newSrc := append(append(append([]byte{}, src[:pos]...), ins...), src[pos+del:]...)
			tree.Edit(editInput(src, pos, pos+del, pos+len(ins), newSrc))
			newTree, err := p.ParseCtx(context.Background(), tree, newSrc)
			if err != nil {
				t.Fatal(err)
			}
			tree.Close()
			fresh := parse(t, newSrc)
			if a, b := newTree.RootNode().String(), fresh.RootNode().String(); a != b && !newTree.RootNode().HasError() {
				t.Fatalf("%s edit %d (%q at %d, deleting %d): incremental != fresh\ninc:   %.600s\nfresh: %.600s", path, i, ins, pos, del, a, b)
			}
			fresh.Close()
			tree, src = newTree, newSrc
		}
		tree.Close()
	}
}

func point(src []byte, off int) sitter.Point {
	row := bytes.Count(src[:off], []byte("\n"))
	col := off - (bytes.LastIndexByte(src[:off], '\n') + 1)
	return sitter.Point{Row: uint32(row), Column: uint32(col)}
}

// editInput describes replacing old[start:oldEnd] so that the new text ends
// at newEnd in newSrc.
func editInput(old []byte, start, oldEnd, newEnd int, newSrc []byte) sitter.EditInput {
	return sitter.EditInput{
		StartIndex:  uint32(start),
		OldEndIndex: uint32(oldEnd),
		NewEndIndex: uint32(newEnd),
		StartPoint:  point(old, start),
		OldEndPoint: point(old, oldEnd),
		NewEndPoint: point(newSrc, newEnd),
	}
}

func BenchmarkFullParse5000(b *testing.B) {
	src := generate(5000)
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(Language())
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tree, err := p.ParseCtx(context.Background(), nil, src)
		if err != nil {
			b.Fatal(err)
		}
		tree.Close()
	}
}

// BenchmarkReparse5000 measures a one-character edit in the middle of a
// 5,000-line template followed by an incremental reparse. Each iteration
// alternately inserts and deletes the character, so the tree stays small.
func BenchmarkReparse5000(b *testing.B) {
	base := generate(5000)
	mid := bytes.Index(base[len(base)/2:], []byte("商品")) + len(base)/2
	edited := append(append(append([]byte{}, base[:mid]...), 'X'), base[mid:]...)
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(Language())
	tree, err := p.ParseCtx(context.Background(), nil, base)
	if err != nil {
		b.Fatal(err)
	}
	cur := base
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var next []byte
		var in sitter.EditInput
		if i%2 == 0 {
			next = edited
			in = editInput(cur, mid, mid, mid+1, next)
		} else {
			next = base
			in = editInput(cur, mid, mid+1, mid, next)
		}
		// go-tree-sitter passes OldEndPoint as the new end point; the
		// reparse right after the edit corrects every position.
		tree.Edit(in)
		newTree, err := p.ParseCtx(context.Background(), tree, next)
		if err != nil {
			b.Fatal(err)
		}
		tree.Close()
		tree, cur = newTree, next
	}
	b.StopTimer()
	tree.Close()
}

// TestWrapperStamps checks that wxml_parser.c and wxml_scanner.c carry the
// hashes of the sources they include. The go command does not see files
// included from src/, so a stale stamp means a stale build: run
// `sh generate.sh` (or `sh generate.sh --stamp-only` after editing the
// scanner).
func TestWrapperStamps(t *testing.T) {
	for wrapper, src := range map[string]string{
		"wxml_parser.c":  "src/parser.c",
		"wxml_scanner.c": "src/scanner.c",
	} {
		w, err := os.ReadFile(wrapper)
		if err != nil {
			t.Fatal(err)
		}
		c, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(c)
		if !bytes.Contains(w, []byte(src+" sha256 "+hex.EncodeToString(sum[:]))) {
			t.Errorf("%s is stale for %s: run sh generate.sh --stamp-only", wrapper, src)
		}
	}
}

// TestQueries checks that the editor queries compile against the grammar
// and capture something in a sample.
func TestQueries(t *testing.T) {
	src := []byte("<wxs module=\"m\">var a = 1;</wxs>\n<view wx:if=\"{{ a }}\" bindtap=\"go\" class=\"x\">你好 &amp; {{ m.a }}<!-- c --></view>")
	tree := parse(t, src)
	defer tree.Close()
	for _, name := range []string{"queries/highlights.scm", "queries/injections.scm"} {
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		q, err := sitter.NewQuery(text, Language())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		qc := sitter.NewQueryCursor()
		qc.Exec(q, tree.RootNode())
		n := 0
		for {
			m, ok := qc.NextMatch()
			if !ok {
				break
			}
			n += len(m.Captures)
		}
		if n == 0 {
			t.Errorf("%s captured nothing", name)
		}
		qc.Close()
		q.Close()
	}
}
