package script

import "testing"

// TestValueSpanLeavesTrailingComment: TypeScript's grammar hangs a `// …`
// that follows an arrow function's body on the arrow function; the value
// span (what fixes copy and insert after) stops at the body's brace. A
// comment before an object's closing brace stays inside the object.
func TestValueSpanLeavesTrailingComment(t *testing.T) {
	for _, c := range []struct{ path, src, want, obj string }{
		{"a.ts", "wx.getLocation({ success: () => {\n  go()\n} // 定位 😀\n})\n", "() => {\n  go()\n}", "{ success: () => {\n  go()\n} // 定位 😀\n}"},
		{"a.js", "wx.getLocation({ success: () => {\n  go()\n} // 定位 😀\n})\n", "() => {\n  go()\n}", "{ success: () => {\n  go()\n} // 定位 😀\n}"},
		{"a.ts", "wx.getLocation({ success: { a: 1 // c\n} })\n", "{ a: 1 // c\n}", "{ success: { a: 1 // c\n} }"},
	} {
		tree := parse(t, []byte(c.src), c.path == "a.ts")
		fs := Analyze(tree.RootNode(), []byte(c.src), Options{Namespaces: []string{"wx"}})
		tree.Close()
		if len(fs.Calls) == 0 || fs.Calls[0].Options == nil {
			t.Fatalf("%s %q: no options", c.path, c.src)
		}
		o := fs.Calls[0].Options
		v := o.Props[0].ValueSpan
		if got := c.src[v.Start:v.End]; got != c.want {
			t.Errorf("%s value %q, want %q", c.path, got, c.want)
		}
		if got := c.src[o.Span.Start:o.Span.End]; got != c.obj {
			t.Errorf("%s object %q, want %q", c.path, got, c.obj)
		}
	}
}
