package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestUnusedFilesFollowTheModel: files the built app does not use get no
// findings, and the set follows edits of unsaved buffers: registering a
// page in app.json, naming a component in a page's JSON, and changing a
// script's require each bring the newly used file's findings in (and
// take the no longer required module's away), as mpls check would.
func TestUnusedFilesFollowTheModel(t *testing.T) {
	root := copyTree(t, "../testdata/reach")
	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	uri := func(rel string) string { return fileURI(filepath.Join(root, rel)) }
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// until waits for a publish of rel whose findings have (or lack) code.
	until := func(rel, code string, want bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			p := c.waitPublish(uri(rel), -1)
			if (find(p.Diagnostics, code) != nil) == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s present=%v never published", rel, code, want)
			}
		}
	}
	draft := "pages/draft/draft.wxml"
	c.open(uri(draft), "wxml", 1, read(draft))
	if p := c.waitPublish(uri(draft), 1); len(p.Diagnostics) != 0 {
		t.Fatalf("an unregistered page got findings: %+v", p.Diagnostics)
	}

	app := read("app.json")
	c.open(uri("app.json"), "json", 1, app)
	c.change(uri("app.json"), 2, map[string]any{"text": strings.Replace(app, `"pages/home/home"`, `"pages/home/home", "pages/draft/draft"`, 1)})
	until(draft, "content/extreme-words", true)

	home := read("pages/home/home.json")
	c.open(uri("pages/home/home.json"), "json", 1, home)
	c.change(uri("pages/home/home.json"), 2, map[string]any{"text": strings.Replace(home, `/widgets/card/card`, `/widgets/spare/spare`, 1)})
	until("widgets/spare/spare.wxml", "content/extreme-words", true)
	until("widgets/card/card.wxml", "content/extreme-words", false)

	js := read("pages/home/home.js")
	c.open(uri("pages/home/home.js"), "javascript", 1, js)
	c.change(uri("pages/home/home.js"), 2, map[string]any{"text": strings.Replace(js, "utils/api.js", "utils/old-api.js", 1)})
	until("utils/old-api.js", "security/insecure-transport", true)
	until("utils/api.js", "security/insecure-transport", false)
}
