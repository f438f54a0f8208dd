package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"sort"
	"strings"

	"mpls/analysis/report"
)

// This file is the only place mpls runs another program: `mpls report
// --since REF` asks git what changed. Nothing in analysis/ or server/ ever
// does.

// gitChanges lists the files under dir that differ from ref in the work
// tree: `git diff --name-status REF -- DIR` (paths relative to dir, no
// rename pairing), plus the untracked files a commit would add.
func gitChanges(dir, ref string) ([]report.Change, error) {
	out, err := runGit(dir, "diff", "--name-status", "--no-renames", "--relative", "-z", ref, "--", ".")
	if err != nil {
		return nil, fmt.Errorf("git diff --name-status %s: %v", ref, err)
	}
	var cs []report.Change
	fields := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	for i := 0; i+1 < len(fields); i += 2 {
		st, p := fields[i], fields[i+1]
		switch {
		case strings.HasPrefix(st, "A"), strings.HasPrefix(st, "C"):
			st = "A"
		case strings.HasPrefix(st, "D"):
			st = "D"
		default:
			st = "M"
		}
		cs = append(cs, report.Change{Status: st, Path: p})
	}
	untracked, err := runGit(dir, "ls-files", "--others", "--exclude-standard", "-z", "--", ".")
	if err != nil {
		return nil, fmt.Errorf("git ls-files: %v", err)
	}
	for _, p := range strings.Split(string(untracked), "\x00") {
		if p != "" {
			cs = append(cs, report.Change{Status: "A", Path: p})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Path < cs[j].Path })
	return cs, nil
}

func runGit(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "core.quotepath=off"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			if i := strings.IndexByte(msg, '\n'); i >= 0 {
				msg = msg[:i]
			}
			return nil, fmt.Errorf("%s", msg)
		}
		return nil, err
	}
	return out, nil
}
