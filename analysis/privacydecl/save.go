package privacydecl

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"mpls/analysis/rule"
)

// Write is what `mpls privacy --write` puts on disk: the kept
// declaration created or brought up to date. analysis/ writes no file;
// the caller writes Out to Path.
type Write struct {
	// Path is the file to write, relative to the project root; Out its
	// new text.
	Path string
	Out  []byte
	// Created: there was none; Unchanged: it already held every category
	// (nothing to write).
	Created, Unchanged bool
	// Added are the categories appended; Drafts how many of them carry a
	// drafted purpose the team should rewrite.
	Added  []string
	Drafts int
}

// PlanWrite adds to the kept declaration at env's project root the
// categories decl has and it lacks, with their drafted purposes; what the
// team wrote stays. An error names the file (ErrBroken: it does not
// parse, and is left alone).
func PlanWrite(env *rule.Env, decl *Declaration) (Write, error) {
	d := ReadDeclared(env)
	if d == nil {
		// A privacy.json the ignore globs leave out is still the team's.
		if src, err := os.ReadFile(filepath.Join(env.Project.Root, FileName)); err == nil {
			d = ParseFile(FileName, src)
		}
	}
	path, out, added, err := Update(d, decl)
	if err != nil {
		return Write{Path: path}, fmt.Errorf("%s: %w", path, err)
	}
	w := Write{Path: path, Out: out, Created: d == nil, Added: added}
	w.Unchanged = d != nil && bytes.Equal(out, d.Src)
	for _, k := range added {
		if s := decl.Setting(k); s != nil && s.Draft {
			w.Drafts++
		}
	}
	return w, nil
}
