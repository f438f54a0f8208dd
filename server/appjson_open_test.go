package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// settles waits until the newest publish of uri (messages taken in the
// order they came) is of version and satisfies ok, and no message came
// for quiet after it; it fails after 20 s.
func (c *client) settles(uri string, version int, ok func([]diag) bool, quiet time.Duration) publish {
	c.t.Helper()
	var last publish
	good := func() bool { return last.Version != nil && *last.Version == version && ok(last.Diagnostics) }
	pending := c.pending
	c.pending = nil
	for _, m := range pending {
		if p, is := publishOf(m, uri); is {
			last = p
		} else {
			c.pending = append(c.pending, m)
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		timer := time.NewTimer(quiet)
		select {
		case m, open := <-c.msgs:
			timer.Stop()
			if !open {
				c.t.Fatalf("server closed the connection")
			}
			if p, is := publishOf(m, uri); is {
				last = p
			} else {
				c.pending = append(c.pending, m)
			}
		case <-timer.C:
			if good() {
				return last
			}
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("the newest publish of %s is version %v with %+v", uri, ver(last), last.Diagnostics)
		}
	}
}

func publishOf(m message, uri string) (publish, bool) {
	if m.Method != "textDocument/publishDiagnostics" {
		return publish{}, false
	}
	var p publish
	_ = json.Unmarshal(m.Params, &p)
	return p, p.URI == uri
}

// TestOpenAppJSONKeepsProjectFindings (issue #19): a page calls
// wx.getLocation and app.json has neither the permission desc nor
// requiredPrivateInfos. The scan shows both findings on app.json; opening
// app.json must keep them (they used to vanish: the publish for version 1
// left out project findings of the disk's text, and the project check
// that followed found "nothing changed" and never published again).
// Adding the desc and requiredPrivateInfos takes them away; undoing the
// edit brings them back.
func TestOpenAppJSONKeepsProjectFindings(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	appPath := filepath.Join(root, "app.json")
	u := fileURI(appPath)
	b, err := os.ReadFile(appPath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	codes := []string{"privacy/permission-desc-missing", "privacy/required-private-infos"}
	has := func(ds []diag) bool { return find(ds, codes[0]) != nil && find(ds, codes[1]) != nil }
	hasNone := func(ds []diag) bool { return find(ds, codes[0]) == nil && find(ds, codes[1]) == nil }
	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	c.waitFor(u, -1, has)

	stays := func(version int, ok func([]diag) bool, what string) {
		t.Helper()
		t.Log(what)
		c.settles(u, version, ok, 500*time.Millisecond)
	}
	c.open(u, "json", 1, text)
	stays(1, has, "after opening app.json, both findings")

	lines := strings.Split(text, "\n")
	last := len(lines) - 1
	for last > 0 && strings.TrimSpace(lines[last]) != "}" {
		last--
	}
	prev := last - 1
	col := utf16Col(lines[prev])
	ins := ",\n  \"permission\": { \"scope.userLocation\": { \"desc\": \"你的位置信息将用于查找附近的门店\" } },\n  \"requiredPrivateInfos\": [\"getLocation\"]"
	c.change(u, 2, map[string]any{"range": rng(prev, col, prev, col), "text": ins})
	stays(2, hasNone, "after adding the desc and requiredPrivateInfos, neither finding")

	insLines := strings.Split(ins, "\n")
	c.change(u, 3, map[string]any{"range": rng(prev, col, prev+len(insLines)-1, utf16Col(insLines[len(insLines)-1])), "text": ""})
	stays(3, has, "after the undo, both findings")
}
