package ruletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FixCases runs FixCase on every case folder of dir whose name starts with
// "fix-", so a new fix fixture is tested without being listed anywhere.
func FixCases(t *testing.T, dir, platform string, ids ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "fix-") {
			continue
		}
		n++
		c := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) { FixCase(t, c, platform, ids...) })
	}
	if n == 0 {
		t.Fatalf("%s has no fix- case", dir)
	}
}
