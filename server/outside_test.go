package server_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A file beside the mini-program root under the project file (here the
// build output miniprogram/ of a TypeScript project whose
// srcMiniprogramRoot is src/) is not checked by mpls check; the editor
// publishes nothing for it either, even when an edit breaks its JSON
// (found by TestEditorMatchesCLI, seed 433672633).
func TestBuildOutputBesideRootIsNotChecked(t *testing.T) {
	root := copyTree(t, "../testdata/projects/wx-ts-build")
	out := filepath.Join(root, "miniprogram", "app.json")
	u := fileURI(out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	c.open(u, "json", 1, string(b))
	none := func(ds []diag) bool { return len(ds) == 0 }
	c.settles(u, 1, none, 300*time.Millisecond)
	c.change(u, 2, map[string]any{"range": rng(0, 0, 0, 0), "text": "\"mplsProbe\": 1,\n"})
	c.settles(u, 2, none, 500*time.Millisecond)
}
