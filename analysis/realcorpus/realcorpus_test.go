package realcorpus

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

var unlabelled = flag.String("unlabelled", "", "write the findings that have no label to this file, as label lines to fill in")

const (
	corpusDir  = "../../../shared/corpus"
	labelsDir  = "../../testdata/corpus"
	recallFile = "../../testdata/corpus/recall.tsv"
	// Precision is true / all, a debatable finding counting half.
	minOverall = 0.90
	minPerRule = 0.80
	// A rule is held to minPerRule from this many findings: under it, one
	// finding a second reviewer calls debatable is 50 %, which says nothing
	// about the rule (a false one still fails on its own).
	minPerRuleFindings = 3
)

// TestRealCorpus runs mpls over every real mini-program of the corpus and
// holds every finding to a reviewer's label: a finding with no label, a
// finding labelled false, or a true finding no longer reported fails.
func TestRealCorpus(t *testing.T) {
	labels, err := ReadLabelFiles(labelsDir)
	if err != nil {
		t.Fatal(err)
	}
	found := corpusFindings(t)
	type tally struct{ t, f, d int }
	per := map[string]*tally{}
	seen := map[Key]bool{}
	var missing []string
	for _, fd := range found {
		seen[fd.Key] = true
		lb, ok := labels[fd.Key]
		if !ok {
			missing = append(missing, fmt.Sprintf("%s\t?\t%s", fd.Key, oneLine(fd.Message)))
			continue
		}
		tl := per[fd.Rule]
		if tl == nil {
			tl = &tally{}
			per[fd.Rule] = tl
		}
		switch lb.Verdict {
		case True:
			tl.t++
		case Debatable:
			tl.d++
		case False:
			tl.f++
			t.Errorf("%s:%d [%s] is labelled false (%s:%d: %s) but is reported again", fd.Project+"/"+fd.File, fd.Line, fd.Rule, lb.Source, lb.Line, lb.Reason)
		}
	}
	for _, lb := range labels {
		if lb.Verdict == True && !seen[lb.Key] {
			t.Errorf("%s/%s:%d [%s] is a true finding (%s:%d: %s) and is no longer reported", lb.Project, lb.File, lb.Key.Line, lb.Rule, lb.Source, lb.Line, lb.Reason)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d findings have no label: review each against the rulebook and add it to testdata/corpus/labels.tsv or a labels-<review>.tsv beside it (go test ./analysis/realcorpus -unlabelled FILE writes them):\n%s", len(missing), strings.Join(missing, "\n"))
		if *unlabelled != "" {
			if err := os.WriteFile(*unlabelled, []byte(strings.Join(missing, "\n")+"\n"), 0o644); err != nil {
				t.Error(err)
			}
		}
	}
	// The table: precision per rule, then overall.
	var ids []string
	var all tally
	for id, tl := range per {
		ids = append(ids, id)
		all.t += tl.t
		all.f += tl.f
		all.d += tl.d
	}
	sort.Strings(ids)
	prec := func(tl *tally) float64 {
		n := tl.t + tl.f + tl.d
		if n == 0 {
			return 1
		}
		return (float64(tl.t) + float64(tl.d)/2) / float64(n)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-36s %5s %5s %5s %5s %9s\n", "rule", "found", "true", "debat", "false", "precision")
	for _, id := range ids {
		tl := per[id]
		fmt.Fprintf(&b, "%-36s %5d %5d %5d %5d %8.0f%%\n", id, tl.t+tl.d+tl.f, tl.t, tl.d, tl.f, 100*prec(tl))
		if tl.t+tl.d+tl.f >= minPerRuleFindings && prec(tl) < minPerRule {
			t.Errorf("%s: precision %.0f%% on the real corpus is under %.0f%%", id, 100*prec(tl), 100*minPerRule)
		}
	}
	fmt.Fprintf(&b, "%-36s %5d %5d %5d %5d %8.0f%%\n", "all", all.t+all.d+all.f, all.t, all.d, all.f, 100*prec(&all))
	t.Logf("real corpus (%d projects), %d findings:\n%s", countProjects(), len(found), b.String())
	if prec(&all) < minOverall {
		t.Errorf("overall precision %.0f%% on the real corpus is under %.0f%%", 100*prec(&all), 100*minOverall)
	}
}

var (
	runOnce  sync.Once
	runFound []Found
	runErr   error
)

// corpusFindings runs mpls over the corpus once for every test here.
func corpusFindings(t *testing.T) []Found {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Fatalf("the real corpus is not at %s (CI lays shared/ beside the clone): %v", corpusDir, err)
	}
	runOnce.Do(func() { runFound, runErr = Run(corpusDir) })
	if runErr != nil {
		t.Fatal(runErr)
	}
	return runFound
}

func countProjects() int {
	ps, _ := Projects(corpusDir)
	return len(ps)
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\t", " ")
	return strings.ReplaceAll(s, "\n", " ")
}

func TestReadLabelsRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"p\tf.wxml\tx\trule\ttrue\twhy",
		"p\tf.wxml\t3\trule\tmaybe\twhy",
		"p\tf.wxml\t3\trule\ttrue\t ",
		"p\tf.wxml\t3\trule\ttrue",
		"p\tf.wxml\t3\trule\ttrue\twhy\np\tf.wxml\t3\trule\tfalse\twhy not",
	} {
		if _, err := ReadLabels(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadLabels(%q) took a bad line", bad)
		}
	}
	ls, err := ReadLabels(strings.NewReader("# c\n\np\tpages/a.wxml\t3\tcontent/x\tdebatable\tit says so\n"))
	if err != nil || len(ls) != 1 {
		t.Fatalf("ReadLabels: %v %v", ls, err)
	}
}
