// Package output writes a check's findings in the CLI's formats: text
// (like a compiler), JSON and SARIF 2.1.0. It knows paths and ranges, not
// the LSP: the server speaks its own protocol over the same findings. The
// submission notes' Markdown is analysis/report's, the privacy
// declaration's analysis/privacydecl's.
package output

import (
	"encoding/json"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// Finding is a finding ready to print: its path relative to the PATH it
// was found under, its range, and its fixes with ranges of their own.
type Finding struct {
	rule.Finding
	Range text.Range
	// Abs is the finding's file on disk; Base the PATH it was found under.
	Abs, Base string
	// Msg is the message in the locale asked for.
	Msg string
	// LineText is the text of the finding's first line (fingerprints).
	LineText string
	Out      []Fix
}

// Fix is one fix of a finding, its edits placed.
type Fix struct {
	Title string
	Safe  bool
	Edits []Edit
}

// Edit is one edit of a fix.
type Edit struct {
	// File is the edited file relative to PATH, "" for the finding's own.
	File string
	// Abs is the edited file on disk (the finding's own included).
	Abs     string
	Range   text.Range
	NewText string
}

// Collect flattens the results into printable findings, sorted by path
// (per PATH, in the order given) as Result.Sorted sorts them. Every span
// becomes a range through its own file's Unit.Index.
func Collect(results []*engine.Result, locale string) []Finding {
	var all []Finding
	for _, res := range results {
		var out []Finding
		for _, pr := range res.Projects {
			for _, f := range pr.Findings {
				out = append(out, place(res, pr, f, locale))
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
		all = append(all, out...)
	}
	return all
}

func place(res *engine.Result, pr *engine.ProjectResult, f rule.Finding, locale string) Finding {
	u := pr.Units[f.Path]
	l := Finding{Finding: f, Msg: f.Message.In(locale), Base: res.Base}
	l.Path = RelTo(res.Base, pr.Project.Root, f.Path)
	l.Abs = filepath.Join(pr.Project.Root, filepath.FromSlash(f.Path))
	if u != nil && u.Index != nil {
		l.Range = u.Index.Range(f.Span)
		l.LineText = lineText(u, f.Span.Start)
	}
	for _, fx := range f.Fixes {
		fo := Fix{Title: fx.Title.In(locale), Safe: fx.Safe}
		for _, e := range fx.Edits {
			target, file, abs := u, "", l.Abs
			if e.Path != "" && e.Path != f.Path {
				target = pr.Units[e.Path]
				file = RelTo(res.Base, pr.Project.Root, e.Path)
				abs = filepath.Join(pr.Project.Root, filepath.FromSlash(e.Path))
			}
			if target == nil || target.Index == nil {
				continue // a file that was not analysed: no range to give
			}
			fo.Edits = append(fo.Edits, Edit{File: file, Abs: abs, Range: target.Index.Range(e.Span), NewText: e.NewText})
		}
		l.Out = append(l.Out, fo)
	}
	return l
}

// RelTo turns a project-root-relative path into one relative to base
// (the PATH given), slash-separated.
func RelTo(base, root, rel string) string {
	abs := filepath.Join(root, filepath.FromSlash(rel))
	r, err := filepath.Rel(base, abs)
	if err != nil {
		return rel
	}
	return filepath.ToSlash(r)
}

// lineText is the trimmed text of the line holding off.
func lineText(u *rule.Unit, off int) string {
	line := u.Index.LineOf(off)
	start := u.Index.LineStart(line)
	end := u.Index.LineStart(line + 1)
	if end < start || end > len(u.Text) {
		end = len(u.Text)
	}
	return strings.TrimSpace(string(u.Text[start:end]))
}

// WriteJSON writes v indented, with <, > and & as they are (messages
// quote tags).
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
