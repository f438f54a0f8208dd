package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The progress line is for terminals only: never for a pipe, a file or a
// buffer (CI logs).
func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if isTerminal(&buf) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if isTerminal(w) {
		t.Error("a pipe is not a terminal")
	}
	p := startProgress(f, "mpls check")
	p.set("x")
	time.Sleep(progressDelay + 200*time.Millisecond)
	p.stop()
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("progress written to a file: %d bytes", st.Size())
	}
	// And a whole check into a file-backed stderr prints nothing there.
	var out bytes.Buffer
	if code := run([]string{"check", example}, strings.NewReader(""), &out, f); code != 1 {
		t.Errorf("exit %d", code)
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("check wrote %d bytes to a non-terminal stderr", st.Size())
	}
}

// On a terminal the line is redrawn in place and erased at the end.
func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, prefix: "mpls check", start: time.Unix(100, 0), done: make(chan struct{})}
	p.set("big-app")
	p.draw(time.Unix(102, 500_000_000))
	p.stop()
	if got, want := buf.String(), "\r\x1b[Kmpls check: checking big-app … 2.5s\r\x1b[K"; got != want {
		t.Errorf("progress output %q, want %q", got, want)
	}
}

func findingLines(out string) []string {
	var ls []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, ": error [") || strings.Contains(l, ": warning [") || strings.Contains(l, ": information [") || strings.Contains(l, ": hint [") {
			ls = append(ls, l)
		}
	}
	return ls
}

func itoaExit(code int) string { return string(rune('0' + code)) }

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			m[mustRel(t, dir, p)] = string(b)
		}
		return nil
	})
	return m
}

func mustRel(t *testing.T, base, p string) string {
	t.Helper()
	r, err := filepath.Rel(base, p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".mpls-fix-") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}
