package server_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSkippedFilesDiagnostic: a script the server cannot analyse (saved as
// UTF-16) is named in the log and in one information diagnostic on
// app.json, the very one `mpls check --format json` reports. (That a model
// reloaded after an app.json edit keeps it: project.TestDiscoverSrcMiniprogramRoot.)
func TestSkippedFilesDiagnostic(t *testing.T) {
	root := copyTree(t, "../testdata/projects/wx-skipped")
	c := startServer(t)
	c.initialize(root, nil)
	appPath := filepath.Join(root, "app.json")
	app := fileURI(appPath)
	var got *diag
	deadline := time.Now().Add(20 * time.Second)
	for got == nil {
		p := c.waitPublish(app, -1)
		if got = find(p.Diagnostics, "project/skipped-files"); got == nil && time.Now().After(deadline) {
			t.Fatalf("no project/skipped-files on app.json: %+v", p.Diagnostics)
		}
		n := 0
		for _, d := range p.Diagnostics {
			if d.Code == "project/skipped-files" {
				n++
			}
		}
		if n > 1 {
			t.Fatalf("%d skipped-files diagnostics, want one per project", n)
		}
	}
	if got.Severity != 3 || !strings.Contains(got.Message, "pages/legacy/legacy.js") {
		t.Errorf("diagnostic %+v", got)
	}
	if !strings.Contains(c.logs(), "pages/legacy/legacy.js: UTF-16 encoded") {
		t.Errorf("the log does not name the skipped file:\n%s", tail(c.logs(), 4000))
	}

	// The CLI reports the same diagnostic.
	out, _ := exec.Command(binary, "check", "--format", "json", root).Output()
	var doc struct {
		Diagnostics []struct {
			File     string `json:"file"`
			Range    struct{ Start, End struct{ Line, Character int } }
			Severity string `json:"severity"`
			Code     string `json:"code"`
			Message  string `json:"message"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, out)
	}
	found := false
	for _, d := range doc.Diagnostics {
		if d.Code == "project/skipped-files" {
			found = true
			if d.File != "app.json" || d.Severity != "information" || d.Message != got.Message ||
				d.Range.Start.Line != got.Range.Start.Line || d.Range.Start.Character != got.Range.Start.Character ||
				d.Range.End.Line != got.Range.End.Line || d.Range.End.Character != got.Range.End.Character {
				t.Errorf("CLI %+v\nserver %+v", d, *got)
			}
		}
	}
	if !found {
		t.Errorf("the CLI does not report project/skipped-files:\n%s", out)
	}
}
