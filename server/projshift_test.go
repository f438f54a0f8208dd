package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProjectFindingsFollowEdits: project findings (computed across files,
// debounced) are published with every keystroke; after an edit earlier in
// the file they must already sit at their new place in that keystroke's
// publish, not at the old byte offsets.
func TestProjectFindingsFollowEdits(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.initialize(root, nil)
	path := filepath.Join(root, "pages/index/index.wxml")
	u := fileURI(path)
	b, _ := os.ReadFile(path)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "wxml", "version": 1, "text": string(b)}})
	var before *diag
	for before == nil {
		before = find(c.waitPublish(u, 1).Diagnostics, "privacy/no-agreement-flow")
	}
	// type three CJK characters (9 bytes) at the end of line 2
	line := strings.Split(string(b), "\n")[1]
	col := utf16Col(line)
	for i, ch := range []string{"全", "城", "送"} {
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": u, "version": 2 + i},
			"contentChanges": []any{map[string]any{"range": map[string]any{"start": map[string]any{"line": 1, "character": col + i}, "end": map[string]any{"line": 1, "character": col + i}}, "text": ch}},
		})
		p := c.waitPublish(u, 2+i)
		for _, d := range p.Diagnostics {
			if d.Code == "privacy/no-agreement-flow" && d.Range != before.Range {
				t.Fatalf("version %d: project finding moved to %+v, was %+v (stale byte offsets)", 2+i, d.Range, before.Range)
			}
		}
	}
}
