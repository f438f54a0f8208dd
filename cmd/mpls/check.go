package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// maxFixRounds bounds `check --fix`: fixes that overlap one already taken
// wait for the next round, and a rule whose fix keeps producing a new
// finding must not loop forever.
const maxFixRounds = 5

func check(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	format := fs.String("format", "text", "text, json or sarif")
	platform := fs.String("platform", "", "wechat, douyin, alipay, baidu or qq (default: detected)")
	failOn := fs.String("fail-on", "error", "exit 1 when a finding is at or above: error, warning, information or hint")
	locale := fs.String("locale", "zh-CN", "message language: zh-CN or en")
	profile := fs.String("profile", "", "recommended (default: what reviewers reject in practice) or strict (the letter of the rulebook)")
	doFix := fs.Bool("fix", false, "apply the safe fixes on disk, then report what remains")
	var only, disable listFlag
	fs.Var(&only, "rule", "only these rules (repeatable, comma-separated; area/* allowed)")
	fs.Var(&disable, "disable", "not these rules (repeatable)")
	if err := fs.Parse(interleave(args, map[string]bool{"fix": true})); err != nil {
		return 2
	}
	threshold, ok := rule.ParseSeverity(*failOn)
	if !ok {
		fmt.Fprintf(stderr, "mpls check: bad --fail-on %q (error, warning, information, hint)\n", *failOn)
		return 2
	}
	switch *platform {
	case "", rule.WeChat, rule.Douyin, rule.Alipay, rule.Baidu, rule.QQ:
	default:
		fmt.Fprintf(stderr, "mpls check: unknown --platform %q (wechat, douyin, alipay, baidu, qq)\n", *platform)
		return 2
	}
	if *profile != "" {
		pr, ok := project.ParseProfile(*profile)
		if !ok {
			fmt.Fprintf(stderr, "mpls check: unknown --profile %q (recommended, strict)\n", *profile)
			return 2
		}
		*profile = pr
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "mpls check: unknown --format %q (text, json, sarif)\n", *format)
		return 2
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	eng := engine.New(engine.Settings{Platform: *platform, Locale: *locale, Profile: *profile, Only: only, Disable: disable})
	results, err := checkAll(eng, paths, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "mpls check: %v\n", err)
		return 2
	}
	var fixed fixLog
	if *doFix {
		for round := 0; round < maxFixRounds; round++ {
			plan := planFixes(results)
			fixed.stale = append(fixed.stale, plan.stale...)
			if plan.empty() {
				break
			}
			changed, err := plan.apply()
			fixed.add(changed)
			if err != nil {
				fixed.print(stdout, stderr, *format)
				fmt.Fprintf(stderr, "mpls check: --fix: %v\n", err)
				return 2
			}
			if len(changed) == 0 {
				break
			}
			if results, err = checkAll(eng, paths, stderr); err != nil {
				fmt.Fprintf(stderr, "mpls check: %v\n", err)
				return 2
			}
		}
		fixed.print(stdout, stderr, *format)
	}
	printSkipped(stderr, results, *locale)
	out := collect(results, *locale)
	bases := make([]string, len(results))
	for i, r := range results {
		bases[i] = r.Base
	}
	worst := rule.Severity(99)
	for _, f := range out {
		if f.Severity < worst {
			worst = f.Severity
		}
	}
	switch *format {
	case "json":
		writeJSON(stdout, out, fixed)
	case "sarif":
		writeSARIF(stdout, out, bases, eng, *locale)
	default:
		writeText(stdout, out)
	}
	if worst <= threshold {
		return 1
	}
	return 0
}

// checkAll checks each path, with a progress line while a big one runs
// (only on a terminal).
func checkAll(eng *engine.Engine, paths []string, stderr io.Writer) ([]*engine.Result, error) {
	// A check keeps every file's unit (~40 KB each) to the end; with the
	// default GC pacing the heap may grow to twice that before a
	// collection, so a 2,000-file project peaked anywhere from 110 to 150
	// MB. A soft limit makes the GC collect earlier instead (issue #10:
	// under 150 MB). GOMEMLIMIT, when set, wins.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(96 << 20)
	}
	prog := startProgress(stderr, "mpls check")
	defer prog.stop()
	var results []*engine.Result
	for i, p := range paths {
		label := p
		if len(paths) > 1 {
			label = fmt.Sprintf("%s (%d/%d)", p, i+1, len(paths))
		}
		prog.set(label)
		res, err := eng.CheckPath(p)
		if err != nil {
			return nil, err
		}
		results = append(results, res)
	}
	return results, nil
}

// printSkipped says on stderr what was not analysed: a line per file that
// may be the app's own code (the project/skipped-files diagnostic lists
// the same), one line for the vendored, declaration and build output
// paths left out on purpose. Paths are relative to the PATH given.
func printSkipped(stderr io.Writer, results []*engine.Result, locale string) {
	for _, res := range results {
		show := func(s project.Skip) string {
			if r, err := filepath.Rel(res.Base, s.Abs); err == nil {
				return filepath.ToSlash(r)
			}
			return s.Path
		}
		for _, line := range project.DescribeSkips(res.Skipped, locale, show) {
			fmt.Fprintf(stderr, "mpls check: %s\n", line)
		}
	}
}

