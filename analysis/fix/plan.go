package fix

import (
	"sort"

	"mpls/analysis/rule"
)

// Files gives the text a project's findings were computed on, by path
// relative to the project root (as findings name files). ok is false for
// a file that must not be edited: not analysed, skipped, or changed since.
type Files func(path string) (src []byte, ok bool)

// FileEdits is what one round of fixes does to one file.
type FileEdits struct {
	Path  string
	Src   []byte      // the text the edits apply to
	Edits []rule.Edit // sorted, disjoint, Path ""
	Fixes int         // fixes that touch the file
}

// Plan picks one round of safe fixes from a project's findings; it is the
// planner of both `mpls check --fix` and the editor's fix-all. Per file,
// in path order, All's fixes (those that stay in their file); then each
// fix that also edits another file (app.json …), taken whole or not at
// all: when every file it edits may be edited, none of its edits overlaps
// one taken, and it is not in place already. A fix left out for an
// overlap waits for the next round, on the fixed text.
//
// With only set the plan is that file's alone, without fixes that edit
// another file: the editor's fix-all of the document at hand.
func Plan(fs []rule.Finding, files Files, only string) []*FileEdits {
	var plan []*FileEdits
	byPath := map[string]*FileEdits{}
	file := func(path string, src []byte) *FileEdits {
		if fe := byPath[path]; fe != nil {
			return fe
		}
		fe := &FileEdits{Path: path, Src: src}
		byPath[path] = fe
		plan = append(plan, fe)
		return fe
	}
	var paths []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.Path] && (only == "" || f.Path == only) && hasSafeFix(f) {
			seen[f.Path] = true
			paths = append(paths, f.Path)
		}
	}
	sort.Strings(paths)
	for _, path := range paths {
		src, ok := files(path)
		if !ok {
			continue
		}
		edits := All(path, fs, src)
		if len(edits) == 0 {
			continue
		}
		fe := file(path, src)
		fe.Edits = edits
		fe.Fixes = countTaken(path, fs, src, edits)
	}
	if only == "" {
		for _, f := range fs {
			crossFileFix(f, files, byPath, file)
		}
	}
	for _, fe := range plan {
		fe.Edits = NonOverlapping(fe.Edits)
		for i := range fe.Edits {
			fe.Edits[i].Path = ""
		}
	}
	return plan
}

// crossFileFix takes f's chosen fix when it edits another file too, and
// every file it edits may take it whole.
func crossFileFix(f rule.Finding, files Files, byPath map[string]*FileEdits, file func(string, []byte) *FileEdits) {
	src, ok := files(f.Path)
	if !ok {
		return
	}
	fx, ok := chosenFix(f, src)
	if !ok || !crossFile(fx, f.Path) {
		return
	}
	byFile := map[string][]rule.Edit{}
	var targets []string
	for _, e := range fx.Edits {
		t := e.Path
		if t == "" {
			t = f.Path
		}
		if _, ok := byFile[t]; !ok {
			targets = append(targets, t)
		}
		e.Path = ""
		byFile[t] = append(byFile[t], e)
	}
	sort.Strings(targets)
	texts := map[string][]byte{}
	applied := true
	for _, t := range targets {
		tsrc, ok := files(t)
		if !ok || !editsInBounds(byFile[t], len(tsrc)) {
			return // never apply half of a fix
		}
		if !Applied(tsrc, rule.Fix{Edits: byFile[t]}) {
			applied = false
		}
		if fe := byPath[t]; fe != nil && anyOverlap(byFile[t], fe.Edits) {
			return
		}
		texts[t] = tsrc
	}
	if applied {
		return
	}
	for _, t := range targets {
		fe := file(t, texts[t])
		fe.Edits = append(fe.Edits, byFile[t]...)
		fe.Fixes++
	}
}

func editsInBounds(es []rule.Edit, n int) bool {
	for _, e := range es {
		if e.Span.Start < 0 || e.Span.Start > e.Span.End || e.Span.End > n {
			return false
		}
	}
	return true
}

func hasSafeFix(f rule.Finding) bool {
	for _, fx := range f.Fixes {
		if fx.Safe {
			return true
		}
	}
	return false
}

// chosenFix is the fix All considers for a finding: its first safe fix
// that is not in place already.
func chosenFix(f rule.Finding, src []byte) (rule.Fix, bool) {
	for _, fx := range f.Fixes {
		if fx.Safe && !Applied(src, fx) {
			return fx, true
		}
	}
	return rule.Fix{}, false
}

// crossFile reports whether a fix edits a file other than path.
func crossFile(fx rule.Fix, path string) bool {
	for _, e := range fx.Edits {
		if e.Path != "" && e.Path != path {
			return true
		}
	}
	return false
}

// countTaken counts the findings of path whose chosen fix All took (all
// its edits are among edits).
func countTaken(path string, fs []rule.Finding, src []byte, edits []rule.Edit) int {
	n := 0
	for _, f := range fs {
		if f.Path != path {
			continue
		}
		fx, ok := chosenFix(f, src)
		if !ok || crossFile(fx, path) || len(fx.Edits) == 0 {
			continue
		}
		all := true
		for _, e := range fx.Edits {
			if !containsEdit(edits, e) {
				all = false
				break
			}
		}
		if all {
			n++
		}
	}
	return n
}

func containsEdit(es []rule.Edit, e rule.Edit) bool {
	for _, x := range es {
		if x.Span == e.Span && x.NewText == e.NewText {
			return true
		}
	}
	return false
}

// anyOverlap reports whether an edit of a overlaps one of b, by the rule
// All uses.
func anyOverlap(a, b []rule.Edit) bool {
	for _, x := range a {
		for _, y := range b {
			if overlaps(x, y) {
				return true
			}
		}
	}
	return false
}
