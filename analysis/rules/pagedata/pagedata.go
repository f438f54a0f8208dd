// Package pagedata answers what a page's data holds and when it is set:
// whether a key the template binds stays empty until the user acts. Rules
// that judge "on entry" ask it before reporting a media or a live-pusher
// that has nothing to play or push yet.
package pagedata

import (
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// WaitsForUser reports whether one of names (data keys the template
// binds) of the page template u starts empty in the page's data and is set
// only by methods no lifecycle reaches (tap handlers): then what the key
// feeds waits for the user. When anything is unclear (no page script, a
// setData in a method an entry lifecycle calls, a computed key, no
// setData at all) it does not wait.
func WaitsForUser(units map[string]*rule.Unit, u *rule.Unit, names []string) bool {
	if len(names) == 0 {
		return false
	}
	su := ScriptOf(units, strings.TrimSuffix(u.Path, path.Ext(u.Path)))
	if su == nil || su.Script.Kind != "page" {
		return false
	}
	src := string(su.Text)
	entry := entryReached(su.Script)
	for _, n := range names {
		if startsEmpty(src, n) && setOnlyOffEntry(su.Script, src, n, entry) {
			return true
		}
	}
	return false
}

// ScriptOf is the page's or component's script beside base (no
// extension), nil if none was analysed.
func ScriptOf(units map[string]*rule.Unit, base string) *rule.Unit {
	for _, ext := range []string{".js", ".ts"} {
		if u := units[base+ext]; u != nil && u.Script != nil {
			return u
		}
	}
	return nil
}

// MatchBrace returns the index just past the brace that closes the one
// at open, or -1. Braces in strings and comments are not told apart: a
// mismatch only leaves the page not judged.
func MatchBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// startsEmpty: the page's data leaves key n out, or gives it ”, null,
// undefined, false, 0, [] or {}.
func startsEmpty(src, n string) bool {
	loc := dataRe.FindStringIndex(src)
	if loc == nil {
		return false
	}
	end := MatchBrace(src, loc[1]-1)
	if end < 0 {
		return false
	}
	m := keyValueRe(n).FindStringSubmatch(src[loc[1]-1 : end])
	if m == nil {
		return true
	}
	switch strings.TrimSpace(m[1]) {
	case "''", `""`, "``", "null", "undefined", "false", "0", "[]", "{}":
		return true
	}
	return false
}

var dataRe = regexp.MustCompile(`\bdata\s*:\s*\{`)

func keyValueRe(n string) *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[\s,{])['"]?` + regexp.QuoteMeta(n) + `['"]?\s*:\s*([^,\n}]*)`)
}

// setOnlyOffEntry: every setData naming key n (as `n:` or the shorthand
// `n,`/`n }`, or a path 'n.x') lies in a method that no entry lifecycle
// reaches; there is at least one such setData.
func setOnlyOffEntry(f *script.Facts, src, n string, entry map[string]bool) bool {
	type named struct {
		name  string
		start int
	}
	var methods []named
	for name, sp := range f.Methods {
		methods = append(methods, named{name, sp.Start})
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].start < methods[j].start })
	key := regexp.MustCompile(`(?:^|[\s,{])['"]?` + regexp.QuoteMeta(n) + `(?:['"]?\s*:|\s*[,}]|\.[\w$])`)
	found := false
	for _, loc := range setDataRe.FindAllStringIndex(src, -1) {
		end := matchParen(src, loc[1]-1)
		if end < 0 {
			return false
		}
		if !key.MatchString(src[loc[1]:end]) {
			if computedKeyRe.MatchString(src[loc[1]:end]) {
				return false // a computed key ([key]: v, ['a.' + i]: v) may be n
			}
			continue
		}
		// the method whose name comes last before the call holds it
		owner := ""
		for _, m := range methods {
			if m.start > loc[0] {
				break
			}
			owner = m.name
		}
		if owner == "" || entry[owner] {
			return false
		}
		found = true
	}
	return found
}

var setDataRe = regexp.MustCompile(`\bsetData\s*\(`)

// computedKeyRe finds a bracket where an object key stands (after { or ,):
// a computed key. A bracket in a value (cover: res.list[0]) names no key.
var computedKeyRe = regexp.MustCompile(`[{,]\s*\[`)

func matchParen(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// entryReached are the methods an entry lifecycle runs, directly or
// through calls within the file.
func entryReached(f *script.Facts) map[string]bool {
	calls := map[string][]string{} // caller -> callees
	for callee, callers := range f.Uses {
		for _, c := range callers {
			calls[c] = append(calls[c], callee)
		}
	}
	seen := map[string]bool{"": true} // top-level code runs on load
	var queue []string
	for lc := range f.Lifecycles {
		name := lc[strings.LastIndex(lc, ".")+1:]
		if !seen[name] {
			seen[name] = true
			queue = append(queue, name)
		}
	}
	queue = append(queue, "")
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, g := range calls[f] {
			if !seen[g] {
				seen[g] = true
				queue = append(queue, g)
			}
		}
	}
	return seen
}
