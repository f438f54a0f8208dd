package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/project"
	"mpls/analysis/rule"
)

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
	if !platformOK("check", *platform, stderr) {
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
	out := output.Collect(results, *locale)
	switch *format {
	case "json":
		output.JSON(stdout, out, fixedPerFile(fixed))
	case "sarif":
		bases := make([]string, len(results))
		for i, r := range results {
			bases[i] = r.Base
		}
		output.SARIF(stdout, out, bases, eng, *locale, version)
	default:
		output.Text(stdout, out)
	}
	if output.Worst(out) <= threshold {
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

// fixedPerFile is what --fix changed, file → fixes (JSON's summary).
func fixedPerFile(l fixLog) map[string]int {
	m := map[string]int{}
	for _, f := range l.files {
		m[f.rel] += f.n
	}
	return m
}

// relTo and plural name paths and counts as the output formats do, for
// fixfiles.go's messages.
func relTo(base, root, rel string) string   { return output.RelTo(base, root, rel) }
func plural(n int, one, many string) string { return output.Plural(n, one, many) }
