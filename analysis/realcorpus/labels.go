// Package realcorpus judges mpls by real code: every finding on the
// mini-programs of ../shared/corpus must carry a reviewer's label, and the
// reviewer's own lists of problems measure what mpls misses.
package realcorpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/engine"
)

// Verdicts a reviewer gives a finding.
const (
	True      = "true"
	False     = "false"
	Debatable = "debatable"
)

// Key names a finding the way a reviewer points at it: the project, the
// file (relative to the project's folder in the corpus), the 1-based line
// and the rule.
type Key struct {
	Project, File string
	Line          int
	Rule          string
}

func (k Key) String() string {
	return fmt.Sprintf("%s\t%s\t%d\t%s", k.Project, k.File, k.Line, k.Rule)
}

// Label is one line of labels.tsv.
type Label struct {
	Key
	Verdict, Reason string
	Line            int    // line in its labels file, for messages
	Source          string // the labels file
}

// ReadLabelFiles reads labels.tsv and every labels-*.tsv beside it (one
// file per review, so reviewers working at once do not edit one file); a
// finding labelled in two files is an error.
func ReadLabelFiles(dir string) (map[Key]Label, error) {
	names, err := filepath.Glob(filepath.Join(dir, "labels-*.tsv"))
	if err != nil {
		return nil, err
	}
	names = append([]string{filepath.Join(dir, "labels.tsv")}, names...)
	out := map[Key]Label{}
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		err = readLabels(f, filepath.Base(name), out)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReadLabels parses labels.tsv: project, file, line, rule, verdict, reason,
// tab-separated; '#' lines and blank lines are comments.
func ReadLabels(r io.Reader) (map[Key]Label, error) {
	out := map[Key]Label{}
	return out, readLabels(r, "labels.tsv", out)
}

func readLabels(r io.Reader, name string, out map[Key]Label) error {
	return readTSV(r, name, 6, func(n int, f []string) error {
		ln, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("bad line number %q", f[2])
		}
		switch f[4] {
		case True, False, Debatable:
		default:
			return fmt.Errorf("verdict %q is not true, false or debatable", f[4])
		}
		if strings.TrimSpace(f[5]) == "" {
			return fmt.Errorf("a label needs its reason")
		}
		k := Key{f[0], f[1], ln, f[3]}
		if prev, ok := out[k]; ok {
			return fmt.Errorf("%s is labelled already (%s:%d)", k, prev.Source, prev.Line)
		}
		out[k] = Label{Key: k, Verdict: f[4], Reason: f[5], Line: n, Source: name}
		return nil
	})
}

// readTSV calls line for each tab-separated line of want fields ('#'
// lines and blank lines are comments), with its 1-based number; an error
// names the file and the line.
func readTSV(r io.Reader, name string, want int, line func(n int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != want {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, have %d", name, n, want, len(f))
		}
		if err := line(n, f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return sc.Err()
}

// Found is one finding on a corpus project.
type Found struct {
	Key
	Col     int
	Message string
	// Whole: the finding speaks for the whole project (Rule.Whole or
	// Rule.Notice), so no line is the right one.
	Whole bool
}

// Run checks every project folder of the corpus with default settings, as
// `mpls check` does, and returns the findings sorted.
func Run(corpus string) ([]Found, error) {
	dirs, err := Projects(corpus)
	if err != nil {
		return nil, err
	}
	eng := engine.New(engine.Settings{})
	var all []Found
	for _, name := range dirs {
		base := filepath.Join(corpus, name)
		res, err := eng.CheckPath(base)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for _, pr := range res.Projects {
			for _, f := range pr.Findings {
				abs := filepath.Join(pr.Project.Root, filepath.FromSlash(f.Path))
				rel, err := filepath.Rel(res.Base, abs)
				if err != nil {
					rel = f.Path
				}
				fd := Found{Key: Key{Project: name, File: filepath.ToSlash(rel), Rule: f.Rule}, Message: f.Message.In("zh-CN")}
				if r := eng.Rule(f.Rule); r != nil {
					fd.Whole = r.Whole || r.Notice
				}
				if u := pr.Units[f.Path]; u != nil && u.Index != nil {
					p := u.Index.Position(f.Span.Start)
					fd.Line, fd.Col = p.Line+1, p.Character+1
				}
				all = append(all, fd)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Project != b.Project {
			return a.Project < b.Project
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
	return all, nil
}

// Projects lists the project folders of the corpus (owner+name).
func Projects(corpus string) ([]string, error) {
	ents, err := os.ReadDir(corpus)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() && strings.Contains(e.Name(), "+") {
			out = append(out, e.Name())
		}
	}
	return out, nil
}
