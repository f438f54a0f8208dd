package output

import (
	"fmt"
	"io"
	"sort"

	"mpls/analysis/rule"
)

// Text prints like a compiler: path:line:col (1-based; columns in UTF-16
// units, as editors count them), then the counts per rule and a last line
// a CI log reader looks for.
func Text(w io.Writer, fs []Finding) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s [%s] %s\n", f.Path, f.Range.Start.Line+1, f.Range.Start.Character+1, f.Severity, f.Rule, f.Msg)
	}
	if len(fs) == 0 {
		fmt.Fprintln(w, "mpls: no findings")
		return
	}
	s := Summarize(fs)
	ids := make([]string, 0, len(s.Rules))
	for id := range s.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\n%s:\n", Plural(len(fs), "finding", "findings"))
	for _, id := range ids {
		fmt.Fprintf(w, "  %4d  %s\n", s.Rules[id], id)
	}
	line := Plural(s.Errors, "error", "errors") + ", " + Plural(s.Warnings, "warning", "warnings")
	if s.Information > 0 {
		line += ", " + Plural(s.Information, "information", "information")
	}
	if s.Hints > 0 {
		line += ", " + Plural(s.Hints, "hint", "hints")
	}
	fmt.Fprintln(w, line)
}

// Plural is "1 fix", "2 fixes".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Worst is the most severe severity among fs (99 when there is none).
func Worst(fs []Finding) rule.Severity {
	worst := rule.Severity(99)
	for _, f := range fs {
		if f.Severity < worst {
			worst = f.Severity
		}
	}
	return worst
}
