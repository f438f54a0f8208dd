package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"mpls/analysis/engine"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

func check(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	format := fs.String("format", "text", "text, json or sarif")
	platform := fs.String("platform", "", "wechat, douyin, alipay, baidu or qq (default: detected)")
	failOn := fs.String("fail-on", "error", "exit 1 when a finding is at or above: error, warning, information or hint")
	locale := fs.String("locale", "zh-CN", "message language: zh-CN or en")
	var only, disable listFlag
	fs.Var(&only, "rule", "only these rules (repeatable, comma-separated; area/* allowed)")
	fs.Var(&disable, "disable", "not these rules (repeatable)")
	if err := fs.Parse(interleave(args, map[string]bool{})); err != nil {
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
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	eng := engine.New(engine.Settings{Platform: *platform, Locale: *locale, Only: only, Disable: disable})
	var results []*engine.Result
	for _, p := range paths {
		res, err := eng.CheckPath(p)
		if err != nil {
			fmt.Fprintf(stderr, "mpls check: %v\n", err)
			return 2
		}
		results = append(results, res)
	}
	worst := rule.Severity(99)
	var out []located
	for _, res := range results {
		for _, f := range res.Sorted() {
			u := res.UnitFor(f.Path)
			var r text.Range
			if u != nil && u.Index != nil {
				r = u.Index.Range(f.Span)
			}
			out = append(out, located{Finding: f, Range: r, unit: u})
			if f.Severity < worst {
				worst = f.Severity
			}
		}
	}
	switch *format {
	case "json":
		writeJSON(stdout, out, *locale)
	case "text":
		writeText(stdout, out, *locale)
	default:
		fmt.Fprintf(stderr, "mpls check: unknown --format %q (text, json)\n", *format)
		return 2
	}
	if worst <= threshold {
		return 1
	}
	return 0
}

type located struct {
	rule.Finding
	Range text.Range
	unit  *rule.Unit
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
	Edits []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string     `json:"file,omitempty"`
	Range   text.Range `json:"range"`
	NewText string     `json:"newText"`
}

func writeJSON(w io.Writer, fs []located, locale string) {
	out := struct {
		Diagnostics []jsonDiag `json:"diagnostics"`
	}{Diagnostics: []jsonDiag{}}
	for _, f := range fs {
		d := jsonDiag{File: f.Path, Range: f.Range, Severity: f.Severity.String(), Code: f.Rule, Message: f.Message.In(locale)}
		for _, fx := range f.Fixes {
			jf := jsonFix{Title: fx.Title.In(locale)}
			for _, e := range fx.Edits {
				if e.Path != "" || f.unit == nil {
					continue // edits of other files: shown by the server
				}
				jf.Edits = append(jf.Edits, jsonEdit{Range: f.unit.Index.Range(e.Span), NewText: e.NewText})
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
// UTF-16 units, as editors count them).
func writeText(w io.Writer, fs []located, locale string) {
	counts := map[string]int{}
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s [%s] %s\n", f.Path, f.Range.Start.Line+1, f.Range.Start.Character+1, f.Severity, f.Rule, f.Message.In(locale))
		counts[f.Rule]++
	}
	if len(fs) == 0 {
		fmt.Fprintln(w, "mpls: no findings")
		return
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\n%d findings:\n", len(fs))
	for _, id := range ids {
		fmt.Fprintf(w, "  %4d  %s\n", counts[id], id)
	}
}
