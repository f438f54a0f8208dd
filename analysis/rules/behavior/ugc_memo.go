package behavior

import (
	"sync"

	"mpls/analysis/lexicon"
	"mpls/analysis/project"
	"mpls/analysis/rule"
)

// The rule runs over the whole project after every keystroke. What one
// unit (or one page's script and template) tells it does not change until
// that unit does, and units are immutable, so each run keeps the answers
// of the units it still has from the run before and computes the rest.

type ugcMemo struct {
	check  map[*rule.Unit]bool             // the unit names a content check
	fields map[[2]*rule.Unit][2][]ugcField // a page's content and contact fields
}

type memoKey struct {
	p   *project.Project
	lex *lexicon.Lexicon
}

var (
	memoMu sync.Mutex
	memos  = map[memoKey]*ugcMemo{}
)

// runMemo returns the memo of the last run on this project (or an empty
// one) and the memo this run fills; storeMemo keeps the latter.
func runMemo(c *rule.ProjectContext) (prev, next *ugcMemo) {
	memoMu.Lock()
	defer memoMu.Unlock()
	prev = memos[memoKey{c.Project, c.Lexicon}]
	if prev == nil {
		prev = &ugcMemo{}
	}
	return prev, &ugcMemo{check: map[*rule.Unit]bool{}, fields: map[[2]*rule.Unit][2][]ugcField{}}
}

func storeMemo(c *rule.ProjectContext, m *ugcMemo) {
	if c.Project == nil {
		return
	}
	memoMu.Lock()
	defer memoMu.Unlock()
	k := memoKey{c.Project, c.Lexicon}
	if _, ok := memos[k]; !ok && len(memos) >= 8 {
		clear(memos) // a few projects (workspaces) at once; start over past that
	}
	memos[k] = m
}

// hasCheck reports whether a unit's script names a content check.
func (m *ugcMemo) hasCheck(prev *ugcMemo, c *rule.ProjectContext, u *rule.Unit, words []string) bool {
	if v, ok := prev.check[u]; ok {
		m.check[u] = v
		return v
	}
	v := false
	if s := u.Script; s != nil {
		for name := range s.Names {
			if hasCheckWord(name, words) {
				v = true
				break
			}
		}
		for i := 0; !v && i < len(s.Strings); i++ {
			str := s.Strings[i].Value
			v = len(c.Lexicon.Find("content-check", str)) > 0 || hasCheckWord(str, words)
		}
	}
	m.check[u] = v
	return v
}
