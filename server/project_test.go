package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestWorkspaceScanProgressDefinitionConfig: the start-up scan reports
// $/progress and publishes unopened files; go-to-definition jumps from a
// template binding to the script method; a configuration change applies
// without a restart.
func TestWorkspaceScanProgressDefinitionConfig(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.initialize(root, nil)

	// progress: create request, then begin … end
	c.wait(func(m message) bool { return m.Method == "window/workDoneProgress/create" }, 20*time.Second)
	begin := c.wait(func(m message) bool { return m.Method == "$/progress" && strings.Contains(string(m.Params), `"begin"`) }, 20*time.Second)
	end := c.wait(func(m message) bool { return m.Method == "$/progress" && strings.Contains(string(m.Params), `"end"`) }, 20*time.Second)
	if begin.Params == nil || end.Params == nil {
		t.Fatal("no progress")
	}
	// the unopened script has its finding
	mapJS := fileURI(filepath.Join(root, "pages/map/map.js"))
	if p := c.waitPublish(mapJS, -1); find(p.Diagnostics, "privacy/prompt-before-authorize") == nil {
		t.Fatalf("scan missed map.js: %+v", p.Diagnostics)
	}

	// definition from bindgetphonenumber="onPhone"
	tmplPath := filepath.Join(root, "pages/index/index.wxml")
	tmplURI := fileURI(tmplPath)
	b, _ := os.ReadFile(tmplPath)
	text := string(b)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": tmplURI, "languageId": "wxml", "version": 1, "text": text}})
	c.waitPublish(tmplURI, 1)
	lines := strings.Split(text, "\n")
	col := utf16Col(lines[3][:strings.Index(lines[3], `"onPhone"`)+3])
	r := c.call("textDocument/definition", map[string]any{"textDocument": map[string]any{"uri": tmplURI}, "position": map[string]any{"line": 3, "character": col}})
	var locs []struct {
		URI   string `json:"uri"`
		Range struct{ Start struct{ Line, Character int } }
	}
	if err := json.Unmarshal(r.Result, &locs); err != nil || len(locs) != 1 {
		t.Fatalf("definition: %s %v", r.Result, err)
	}
	js, _ := os.ReadFile(filepath.Join(root, "pages/index/index.js"))
	jl := strings.Split(string(js), "\n")
	wantLine := -1
	for i, l := range jl {
		if strings.Contains(l, "onPhone(e)") {
			wantLine = i
		}
	}
	if locs[0].URI != fileURI(filepath.Join(root, "pages/index/index.js")) || locs[0].Range.Start.Line != wantLine || locs[0].Range.Start.Character != strings.Index(jl[wantLine], "onPhone") {
		t.Fatalf("definition went to %+v, want index.js line %d", locs[0], wantLine)
	}

	// a configuration change turns a rule off, live
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"mpls": map[string]any{"rules": map[string]any{"content/extreme-words": "off"}}}})
	deadline := time.Now().Add(20 * time.Second)
	for {
		p := c.waitPublish(tmplURI, -1)
		if find(p.Diagnostics, "content/extreme-words") == nil && find(p.Diagnostics, "login/phone-button-label") != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("config change did not apply")
		}
	}
}

// TestClientThatNeverAnswers: a client that advertises
// workspace/configuration, progress and file watchers but never answers
// the server's requests still gets the start-up scan (each request gives
// up after a bounded wait) and live diagnostics for what it opens.
func TestClientThatNeverAnswers(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.Mute = true
	start := time.Now()
	c.initialize(root, map[string]any{"capabilities": map[string]any{
		"window":    map[string]any{"workDoneProgress": true},
		"workspace": map[string]any{"configuration": true, "didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
	}})
	jsURI := fileURI(filepath.Join(root, "pages/map/map.js"))
	b, _ := os.ReadFile(filepath.Join(root, "pages/map/map.js"))
	c.open(jsURI, "javascript", 1, string(b))
	if p := c.waitFor(jsURI, 1, func(ds []diag) bool { return find(ds, "privacy/prompt-before-authorize") != nil }); find(p.Diagnostics, "privacy/prompt-before-authorize") == nil {
		t.Fatalf("open file not analysed: %+v", p.Diagnostics)
	}
	// the scan publishes a file nobody opened
	tmplURI := fileURI(filepath.Join(root, "pages/index/index.wxml"))
	p := c.wait(func(m message) bool {
		return m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), tmplURI)
	}, 30*time.Second)
	if !strings.Contains(string(p.Params), "login/phone-button-label") {
		t.Fatalf("scan publish without the finding: %s", p.Params)
	}
	t.Logf("scan published %v after initialize, with three unanswered requests", time.Since(start).Round(time.Millisecond))
}

// TestSettingsChangeKeepsOpenDocuments: a settings change rescans the
// workspace; meanwhile an open document keeps its findings and actions
// (the rescan used to replace the project with an empty one, so a code
// action asked during it found no unit and offered nothing).
func TestSettingsChangeKeepsOpenDocuments(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	gen := filepath.Join(root, "pages", "gen")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 600; i++ { // a scan long enough to ask during it
		src := strings.Repeat("<view class=\"row\"><text>第 "+strconv.Itoa(i)+" 行 😀</text></view>\n", 40)
		if err := os.WriteFile(filepath.Join(gen, "p"+strconv.Itoa(i)+".wxml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	page := filepath.Join(root, "pages/index/index.wxml")
	b, _ := os.ReadFile(page)
	u := fileURI(page)
	c.open(u, "wxml", 1, string(b))
	c.waitPublish(u, 1)
	for round := 0; round < 3; round++ {
		c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"mpls": map[string]any{"locale": "zh-CN", "ignore": []string{"dist/**"}}}})
		time.Sleep(30 * time.Millisecond)
		as := codeActions(t, c, u, diag{}, "source.fixAll.mpls")
		if len(as) != 1 {
			t.Fatalf("round %d: fix-all during the rescan after a settings change: %+v", round, as)
		}
		c.waitScan()
	}
}
