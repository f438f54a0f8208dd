package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// privacyDecl is a declaration that lacks Album.
const privacyDecl = `{
  "owner_setting": { "contact_email": "privacy@example.com", "notice_method": "弹窗" },
  "setting_list": [
    { "privacy_key": "Location", "privacy_text": "显示你附近的门店和距离" },
    { "privacy_key": "PhoneNumber", "privacy_text": "手机号授权登录" }
  ]
}
`

// waitFor waits for a publish of uri at version whose diagnostics satisfy
// ok (publishes in between are skipped, as an editor overwrites them).
func (c *client) waitFor(uri string, version int, ok func([]diag) bool) publish {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		p := c.waitPublish(uri, version)
		if ok(p.Diagnostics) {
			return p
		}
	}
	c.t.Fatalf("no publish of %s (version %d) as expected", uri, version)
	return publish{}
}

// TestPrivacyDeclarationLive: with a privacy.json that lacks Album, adding
// a chooseImage call to an open page script publishes
// privacy/undeclared-category in the same session; its quick fix edits
// privacy.json (applied as an editor does: open it, send the edit as a
// didChange), and the next publish has no such finding. Hover on the call
// shows the category and the declaration's state.
func TestPrivacyDeclarationLive(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	declPath := filepath.Join(root, "privacy.json")
	if err := os.WriteFile(declPath, []byte(privacyDecl), 0o644); err != nil {
		t.Fatal(err)
	}
	declURI := fileURI(declPath)
	c := startServer(t)
	c.initialize(root, nil)
	// the scan publishes privacy.json: the declaration matches the code
	p := c.waitPublish(declURI, -1)
	if d := find(p.Diagnostics, "privacy/undeclared-category"); d != nil {
		t.Fatalf("finding before the edit: %+v", d)
	}

	jsPath := filepath.Join(root, "pages/profile/profile.js")
	jsURI := fileURI(jsPath)
	b, _ := os.ReadFile(jsPath)
	js := string(b)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": jsURI, "languageId": "javascript", "version": 1, "text": js}})
	p = c.waitPublish(jsURI, 1)
	if d := find(p.Diagnostics, "privacy/undeclared-category"); d != nil {
		t.Fatalf("finding before the edit: %+v", d)
	}

	// add a method calling chooseImage after `Page({` (line 0)
	insert := "  pickAvatar() {\n    wx.chooseImage({ count: 1 })\n  },\n"
	at := map[string]any{"line": 1, "character": 0}
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": jsURI, "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": at, "end": at}, "text": insert}},
	})
	js = js[:strings.Index(js, "\n")+1] + insert + js[strings.Index(js, "\n")+1:]
	p = c.waitFor(jsURI, 2, func(ds []diag) bool { return find(ds, "privacy/undeclared-category") != nil })
	d := find(p.Diagnostics, "privacy/undeclared-category")
	lines := strings.Split(js, "\n")
	if d.Severity != 1 || d.Range.Start.Line != 2 || d.Range.Start.Character != strings.Index(lines[2], "chooseImage") || d.Range.End.Character != d.Range.Start.Character+len("chooseImage") {
		t.Fatalf("finding %+v", d)
	}
	if !strings.Contains(d.Message, "Album") || !strings.Contains(d.Message, "privacy.json") {
		t.Fatalf("message %q", d.Message)
	}
	// the declaration is flagged too, at setting_list
	dp := c.waitFor(declURI, -1, func(ds []diag) bool { return find(ds, "privacy/undeclared-category") != nil })
	if dd := find(dp.Diagnostics, "privacy/undeclared-category"); dd.Range.Start.Line != 2 {
		t.Fatalf("finding on privacy.json %+v", dd)
	}

	// hover on the call: its category, not declared
	h := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": jsURI}, "position": d.Range.Start})
	if s := string(h.Result); !strings.Contains(s, "Album") || !strings.Contains(s, "未声明") {
		t.Fatalf("hover: %s", h.Result)
	}

	// the quick fix edits privacy.json
	var fix *action
	for _, a := range codeActions(t, c, jsURI, *d) {
		if strings.Contains(a.Title, "Album") && a.Kind == "quickfix" {
			a := a
			fix = &a
		}
	}
	if fix == nil || !fix.IsPreferred {
		t.Fatalf("no preferred declare fix")
	}
	edits := fix.Edit.Changes[declURI]
	if len(edits) != 1 || len(fix.Edit.Changes) != 1 {
		t.Fatalf("fix changes %+v", fix.Edit.Changes)
	}
	decl := privacyDecl
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": declURI, "languageId": "json", "version": 1, "text": decl}})
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": declURI, "version": 2},
		"contentChanges": []any{map[string]any{"range": edits[0].Range, "text": edits[0].NewText}},
	})
	decl = applyEdits(decl, edits)
	var parsed struct {
		SettingList []struct {
			Key  string `json:"privacy_key"`
			Text string `json:"privacy_text"`
		} `json:"setting_list"`
	}
	if err := json.Unmarshal([]byte(decl), &parsed); err != nil || len(parsed.SettingList) != 3 {
		t.Fatalf("privacy.json after the fix (%v):\n%s", err, decl)
	}
	if e := parsed.SettingList[2]; e.Key != "Album" || e.Text == "" || strings.HasPrefix(e.Text, "为了") || strings.HasPrefix(e.Text, "用于") {
		t.Fatalf("added entry %+v", e)
	}
	if !strings.Contains(decl, "    { \"privacy_key\": \"Album\", ") {
		t.Fatalf("entry not in the file's one-line style:\n%s", decl)
	}

	// the next publishes have no such finding, in the script or the declaration
	c.waitFor(jsURI, 2, func(ds []diag) bool { return find(ds, "privacy/undeclared-category") == nil })
	c.waitFor(declURI, 2, func(ds []diag) bool {
		return find(ds, "privacy/undeclared-category") == nil && find(ds, "privacy/declared-purpose") == nil
	})
	h = c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": jsURI}, "position": d.Range.Start})
	if s := string(h.Result); !strings.Contains(s, "已声明") {
		t.Fatalf("hover after the fix: %s", h.Result)
	}
}
