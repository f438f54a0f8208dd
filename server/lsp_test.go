package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// utf16Col counts UTF-16 units of s (independent of the server's own
// conversion, so the test checks it rather than repeating it).
func utf16Col(s string) int { return len(utf16.Encode([]rune(s))) }

// offsetOf converts an LSP position to a byte offset in text.
func offsetOf(text string, line, char int) int {
	lines := strings.SplitAfter(text, "\n")
	off := 0
	for i := 0; i < line && i < len(lines); i++ {
		off += len(lines[i])
	}
	if line >= len(lines) {
		return len(text)
	}
	units := 0
	for i, r := range lines[line] {
		if units >= char {
			return off + i
		}
		units += len(utf16.Encode([]rune{r}))
	}
	return off + len(strings.TrimRight(lines[line], "\r\n"))
}

type textEdit struct {
	Range struct {
		Start struct{ Line, Character int }
		End   struct{ Line, Character int }
	}
	NewText string
}

type action struct {
	Title       string
	Kind        string
	IsPreferred bool
	Edit        struct {
		Changes map[string][]textEdit
	}
}

// applyEdits applies edits (sorted, non-overlapping) to text.
func applyEdits(text string, edits []textEdit) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		s := offsetOf(text, e.Range.Start.Line, e.Range.Start.Character)
		en := offsetOf(text, e.Range.End.Line, e.Range.End.Character)
		text = text[:s] + e.NewText + text[en:]
	}
	return text
}

func codeActions(t *testing.T, c *client, uri string, d diag, only ...string) []action {
	t.Helper()
	ctx := map[string]any{"diagnostics": []any{}}
	if len(only) > 0 {
		ctx["only"] = only
	}
	r := c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        d.Range,
		"context":      ctx,
	})
	if r.Error != nil {
		t.Fatalf("codeAction: %s", r.Error.Message)
	}
	var as []action
	if err := json.Unmarshal(r.Result, &as); err != nil {
		t.Fatalf("codeAction result %s: %v", r.Result, err)
	}
	return as
}

func find(ds []diag, code string) *diag {
	for i := range ds {
		if ds[i].Code == code {
			return &ds[i]
		}
	}
	return nil
}

