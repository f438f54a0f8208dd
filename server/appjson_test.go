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

// TestModelFilesOpenTogetherGoQuiet: with app.json and project.config.json
// both open (as they often are), the server analyses, publishes and then
// stays quiet. Each model file's analysis used to re-run every other open
// file, the other model file included, which reloaded the model and re-ran
// the first: a publish storm that never ended and kept a core busy.
func TestModelFilesOpenTogetherGoQuiet(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.initialize(root, nil)
	for _, rel := range []string{"app.json", "project.config.json", "pages/map/map.js"} {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		lang := "json"
		if strings.HasSuffix(rel, ".js") {
			lang = "javascript"
		}
		c.open(fileURI(filepath.Join(root, rel)), lang, 1, string(b))
	}
	c.waitPublish(fileURI(filepath.Join(root, "pages/map/map.js")), 1)
	c.waitScan()
	time.Sleep(500 * time.Millisecond) // let the start-up work finish
	c.drain(200 * time.Millisecond)
	c.pending = nil
	c.drain(time.Second)
	n := 0
	for _, m := range c.pending {
		if m.Method == "textDocument/publishDiagnostics" {
			n++
		}
	}
	if n > 0 {
		t.Fatalf("%d publishes in a second with no edit: the server never goes quiet", n)
	}
	if got := strings.Count(c.logs(), "\tanalyse\t"); got > 40 {
		t.Fatalf("%d analyses for 3 open files and no edit", got)
	}
}
