package realcorpus

import (
	"bufio"
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
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("recall.tsv:%d: want 5 tab-separated fields, have %d", n, len(f))
		}
		ln, err := strconv.Atoi(f[2])
		if err != nil || ln < 1 {
			return nil, fmt.Errorf("recall.tsv:%d: bad line number %q", n, f[2])
		}
		if strings.TrimSpace(f[4]) == "" {
			return nil, fmt.Errorf("recall.tsv:%d: a problem needs its description", n)
		}
		out = append(out, Problem{Key: Key{f[0], f[1], ln, f[3]}, What: f[4], Line: n})
	}
	return out, sc.Err()
}

// lineSlack is how far from the reviewer's line a finding may start and
// still point at the same place (a call split over lines, an attribute on
// the next line of its tag).
const lineSlack = 2

// Finds reports whether a finding of fs points at p: same project, file
// and rule, within lineSlack lines.
func Finds(fs []Found, p Problem) bool {
	for _, f := range fs {
		if f.Project == p.Project && f.File == p.File && f.Rule == p.Rule && f.Line >= p.Key.Line-lineSlack && f.Line <= p.Key.Line+lineSlack {
			return true
		}
	}
	return false
}
