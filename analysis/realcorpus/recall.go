package realcorpus

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Problem is one line of recall.tsv: a problem a reviewer found by reading
// an app, without looking at mpls's output. Rule is a catalogue rule id, or
// "uncovered:<name>" for a problem no rule covers yet.
type Problem struct {
	Key
	What string
	Line int // line in recall.tsv
}

// Covered reports whether a catalogue rule covers the problem.
func (p Problem) Covered() bool { return !strings.HasPrefix(p.Rule, "uncovered:") }

// ReadProblems parses recall.tsv: project, file, line, rule, description.
func ReadProblems(r io.Reader) ([]Problem, error) {
	var out []Problem
	err := readTSV(r, "recall.tsv", 5, func(n int, f []string) error {
		ln, err := strconv.Atoi(f[2])
		if err != nil || ln < 1 {
			return fmt.Errorf("bad line number %q", f[2])
		}
		if strings.TrimSpace(f[4]) == "" {
			return fmt.Errorf("a problem needs its description")
		}
		out = append(out, Problem{Key: Key{f[0], f[1], ln, f[3]}, What: f[4], Line: n})
		return nil
	})
	return out, err
}

// lineSlack is how far from the reviewer's line a finding may start and
// still point at the same place (a call split over lines, an attribute on
// the next line of its tag).
const lineSlack = 2

// Finds reports whether a finding of fs points at p: same project, file
// and rule, within lineSlack lines. A finding that speaks for the whole
// project (no logout anywhere, no test account given) has no right line:
// the same project and rule find it.
func Finds(fs []Found, p Problem) bool {
	for _, f := range fs {
		if f.Project != p.Project || f.Rule != p.Rule {
			continue
		}
		if f.Whole || f.File == p.File && f.Line >= p.Key.Line-lineSlack && f.Line <= p.Key.Line+lineSlack {
			return true
		}
	}
	return false
}