// located is a finding ready to print: its path relative to the PATH it
// was found under, its range, and its fixes with ranges of their own.
type located struct {
	rule.Finding
	Range text.Range
	// Abs is the finding's file on disk; Base the PATH it was found under.
	Abs, Base string
	// Msg is the message in the locale asked for.
	Msg string
	// LineText is the text of the finding's first line (fingerprints).
	LineText string
	Out      []fixOut
}

type fixOut struct {
	Title string
	Safe  bool
	Edits []editOut
}

type editOut struct {
	// File is the edited file relative to PATH, "" for the finding's own.
	File string
	// Abs is the edited file on disk (the finding's own included).
	Abs     string
	Range   text.Range
	NewText string
}

// collect flattens the results into printable findings, sorted by path
// (per PATH, in the order given) as Result.Sorted sorts them. Every span
// becomes a range through its own file's Unit.Index.
func collect(results []*engine.Result, locale string) []located {
	var all []located
	for _, res := range results {
		var out []located
		for _, pr := range res.Projects {
			for _, f := range pr.Findings {
				u := pr.Units[f.Path]
				l := located{Finding: f, Msg: f.Message.In(locale), Base: res.Base}
				l.Path = relTo(res.Base, pr.Project.Root, f.Path)
				l.Abs = filepath.Join(pr.Project.Root, filepath.FromSlash(f.Path))
				if u != nil && u.Index != nil {
					l.Range = u.Index.Range(f.Span)
					l.LineText = lineText(u, f.Span.Start)
				}
				for _, fx := range f.Fixes {
					fo := fixOut{Title: fx.Title.In(locale), Safe: fx.Safe}
					for _, e := range fx.Edits {
						target, file, abs := u, "", l.Abs
						if e.Path != "" && e.Path != f.Path {
							target = pr.Units[e.Path]
							file = relTo(res.Base, pr.Project.Root, e.Path)
							abs = filepath.Join(pr.Project.Root, filepath.FromSlash(e.Path))
						}
						if target == nil || target.Index == nil {
							continue // a file that was not analysed: no range to give
						}
						fo.Edits = append(fo.Edits, editOut{File: file, Abs: abs, Range: target.Index.Range(e.Span), NewText: e.NewText})
					}
					l.Out = append(l.Out, fo)
				}
				out = append(out, l)
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
		all = append(all, out...)
	}
	return all
}

// relTo turns a project-root-relative path into one relative to base
// (the PATH given), slash-separated.
func relTo(base, root, rel string) string {
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

type jsonDiag struct {
	File     string     `json:"file"`
	Range    text.Range `json:"range"`
	Severity string     `json:"severity"`
	Code     string     `json:"code"`
	Message  string     `json:"message"`
	Fixes    []jsonFix  `json:"fixes,omitempty"`
}

type jsonFix struct {
	Title string     `json:"title"`
	Safe  bool       `json:"safe,omitempty"`
	Edits []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string     `json:"file,omitempty"`
	Range   text.Range `json:"range"`
	NewText string     `json:"newText"`
}

type jsonSummary struct {
	Total       int            `json:"total"`
	Errors      int            `json:"errors"`
	Warnings    int            `json:"warnings"`
	Information int            `json:"information"`
	Hints       int            `json:"hints"`
	Rules       map[string]int `json:"rules"`
	// Fixed is, after --fix, the number of fixes applied per file.
	Fixed map[string]int `json:"fixed,omitempty"`
}

func summarize(fs []located) jsonSummary {
	s := jsonSummary{Total: len(fs), Rules: map[string]int{}}
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

func writeJSON(w io.Writer, fs []located, fixed fixLog) {
	out := struct {
		Diagnostics []jsonDiag  `json:"diagnostics"`
		Summary     jsonSummary `json:"summary"`
	}{Diagnostics: []jsonDiag{}, Summary: summarize(fs)}
	if len(fixed.files) > 0 {
		out.Summary.Fixed = map[string]int{}
		for _, f := range fixed.files {
			out.Summary.Fixed[f.rel] += f.n
		}
	}
	for _, f := range fs {
		d := jsonDiag{File: f.Path, Range: f.Range, Severity: f.Severity.String(), Code: f.Rule, Message: f.Msg}
		for _, fo := range f.Out {
			jf := jsonFix{Title: fo.Title, Safe: fo.Safe, Edits: []jsonEdit{}}
			for _, e := range fo.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{File: e.File, Range: e.Range, NewText: e.NewText})
			}
			d.Fixes = append(d.Fixes, jf)
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(out)
}

// writeText prints like a compiler: path:line:col (1-based; columns in
// UTF-16 units, as editors count them), then the counts per rule and a
// last line a CI log reader looks for.
func writeText(w io.Writer, fs []located) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s [%s] %s\n", f.Path, f.Range.Start.Line+1, f.Range.Start.Character+1, f.Severity, f.Rule, f.Msg)
	}
	if len(fs) == 0 {
		fmt.Fprintln(w, "mpls: no findings")
		return
	}
	s := summarize(fs)
	ids := make([]string, 0, len(s.Rules))
	for id := range s.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\n%s:\n", plural(len(fs), "finding", "findings"))
	for _, id := range ids {
		fmt.Fprintf(w, "  %4d  %s\n", s.Rules[id], id)
	}
	line := plural(s.Errors, "error", "errors") + ", " + plural(s.Warnings, "warning", "warnings")
	if s.Information > 0 {
		line += ", " + plural(s.Information, "information", "information")
	}
	if s.Hints > 0 {
		line += ", " + plural(s.Hints, "hint", "hints")
	}
	fmt.Fprintln(w, line)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
