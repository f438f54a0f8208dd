package rule

import (
	"sync"

	"mpls/analysis/lexicon"
)

// pieceHits caches, per lexicon category, the hits in each visible piece
// of one unit. A unit rebuilt after an edit starts from the previous
// version's tables: the pieces before and after the edit are the same
// texts, so only the pieces in between are searched again.
type pieceHits struct {
	mu   sync.Mutex
	lex  *lexicon.Lexicon
	cats map[string][][]lexicon.Hit
	// from is the previous version's (nil once the unit has its own)
	from *carried
	// pre and suf: how many pieces at the start and the end of this unit
	// equal the previous version's (-1 until aligned)
	pre, suf int
}

// carried is what a unit keeps of the version before it: its pieces and
// the tables computed for them (not the unit, so versions do not chain).
type carried struct {
	lex    *lexicon.Lexicon
	pieces []Piece
	cats   map[string][][]lexicon.Hit
}

// CarryFrom lets u reuse the lexicon hits prev has found in the visible
// pieces they share (see PieceHits). The engine calls it on a unit it
// rebuilt after an edit, before anyone reads u; prev is not changed.
func (u *Unit) CarryFrom(prev *Unit) {
	if prev == nil || prev == u {
		return
	}
	prev.hitsMu.Lock()
	ph := prev.hits
	prev.hitsMu.Unlock()
	if ph == nil {
		return
	}
	ph.mu.Lock()
	c := &carried{lex: ph.lex, pieces: prev.Visible(), cats: make(map[string][][]lexicon.Hit, len(ph.cats))}
	for k, v := range ph.cats {
		c.cats[k] = v
	}
	ph.mu.Unlock()
	u.hitsMu.Lock()
	if u.hits == nil {
		u.hits = &pieceHits{pre: -1, suf: -1}
	}
	u.hits.from = c
	u.hitsMu.Unlock()
}

// PieceHits returns, for each piece of u.Visible() (same order), the hits
// of a lexicon category in its text: lex.Find(category, piece.Text). Each
// table is computed once per unit, and a rebuilt unit copies the entries
// of the pieces it shares with the version before (CarryFrom): on a
// keystroke the text rules search only the edited piece. The result is
// shared: do not modify it. It is nil when no piece has a hit (most
// files, for most categories: a scan keeps every unit).
func (u *Unit) PieceHits(lex *lexicon.Lexicon, category string) [][]lexicon.Hit {
	u.hitsMu.Lock()
	if u.hits == nil {
		u.hits = &pieceHits{pre: -1, suf: -1}
	}
	ph := u.hits
	u.hitsMu.Unlock()
	pieces := u.Visible()
	ph.mu.Lock()
	defer ph.mu.Unlock()
	if ph.lex != lex {
		ph.lex, ph.cats = lex, map[string][][]lexicon.Hit{}
	}
	if t, ok := ph.cats[category]; ok {
		return t
	}
	t := make([][]lexicon.Hit, len(pieces))
	lo, hi := 0, len(pieces) // the pieces to search
	if f := ph.from; f != nil && f.lex == lex {
		if old, ok := f.cats[category]; ok && (old == nil || len(old) == len(f.pieces)) {
			ph.align(pieces, f.pieces)
			if old != nil {
				copy(t[:ph.pre], old[:ph.pre])
				copy(t[len(t)-ph.suf:], old[len(old)-ph.suf:])
			}
			lo, hi = ph.pre, len(pieces)-ph.suf
		}
	}
	for i := lo; i < hi; i++ {
		t[i] = lex.Find(category, pieces[i].Text)
	}
	empty := true
	for _, hs := range t {
		if len(hs) > 0 {
			empty = false
			break
		}
	}
	if empty {
		t = nil
	}
	ph.cats[category] = t
	if f := ph.from; f != nil { // every carried table is used: let the old version go
		done := true
		for k := range f.cats {
			if _, ok := ph.cats[k]; !ok {
				done = false
				break
			}
		}
		if done {
			ph.from = nil
		}
	}
	return t
}

// align counts the equal pieces at both ends (once per unit).
func (ph *pieceHits) align(pieces, old []Piece) {
	if ph.pre >= 0 {
		return
	}
	n := min(len(pieces), len(old))
	pre := 0
	for pre < n && pieces[pre].Text == old[pre].Text {
		pre++
	}
	suf := 0
	for suf < n-pre && pieces[len(pieces)-1-suf].Text == old[len(old)-1-suf].Text {
		suf++
	}
	ph.pre, ph.suf = pre, suf
}
