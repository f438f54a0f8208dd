package project

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mpls/analysis/text"
)

const fixtures = "../../testdata/projects"

// tree writes files (slash paths → contents) under a new temp folder and
// returns it (symlinks resolved, so paths compare equal).
func tree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, files)
	return dir
}

func write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		abs := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

func loadFixture(t *testing.T, name string) *Project {
	t.Helper()
	ps, err := Discover(fixture(t, name), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("%s: %d projects", name, len(ps))
	}
	return ps[0]
}

// at returns the span of the n-th (0-based) occurrence of needle in src.
func at(t *testing.T, src []byte, needle string, n int) text.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(string(src[off:]), needle)
		if j < 0 {
			t.Fatalf("%q not found", needle)
		}
		if i == n {
			return text.Span{Start: off + j, End: off + j + len(needle)}
		}
		off += j + len(needle)
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func eqStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
