package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAppJSONEditRechecksProject: adding the permission desc to the open
// app.json removes privacy/permission-desc-missing in the same session,
// without saving and without a restart.
func TestAppJSONEditRechecksProject(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.initialize(root, nil)
	appPath := filepath.Join(root, "app.json")
	u := fileURI(appPath)
	b, _ := os.ReadFile(appPath)
	text := string(b)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "json", "version": 1, "text": text}})
	deadline := time.Now().Add(20 * time.Second)
	for {
		p := c.waitPublish(u, -1)
		if find(p.Diagnostics, "privacy/permission-desc-missing") != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("permission-desc-missing never published")
		}
	}
	// insert the permission block before the final closing brace
	lines := strings.Split(text, "\n")
	last := len(lines) - 1
	for last > 0 && strings.TrimSpace(lines[last]) != "}" {
		last--
	}
	ins := ",\n  \"permission\": { \"scope.userLocation\": { \"desc\": \"你的位置信息将用于查找附近的门店\" } }"
	prev := last - 1
	col := utf16Col(lines[prev])
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": map[string]any{"line": prev, "character": col}, "end": map[string]any{"line": prev, "character": col}}, "text": ins}},
	})
	for {
		p := c.waitPublish(u, 2)
		if find(p.Diagnostics, "syntax/parse-error") != nil {
			t.Fatalf("edit made app.json invalid: %+v", p.Diagnostics)
		}
		if find(p.Diagnostics, "privacy/permission-desc-missing") == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("finding still there after adding the desc: %+v", p.Diagnostics)
		}
	}
}
