package output

import (
	"io"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// JSONDiag is one finding in `--format json`.
type JSONDiag struct {
	File     string     `json:"file"`
	Range    text.Range `json:"range"`
	Severity string     `json:"severity"`
	Code     string     `json:"code"`
	Message  string     `json:"message"`
	Fixes    []JSONFix  `json:"fixes,omitempty"`
}

// JSONFix is one fix of a JSONDiag.
type JSONFix struct {
	Title string     `json:"title"`
	Safe  bool       `json:"safe,omitempty"`
	Edits []JSONEdit `json:"edits"`
}

// JSONEdit is one edit; File is "" for the finding's own file.
type JSONEdit struct {
	File    string     `json:"file,omitempty"`
	Range   text.Range `json:"range"`
	NewText string     `json:"newText"`
}

// Summary counts the findings by severity and by rule.
type Summary struct {
	Total       int            `json:"total"`
	Errors      int            `json:"errors"`
	Warnings    int            `json:"warnings"`
	Information int            `json:"information"`
	Hints       int            `json:"hints"`
	Rules       map[string]int `json:"rules"`
	// Fixed is, after --fix, the number of fixes applied per file.
	Fixed map[string]int `json:"fixed,omitempty"`
}

// Summarize counts fs.
func Summarize(fs []Finding) Summary {
	s := Summary{Total: len(fs), Rules: map[string]int{}}
	for _, f := range fs {
		switch f.Severity {
		case rule.Error:
			s.Errors++
		case rule.Warning:
			s.Warnings++
		case rule.Information:
			s.Information++
		default:
			s.Hints++
		}
		s.Rules[f.Rule]++
	}
	return s
}

// JSON writes the findings and their summary; fixed (file → fixes
// applied, nil without --fix) goes in the summary.
func JSON(w io.Writer, fs []Finding, fixed map[string]int) {
	out := struct {
		Diagnostics []JSONDiag `json:"diagnostics"`
		Summary     Summary    `json:"summary"`
	}{Diagnostics: []JSONDiag{}, Summary: Summarize(fs)}
	if len(fixed) > 0 {
		out.Summary.Fixed = fixed
	}
	for _, f := range fs {
		d := JSONDiag{File: f.Path, Range: f.Range, Severity: f.Severity.String(), Code: f.Rule, Message: f.Msg}
		for _, fo := range f.Out {
			jf := JSONFix{Title: fo.Title, Safe: fo.Safe, Edits: []JSONEdit{}}
			for _, e := range fo.Edits {
				jf.Edits = append(jf.Edits, JSONEdit{File: e.File, Range: e.Range, NewText: e.NewText})
			}
			d.Fixes = append(d.Fixes, jf)
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	_ = WriteJSON(w, out)
}
