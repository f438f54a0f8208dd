package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/privacydecl"
	"mpls/analysis/report"
)

const privacyUsage = `Usage: mpls privacy [--format markdown|json] [--platform P] [--write] [DIR]

Derives the privacy declaration (微信 用户隐私保护指引 / 抖音 用户隐私保护协议) from
the code of the mini-program in DIR (default: the current folder): every
category the code uses, where, and a purpose drafted from the code; the
categories only the app's data reveals, as suggestions; app.json
requiredPrivateInfos needed / declared / missing / unused.

--write creates or updates privacy.json at the mini-program root (or the
"privacy" key of mpls.json when the declaration lives there): missing
categories are added with drafted purposes, existing entries are kept as
written. While it exists, mpls check and the editor hold the code to it.

Flags:
`

func privacyCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("privacy", stderr)
	format := fs.String("format", "markdown", "markdown or json")
	platform := fs.String("platform", "", "wechat, douyin, alipay, baidu or qq (default: detected)")
	write := fs.Bool("write", false, "create or update privacy.json (keeps what the team wrote)")
	fs.Usage = func() {
		fmt.Fprint(stderr, privacyUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(interleave(args, map[string]bool{"write": true})); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch *format {
	case "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "mpls privacy: unknown --format %q (markdown, json)\n", *format)
		return 2
	}
	if !platformOK("privacy", *platform, stderr) {
		return 2
	}
	dir := "."
	switch rest := fs.Args(); len(rest) {
	case 0:
	case 1:
		dir = rest[0]
	default:
		fmt.Fprintln(stderr, "mpls privacy: give one mini-program folder")
		return 2
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "mpls privacy: %s is not a folder\n", dir)
		return 2
	}
	pr, err := report.App(*platform, dir)
	var many *report.ErrManyApps
	if errors.As(err, &many) {
		fmt.Fprintf(stderr, "mpls privacy: %s holds %d mini-programs; run it on one of:\n", dir, len(many.Apps))
		for _, a := range many.Apps {
			fmt.Fprintf(stderr, "  %s\n", a)
		}
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "mpls privacy: %v\n", err)
		return 2
	}
	decl := privacydecl.Derive(pr.Env)
	if *write {
		if code := writeDeclaration(pr, decl, stderr); code != 0 {
			return code
		}
	}
	if *format == "json" {
		b, err := decl.JSON()
		if err != nil {
			fmt.Fprintf(stderr, "mpls privacy: %v\n", err)
			return 2
		}
		_, _ = stdout.Write(b)
		return 0
	}
	fmt.Fprint(stdout, decl.Markdown())
	return 0
}

// writeDeclaration creates or updates the kept declaration on disk and
// says what it did.
func writeDeclaration(pr *engine.ProjectResult, decl *privacydecl.Declaration, stderr io.Writer) int {
	w, err := privacydecl.PlanWrite(pr.Env, decl)
	if err != nil {
		fmt.Fprintf(stderr, "mpls privacy: %v\n", err)
		return 2
	}
	if w.Unchanged {
		fmt.Fprintf(stderr, "%s: 已是最新，没有改动 / up to date\n", w.Path)
		return 0
	}
	if err := os.WriteFile(filepath.Join(pr.Project.Root, filepath.FromSlash(w.Path)), w.Out, 0o644); err != nil {
		fmt.Fprintf(stderr, "mpls privacy: %v\n", err)
		return 2
	}
	verb := "更新 / updated"
	if w.Created {
		verb = "创建 / created"
	}
	if len(w.Added) == 0 {
		fmt.Fprintf(stderr, "%s: %s\n", w.Path, verb)
		return 0
	}
	fmt.Fprintf(stderr, "%s: %s, 加入 / added %s", w.Path, verb, strings.Join(w.Added, ", "))
	if w.Drafts > 0 {
		fmt.Fprintf(stderr, "（%d 项用途为草稿，请改写 / %d drafted purposes to review）", w.Drafts, w.Drafts)
	}
	fmt.Fprintln(stderr)
	return 0
}