// TestEditorSession drives the real binary as an editor does: open a
// template and a script of the example project, check the exact UTF-16
// ranges (CJK and emoji before the finding), apply the quick fixes through
// incremental didChange, and see the findings gone in the next publish.
func TestEditorSession(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	init := c.initialize(root, nil)
	if !strings.Contains(string(init.Result), `"change":2`) || !strings.Contains(string(init.Result), "source.fixAll.mpls") {
		t.Fatalf("capabilities: %s", init.Result)
	}

	// the scan publishes unopened files, with progress
	tmplPath := filepath.Join(root, "pages/index/index.wxml")
	tmplURI := fileURI(tmplPath)
	scanned := c.waitPublish(tmplURI, -1)
	if find(scanned.Diagnostics, "login/phone-button-label") == nil {
		t.Fatalf("scan did not publish the phone label finding: %+v", scanned)
	}

	b, _ := os.ReadFile(tmplPath)
	text := string(b)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": tmplURI, "languageId": "wxml", "version": 1, "text": text}})
	p := c.waitPublish(tmplURI, 1)
	d := find(p.Diagnostics, "login/phone-button-label")
	if d == nil {
		t.Fatalf("no phone label finding: %+v", p.Diagnostics)
	}
	lines := strings.Split(text, "\n")
	wantLine := 3
	wantCol := utf16Col(lines[wantLine][:strings.Index(lines[wantLine], "一键登录")])
	if d.Range.Start.Line != wantLine || d.Range.Start.Character != wantCol || d.Range.End.Character != wantCol+4 {
		t.Fatalf("phone label range %+v, want line %d col %d-%d", d.Range, wantLine, wantCol, wantCol+4)
	}
	ex := find(p.Diagnostics, "content/extreme-words")
	if ex == nil {
		t.Fatalf("no extreme word finding")
	}
	// ☕ and CJK precede 最好 on line 2
	if col := utf16Col(lines[1][:strings.Index(lines[1], "最好")]); ex.Range.Start.Line != 1 || ex.Range.Start.Character != col {
		t.Fatalf("extreme word range %+v, want 1:%d", ex.Range, col)
	}
	if !strings.Contains(d.Message, "手机号授权登录") {
		t.Fatalf("message not in zh-CN: %q", d.Message)
	}

	as := codeActions(t, c, tmplURI, *d)
	var fix *action
	for i := range as {
		if strings.Contains(as[i].Title, "手机号授权登录") {
			fix = &as[i]
		}
	}
	if fix == nil || fix.Kind != "quickfix" || !fix.IsPreferred {
		t.Fatalf("no preferred rename quick fix in %+v", as)
	}
	edits := fix.Edit.Changes[tmplURI]
	if len(edits) != 1 {
		t.Fatalf("edits %+v", fix.Edit.Changes)
	}
	// send the edit as an incremental change, as the editor does
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": tmplURI, "version": 2},
		"contentChanges": []any{map[string]any{"range": edits[0].Range, "text": edits[0].NewText}},
	})
	text = applyEdits(text, edits)
	if !strings.Contains(text, `bindgetphonenumber="onPhone">手机号授权登录</button>`) {
		t.Fatalf("fixed text:\n%s", text)
	}
	p = c.waitPublish(tmplURI, 2)
	if find(p.Diagnostics, "login/phone-button-label") != nil {
		t.Fatalf("finding still there after the fix: %+v", p.Diagnostics)
	}
	if as := codeActions(t, c, tmplURI, *ex); len(as) == 0 {
		t.Fatalf("no action for the extreme word")
	}

	// the script: privacy prompt on page load
	jsPath := filepath.Join(root, "pages/map/map.js")
	jsURI := fileURI(jsPath)
	b, _ = os.ReadFile(jsPath)
	js := string(b)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": jsURI, "languageId": "javascript", "version": 1, "text": js}})
	// a page's own calls are the project check's (it knows what the
	// launch asked first): they come with its publish
	p = c.waitFor(jsURI, 1, func(ds []diag) bool { return find(ds, "privacy/prompt-before-authorize") != nil })
	d = find(p.Diagnostics, "privacy/prompt-before-authorize")
	if d == nil {
		t.Fatalf("no privacy finding: %+v", p.Diagnostics)
	}
	jl := strings.Split(js, "\n")
	if d.Range.Start.Line != 6 || d.Range.Start.Character != utf16Col(jl[6][:strings.Index(jl[6], "getLocation")]) {
		t.Fatalf("privacy range %+v", d.Range)
	}
	as = codeActions(t, c, jsURI, *d)
	fix = nil
	for i := range as {
		if strings.Contains(as[i].Title, "授权前说明弹窗") {
			fix = &as[i]
		}
	}
	if fix == nil {
		t.Fatalf("no consent fix in %+v", as)
	}
	edits = fix.Edit.Changes[jsURI]
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": jsURI, "version": 2},
		"contentChanges": []any{map[string]any{"range": edits[0].Range, "text": edits[0].NewText}},
	})
	js = applyEdits(js, edits)
	if !strings.Contains(js, "wx.showModal({") || !strings.Contains(js, "if (res.confirm) {") {
		t.Fatalf("fixed script:\n%s", js)
	}
	p = c.waitPublish(jsURI, 2)
	if f := find(p.Diagnostics, "privacy/prompt-before-authorize"); f != nil {
		t.Fatalf("privacy finding still there: %+v\n%s", f, js)
	}
	if f := find(p.Diagnostics, "syntax/parse-error"); f != nil {
		t.Fatalf("fix broke the script: %+v\n%s", f, js)
	}

	// hover on a finding shows its rule documentation
	h := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": tmplURI}, "position": ex.Range.Start})
	if !strings.Contains(string(h.Result), "content/extreme-words") {
		t.Fatalf("hover: %s", h.Result)
	}

	// closing a lone buffer of the project keeps disk findings; shutdown/exit
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": jsURI}})
	if r := c.call("shutdown", nil); r.Error != nil {
		t.Fatalf("shutdown: %+v", r.Error)
	}
	c.notify("exit", nil)
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after shutdown should be 0: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not exit")
	}
}
