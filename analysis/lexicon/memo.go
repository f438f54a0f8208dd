package lexicon

import "sync"

// memo remembers the hits of short texts: on a keystroke the editor
// re-checks a whole file whose texts are nearly all unchanged, so most
// look-ups are repeats. Bounded: it is dropped when full.
type memo struct {
	mu sync.Mutex
	m  map[memoKey][]Hit
}

type memoKey struct{ cat, s string }

const (
	memoMaxText    = 512
	memoMaxEntries = 1 << 16
)

func (m *memo) find(cat, s string, f func(string, string) []Hit) []Hit {
	if len(s) > memoMaxText {
		return f(cat, s)
	}
	k := memoKey{cat, s}
	m.mu.Lock()
	if hs, ok := m.m[k]; ok {
		m.mu.Unlock()
		return append([]Hit(nil), hs...)
	}
	m.mu.Unlock()
	hs := f(cat, s)
	m.mu.Lock()
	if m.m == nil || len(m.m) >= memoMaxEntries {
		m.m = make(map[memoKey][]Hit, 1024)
	}
	m.m[k] = hs
	m.mu.Unlock()
	return append([]Hit(nil), hs...)
}
