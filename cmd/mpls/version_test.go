package main

import (
	"bytes"
	"testing"
)

// `mpls --version` is what install scripts, the npm wrapper and bug
// reports run: it prints the version and never starts the server.
func TestVersionFlag(t *testing.T) {
	old := version
	version = "9.8.7"
	defer func() { version = old }()
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		var out, errOut bytes.Buffer
		if code := run(args, bytes.NewReader(nil), &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
		if got := out.String(); got != "mpls 9.8.7\n" {
			t.Errorf("%v: got %q, want %q", args, got, "mpls 9.8.7\n")
		}
	}
}
