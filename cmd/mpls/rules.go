package main

import (
	"fmt"
	"io"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/ruledoc"
)

func rules(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("rules", stderr)
	explain := fs.String("explain", "", "print the documentation of this rule")
	locale := fs.String("locale", "zh-CN", "zh-CN or en")
	if err := fs.Parse(interleave(args, nil)); err != nil {
		return 2
	}
	all := engine.Rules()
	if *explain != "" {
		for _, r := range all {
			if r.ID == *explain {
				fmt.Fprintln(stdout, ruledoc.Markdown(r, *locale))
				return 0
			}
		}
		fmt.Fprintf(stderr, "mpls rules: no rule %q (run 'mpls rules' for the list)\n", *explain)
		return 2
	}
	for _, r := range all {
		plats := "all"
		if len(r.Platforms) > 0 {
			plats = strings.Join(r.Platforms, ",")
		}
		fmt.Fprintf(stdout, "%-36s %-12s %-24s %s\n", r.ID, r.Severity, plats, r.Citation)
	}
	return 0
}
