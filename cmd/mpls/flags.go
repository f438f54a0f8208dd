package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"mpls/analysis/rule"
)

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("mpls "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// interleave lets flags follow positional arguments (mpls check DIR --format json).
func interleave(args []string, boolFlags map[string]bool) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && !boolFlags[name] && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

// platformOK accepts "" (detect) or a known platform, else says so.
func platformOK(cmd, platform string, stderr io.Writer) bool {
	switch platform {
	case "", rule.WeChat, rule.Douyin, rule.Alipay, rule.Baidu, rule.QQ:
		return true
	}
	fmt.Fprintf(stderr, "mpls %s: unknown --platform %q (wechat, douyin, alipay, baidu, qq)\n", cmd, platform)
	return false
}
