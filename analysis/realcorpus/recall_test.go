package realcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mpls/analysis/engine"
)

// TestRecall measures what mpls finds of the problems reviewers listed by
// reading real apps (recall.tsv, written without mpls's output): a problem
// is found when a finding of its rule starts in its file within two lines.
// The list itself is checked: every file exists, every rule is one mpls has
// or is marked uncovered. Under minRecall of the problems found fails.
func TestRecall(t *testing.T) {
	f, err := os.Open(recallFile)
	if err != nil {
		t.Fatal(err)
	}
	probs, err := ReadProblems(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, r := range engine.Rules() {
		known[r.ID] = true
	}
	for _, p := range probs {
		if _, err := os.Stat(filepath.Join(corpusDir, p.Project, filepath.FromSlash(p.File))); err != nil {
			t.Errorf("recall.tsv:%d: %s/%s is not in the corpus", p.Line, p.Project, p.File)
		}
		if p.Covered() && !known[p.Rule] {
			t.Errorf("recall.tsv:%d: %q is no rule of mpls (use uncovered:<name> for a problem no rule covers)", p.Line, p.Rule)
		}
	}
	found := corpusFindings(t)
	type tally struct{ n, hit int }
	perProject, perRule := map[string]*tally{}, map[string]*tally{}
	var all tally
	var missed []string
	uncovered := 0
	for _, p := range probs {
		if !p.Covered() {
			uncovered++
			continue
		}
		hit := Finds(found, p)
		add := func(m map[string]*tally, k string) {
			if m[k] == nil {
				m[k] = &tally{}
			}
			m[k].n++
			if hit {
				m[k].hit++
			}
		}
		add(perProject, p.Project)
		add(perRule, p.Rule)
		all.n++
		if hit {
			all.hit++
		} else {
			missed = append(missed, fmt.Sprintf("  %s/%s:%d %s — %s", p.Project, p.File, p.Key.Line, p.Rule, p.What))
		}
	}
	var b strings.Builder
	table := func(title string, m map[string]*tally) {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		fmt.Fprintf(&b, "%-48s %5s %5s %7s\n", title, "listed", "found", "recall")
		for _, k := range ks {
			fmt.Fprintf(&b, "%-48s %5d %5d %6.0f%%\n", k, m[k].n, m[k].hit, 100*float64(m[k].hit)/float64(m[k].n))
		}
	}
	table("project", perProject)
	table("rule", perRule)
	if all.n > 0 {
		fmt.Fprintf(&b, "all: %d of %d problems under a catalogue rule found (%.0f%%); %d more that no rule covers\n", all.hit, all.n, 100*float64(all.hit)/float64(all.n), uncovered)
	}
	t.Logf("recall on reviewers' own lists:\n%s\nmissed:\n%s", b.String(), strings.Join(missed, "\n"))
	if all.n > 0 && float64(all.hit) < minRecall*float64(all.n) {
		t.Errorf("mpls finds %d of %d problems reviewers listed under a catalogue rule: under %.0f%%", all.hit, all.n, 100*minRecall)
	}
}

// minRecall is what mpls must find of the problems reviewers listed under
// a catalogue rule (issue #20).
const minRecall = 0.70

func TestReadProblemsRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"p\tf.wxml\t0\trule\twhy",
		"p\tf.wxml\tx\trule\twhy",
		"p\tf.wxml\t3\trule\t ",
		"p\tf.wxml\t3\trule",
	} {
		if _, err := ReadProblems(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadProblems(%q) took a bad line", bad)
		}
	}
	ps, err := ReadProblems(strings.NewReader("# c\np\tpages/a.js\t3\tuncovered:debug-mode\tWX §x\np\tpages/a.js\t4\tprivacy/prompt-before-authorize\tWX §14.1.1\n"))
	if err != nil || len(ps) != 2 || ps[0].Covered() || !ps[1].Covered() {
		t.Fatalf("ReadProblems: %+v %v", ps, err)
	}
	fs := []Found{{Key: Key{"p", "pages/a.js", 6, "privacy/prompt-before-authorize"}}}
	if !Finds(fs, ps[1]) {
		t.Error("a finding two lines below the reviewer's line is the same place")
	}
	fs[0].Line = 7
	if Finds(fs, ps[1]) {
		t.Error("a finding three lines away is another place")
	}
	fs[0].File, fs[0].Whole = "app.json", true
	if !Finds(fs, ps[1]) {
		t.Error("a finding for the whole project finds the project's problem wherever it is anchored")
	}
	fs[0].Project = "q"
	if Finds(fs, ps[1]) {
		t.Error("a finding for another project's whole is not this project's")
	}
}
