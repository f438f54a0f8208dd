package server_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
)

// sameAsCheckFix runs `mpls check --fix` on the session's copy on disk
// (which the editor, working on buffers, left as it was) and requires
// every file to end as the editor's fix-all left its buffer: the CLI and
// the editor plan the same fixes from the same findings.
func (s *fixSession) sameAsCheckFix() {
	s.t.Helper()
	cmd := exec.Command(binary, "check", "--fix", s.root)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		s.t.Fatalf("mpls check --fix: %v\n%s", err, out)
	}
	for _, d := range s.sorted() {
		b, err := os.ReadFile(filepath.Join(s.root, filepath.FromSlash(d.rel)))
		if err != nil {
			s.t.Fatal(err)
		}
		if string(b) != d.text {
			s.t.Errorf("%s: `mpls check --fix` and the editor's fix-all disagree\ncheck --fix:\n%s\nfix-all:\n%s", d.rel, b, d.text)
		}
	}
}
