package server_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runCommand calls workspace/executeCommand and returns its Markdown.
func runCommand(t *testing.T, c *client, command string, args ...any) string {
	t.Helper()
	r := c.call("workspace/executeCommand", map[string]any{"command": command, "arguments": args})
	if r.Error != nil {
		t.Fatalf("%s: %s", command, r.Error.Message)
	}
	var md string
	if err := json.Unmarshal(r.Result, &md); err != nil {
		t.Fatalf("%s returned %s, not a string: %v", command, r.Result, err)
	}
	return md
}

// TestSubmissionNotesCommand: the server lists mpls.submissionNotes and
// mpls.privacyDeclaration in executeCommandProvider; on a saved project
// they return what `mpls report` and `mpls privacy` print for it (one
// engine behind both), privacy section included; an unsaved buffer that
// starts using a privacy API is in the next notes and declaration; an
// unknown command is an error.
func TestSubmissionNotesCommand(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	init := c.initialize(root, nil)
	var caps struct {
		Capabilities struct {
			ExecuteCommandProvider struct{ Commands []string }
		}
	}
	if err := json.Unmarshal(init.Result, &caps); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"mpls.submissionNotes", "mpls.privacyDeclaration"} {
		if !slices.Contains(caps.Capabilities.ExecuteCommandProvider.Commands, cmd) {
			t.Errorf("executeCommandProvider lacks %s: %s", cmd, init.Result)
		}
	}

	notes := runCommand(t, c, "mpls.submissionNotes")
	for _, want := range []string{"# 提审说明：小鹿咖啡", "1. 本次是否涉及新增用户隐私信息收集？", "`wx.getLocation`（`pages/map/map.js:7`）", "## 可能导致驳回的问题"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	cli, err := exec.Command(binary, "report", root).Output()
	if err != nil {
		t.Fatalf("mpls report: %v", err)
	}
	if notes != string(cli) {
		t.Errorf("notes differ from `mpls report`:\neditor:\n%s\nmpls report:\n%s", notes, cli)
	}
	decl := runCommand(t, c, "mpls.privacyDeclaration")
	cli, err = exec.Command(binary, "privacy", root).Output()
	if err != nil {
		t.Fatalf("mpls privacy: %v", err)
	}
	if decl != string(cli) || !strings.Contains(decl, "| 位置信息 |") {
		t.Errorf("declaration differs from `mpls privacy`:\neditor:\n%s\nmpls privacy:\n%s", decl, cli)
	}

	// an unsaved edit: the profile page starts choosing photos
	js := filepath.Join(root, "pages/profile/profile.js")
	src := "Page({\n  data: { nickname: '' },\n  onAvatar() {\n    wx.chooseMedia({ count: 1 })\n  }\n})\n"
	u := fileURI(js)
	c.open(u, "javascript", 1, src)
	c.waitPublish(u, 1)
	notes = runCommand(t, c, "mpls.submissionNotes", u)
	if !strings.Contains(notes, "`wx.chooseMedia`（`pages/profile/profile.js:4`）") || !strings.Contains(notes, "`wx.getLocation`") {
		t.Errorf("notes for the open buffer:\n%s", notes)
	}
	if decl := runCommand(t, c, "mpls.privacyDeclaration", u); !strings.Contains(decl, "pages/profile/profile.js") {
		t.Errorf("declaration for the open buffer:\n%s", decl)
	}

	r := c.call("workspace/executeCommand", map[string]any{"command": "mpls.noSuchCommand"})
	if r.Error == nil {
		t.Errorf("an unknown command answered %s", r.Result)
	}
}
