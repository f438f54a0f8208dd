package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/report"
)

// `mpls report` prints the submission notes (提审说明) analysis/report
// drafts; with --since, the change list comes from git (report_git.go).

func reportCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", stderr)
	since := fs.String("since", "", "list the pages and components changed since this git ref")
	format := fs.String("format", "markdown", "markdown or json")
	platform := fs.String("platform", "", "wechat, douyin, alipay, baidu or qq (default: detected)")
	locale := fs.String("locale", "zh-CN", "language of the finding messages: zh-CN or en")
	if err := fs.Parse(interleave(args, nil)); err != nil {
		return 2
	}
	switch *format {
	case "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "mpls report: unknown --format %q (markdown, json)\n", *format)
		return 2
	}
	if !platformOK("report", *platform, stderr) {
		return 2
	}
	if strings.HasPrefix(*since, "-") {
		fmt.Fprintf(stderr, "mpls report: bad --since %q: a git ref cannot start with '-'\n", *since)
		return 2
	}
	dirs := fs.Args()
	if len(dirs) > 1 {
		fmt.Fprintf(stderr, "mpls report: one DIR at most (got %d)\n", len(dirs))
		return 2
	}
	dir := "."
	if len(dirs) == 1 {
		dir = dirs[0]
	}
	st, err := os.Stat(dir)
	if err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	if !st.IsDir() {
		fmt.Fprintf(stderr, "mpls report: %s is not a directory\n", dir)
		return 2
	}
	opt := report.Options{Since: *since, Locale: *locale}
	if *since != "" {
		if opt.Changed, err = gitChanges(dir, *since); err != nil {
			fmt.Fprintf(stderr, "mpls report: %v\n", err)
			return 2
		}
	}
	eng := engine.New(engine.Settings{Platform: *platform, Locale: *locale})
	res, err := eng.CheckPath(dir)
	if err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	doc := report.Build(res, eng, opt)
	if *format == "json" {
		err = output.WriteJSON(stdout, doc)
	} else {
		_, err = io.WriteString(stdout, report.Markdown(doc))
	}
	if err != nil {
		fmt.Fprintf(stderr, "mpls report: %v\n", err)
		return 2
	}
	return 0
}
