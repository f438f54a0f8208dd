package project

import (
	"path"
	"path/filepath"
	"strings"
)

// Glob is a compiled ignore pattern, matched against slash paths relative
// to a root:
//   - `*` and `?` and `[...]` work within one path element, `**` spans
//     any number of elements (zero included);
//   - a pattern with no slash (other than a trailing one) matches an
//     element name at any depth: `*.min.js`, `legacy`;
//   - a leading `/` or `./` anchors to the root;
//   - a trailing `/` matches folders only;
//   - a pattern that matches a folder leaves out everything under it.
type Glob struct {
	raw     string
	elems   []string
	dirOnly bool
}

// CompileGlob checks and compiles a pattern; ok is false for an empty or
// malformed one (an unclosed `[`).
func CompileGlob(pattern string) (Glob, bool) {
	g := Glob{raw: pattern}
	p := strings.TrimSpace(strings.ReplaceAll(pattern, "\\", "/"))
	if strings.HasSuffix(p, "/") {
		g.dirOnly = true
		p = strings.TrimRight(p, "/")
	}
	anchored := strings.HasPrefix(p, "/") || strings.HasPrefix(p, "./")
	p = strings.TrimPrefix(strings.TrimPrefix(p, "./"), "/")
	if p == "" {
		return g, false
	}
	if !anchored && !strings.Contains(p, "/") {
		p = "**/" + p
	}
	for _, e := range strings.Split(p, "/") {
		if e == "" || e == "." {
			continue
		}
		if e != "**" {
			if _, err := path.Match(e, ""); err != nil {
				return g, false
			}
		}
		g.elems = append(g.elems, e)
	}
	return g, len(g.elems) > 0
}

// String is the pattern as written.
func (g Glob) String() string { return g.raw }

// Match reports whether rel (slash path relative to the root) matches;
// isDir says whether it names a folder.
func (g Glob) Match(rel string, isDir bool) bool {
	if g.dirOnly && !isDir {
		return false
	}
	rel = strings.Trim(rel, "/")
	if rel == "" {
		return false
	}
	return matchElems(g.elems, strings.Split(rel, "/"))
}

func matchElems(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			if len(rest) == 0 {
				return true
			}
			for i := 0; i <= len(name); i++ {
				if matchElems(rest, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// ignoreEntry is an ignore glob and the folders it may be relative to
// (abs).
type ignoreEntry struct {
	pattern string
	bases   []string
}

// matcher tests root-relative paths against ignore globs, each relative to
// its own folder.
type matcher struct {
	rules []matchRule
}

type matchRule struct {
	g Glob
	// prefixes are the root relative to the glob's folders ("" when the
	// same); a glob matches if it matches any prefix + path.
	prefixes []string
}

func newMatcher(root string, entries []ignoreEntry) *matcher {
	m := &matcher{}
	for _, e := range entries {
		g, ok := CompileGlob(e.pattern)
		if !ok {
			continue
		}
		r := matchRule{g: g}
		for _, b := range e.bases {
			if pre, ok := relPrefix(b, root); ok {
				r.prefixes = append(r.prefixes, pre)
			}
		}
		if len(r.prefixes) == 0 {
			r.prefixes = []string{""}
		}
		m.rules = append(m.rules, r)
	}
	return m
}

// relPrefix is root relative to base as a slash path ("" if the same);
// false when root is not under base.
func relPrefix(base, root string) (string, bool) {
	if base == "" || base == root {
		return "", true
	}
	r, err := filepath.Rel(base, root)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

func (m *matcher) ignored(rel string, isDir bool) bool {
	for _, r := range m.rules {
		for _, pre := range r.prefixes {
			p := rel
			if pre != "" {
				p = pre + "/" + rel
			}
			if r.g.Match(p, isDir) {
				return true
			}
		}
	}
	return false
}
