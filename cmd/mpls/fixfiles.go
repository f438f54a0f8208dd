package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"mpls/analysis/engine"
	"mpls/analysis/fix"
	"mpls/analysis/output"
	"mpls/analysis/rule"
)

// maxFixRounds bounds `check --fix` as it bounds the editor's fix-all
// (fix.AllRounds): fixes that overlap one already taken wait for the next
// round, and a rule whose fix keeps producing a new finding must not loop
// forever.
const maxFixRounds = fix.MaxRounds

// fileFix is what one round of `check --fix` does to one file.
type fileFix struct {
	abs   string // the file on disk
	rel   string // relative to its PATH, for messages
	src   []byte // the text the fixes were computed on
	edits []rule.Edit
	n     int // fixes that touch this file
}

// fixPlan is one round: the safe fixes of every file, edits grouped by
// the file they change (a fix may edit app.json as well as its own file).
type fixPlan struct {
	files map[string]*fileFix
	order []string
	// stale are files that changed on disk since they were analysed:
	// left alone, with every fix that touches them.
	stale []string
	disk  map[string]bool
}

func (p *fixPlan) empty() bool { return len(p.order) == 0 }

func (p *fixPlan) file(abs, rel string, src []byte) *fileFix {
	if ff := p.files[abs]; ff != nil {
		return ff
	}
	ff := &fileFix{abs: abs, rel: rel, src: src}
	p.files[abs] = ff
	p.order = append(p.order, abs)
	return ff
}

// fresh reports whether the file on disk still holds src (read once).
func (p *fixPlan) fresh(abs, rel string, src []byte) bool {
	if ok, seen := p.disk[abs]; seen {
		return ok
	}
	b, err := os.ReadFile(abs)
	ok := err == nil && bytes.Equal(b, src)
	p.disk[abs] = ok
	if !ok {
		p.stale = append(p.stale, rel)
	}
	return ok
}

// planFixes plans one round of `check --fix`: fix.Plan (the planner the
// editor's fix-all uses too) for each project, on the texts the check
// read; a file that changed on disk since is left alone, with every fix
// that touches it.
func planFixes(results []*engine.Result) *fixPlan {
	plan := &fixPlan{files: map[string]*fileFix{}, disk: map[string]bool{}}
	for _, res := range results {
		for _, pr := range res.Projects {
			planProject(plan, res.Base, pr)
		}
	}
	return plan
}

func planProject(plan *fixPlan, base string, pr *engine.ProjectResult) {
	root := pr.Project.Root
	abs := func(rel string) string { return filepath.Join(root, filepath.FromSlash(rel)) }
	files := func(path string) ([]byte, bool) {
		u := pr.Units[path]
		if u == nil || u.Skip != "" || !plan.fresh(abs(path), output.RelTo(base, root, path), u.Text) {
			return nil, false
		}
		return u.Text, true
	}
	for _, fe := range fix.Plan(pr.Findings, files, "") {
		ff := plan.file(abs(fe.Path), output.RelTo(base, root, fe.Path), fe.Src)
		ff.edits = append(ff.edits, fe.Edits...)
		ff.n += fe.Fixes
	}
}

// fixCount is how many fixes one file got.
type fixCount struct {
	rel string
	abs string
	n   int
}

// apply writes every changed file atomically: each new text goes to a
// temporary file in the file's own folder (with the file's mode), and
// only when all of them are written are they renamed over the originals.
// An error while writing leaves every original untouched; a rename that
// fails leaves that file (and the ones after it) untouched. It returns
// the files changed.
func (p *fixPlan) apply() ([]fixCount, error) {
	type staged struct {
		ff     *fileFix
		tmp    string
		target string
	}
	var st []staged
	cleanup := func(from int) {
		for _, s := range st[from:] {
			os.Remove(s.tmp)
		}
	}
	for _, abs := range p.order {
		ff := p.files[abs]
		out := fix.Apply(ff.src, ff.edits)
		if bytes.Equal(out, ff.src) {
			continue
		}
		target, err := filepath.EvalSymlinks(ff.abs)
		if err != nil {
			cleanup(0)
			return nil, err
		}
		tmp, err := writeTemp(target, out)
		if err != nil {
			cleanup(0)
			return nil, fmt.Errorf("%s: %v (no file was changed)", ff.rel, err)
		}
		st = append(st, staged{ff: ff, tmp: tmp, target: target})
	}
	var done []fixCount
	for i, s := range st {
		if err := os.Rename(s.tmp, s.target); err != nil {
			cleanup(i)
			return done, fmt.Errorf("%s: %v", s.ff.rel, err)
		}
		done = append(done, fixCount{rel: s.ff.rel, abs: s.ff.abs, n: s.ff.n})
	}
	return done, nil
}

// writeTemp writes b to a new file beside target with target's mode and
// returns its name.
func writeTemp(target string, b []byte) (string, error) {
	info, err := os.Stat(target)
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".mpls-fix-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(name)
		return "", err
	}
	if _, err := f.Write(b); err != nil {
		return fail(err)
	}
	if err := f.Chmod(info.Mode().Perm()); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// fixLog adds up what every round of --fix changed.
type fixLog struct {
	files []fixCount
	stale []string
}

func (l *fixLog) add(cs []fixCount) {
outer:
	for _, c := range cs {
		for i := range l.files {
			if l.files[i].abs == c.abs {
				l.files[i].n += c.n
				continue outer
			}
		}
		l.files = append(l.files, c)
	}
}

// print says what --fix changed: on stdout in text mode, on stderr when
// stdout carries JSON or SARIF.
func (l *fixLog) print(stdout, stderr io.Writer, format string) {
	fs := append([]fixCount(nil), l.files...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].rel < fs[j].rel })
	w, prefix := stdout, ""
	if format != "text" {
		w, prefix = stderr, "mpls check: "
	}
	seen := map[string]bool{}
	for _, s := range l.stale {
		if seen[s] {
			continue
		}
		seen[s] = true
		fmt.Fprintf(stderr, "mpls check: %s changed on disk during the check: not fixed\n", s)
	}
	for _, f := range fs {
		fmt.Fprintf(w, "%sfixed %s: %s\n", prefix, f.rel, output.Plural(f.n, "fix", "fixes"))
	}
	if len(fs) == 0 {
		fmt.Fprintf(w, "%sno safe fixes to apply\n", prefix)
	}
	if format == "text" {
		fmt.Fprintln(w)
	}
}
