// Package lexicon holds the word lists the content rules match visible text
// against: advertising-law extreme words, brand names, prohibited trades,
// induced-sharing phrases, login wording, and so on. The lists are data
// (data/*.txt, embedded in the binary; data/README.md describes the format
// and the judgment calls), each category carries its rulebook citation, and
// each entry carries the innocent longer words that contain it (最近 for 最).
//
// Matching is leftmost-longest and non-overlapping, case-insensitive for
// ASCII letters, with word boundaries required at Latin edges (VIP never
// matches inside VIPER). Every category is compiled once into an
// Aho–Corasick DFA, so a Find costs one table step per byte of text.
//
// Typical use in a rule:
//
//	lex := lexicon.Default().With(cfg.Words, cfg.Allow) // once per config
//	for _, h := range lex.Find("extreme", text) {
//		report(h.Start, h.End, h.Word, lex.CitationFor(h.Category, h.Sub))
//	}
package lexicon

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Hit is one occurrence of a lexicon word in a text.
type Hit struct {
	Category string // the category searched
	Sub      string // the entry's sub-category ("" when the category has none)
	Word     string // the entry as listed (the text may differ in Latin case)
	// Start and End are byte offsets into the text passed to Find: the
	// matched text is s[Start:End].
	Start, End  int
	Replacement string // suggested replacement, if the entry has one
}

// Entry is one word of a category.
type Entry struct {
	Word        string
	Sub         string
	Except      []string // innocent longer strings containing Word (# = digits)
	Replacement string
	Note        string
}

// Lexicon is a set of categories. It is immutable and safe for concurrent use.
type Lexicon struct {
	cats  map[string]*category
	names []string
	allow []string
	memo  memo
}

type category struct {
	name     string
	cite     string
	about    string
	subCites map[string]string
	entries  []Entry
	comp     []compiled // parallel to entries
	ac       *automaton
}

// compiled is what Find needs of an entry beyond its bytes.
type compiled struct {
	boundStart bool // word starts with an ASCII letter/digit: needs a boundary before
	boundEnd   bool // word ends with one: needs a boundary after
	disabled   bool // allowed by the user
	except     []placement
	// bySuffix indexes the placements whose suffix starts with a literal by
	// that literal's first rune, when there are many (最 has ~150): a hit
	// then checks only the exceptions that can continue it.
	bySuffix map[rune][]placement
	rest     []placement // the placements bySuffix does not hold
}

// placement is one exception aligned on the word: the exception matches
// when pre matches right before the hit and suf right after it.
type placement struct {
	pre, suf []token
}

// token is a literal (folded) or, if digits is set, a run of one or more
// digits (ASCII or full-width).
type token struct {
	lit    string
	digits bool
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon, parsed and compiled once.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := load()
		if err != nil {
			panic(err) // the embedded data is checked by the tests
		}
		defaultLex = l
	})
	return defaultLex
}

func load() (*Lexicon, error) {
	files, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, err
	}
	srcs := map[string]string{}
	for _, f := range files {
		b, err := dataFS.ReadFile(path.Join("data", f.Name()))
		if err != nil {
			return nil, err
		}
		srcs[strings.TrimSuffix(f.Name(), ".txt")] = string(b)
	}
	return parseSources(srcs)
}

// parseSources builds a lexicon from data-file texts keyed by category name.
func parseSources(srcs map[string]string) (*Lexicon, error) {
	l := &Lexicon{cats: map[string]*category{}}
	for name, src := range srcs {
		rc, err := parseFile(name, src)
		if err != nil {
			return nil, err
		}
		c := &category{name: name, cite: rc.cite, about: rc.about, subCites: rc.subCites}
		if err := c.addRaw(rc.entries); err != nil {
			return nil, err
		}
		if err := c.compile(nil); err != nil {
			return nil, err
		}
		l.cats[name] = c
	}
	l.index()
	return l, nil
}

func (l *Lexicon) index() {
	l.names = l.names[:0]
	for n := range l.cats {
		l.names = append(l.names, n)
	}
	sort.Strings(l.names)
}

// addRaw expands and appends entries, all or none; a word listed twice is
// an error.
func (c *category) addRaw(raw []rawEntry) error {
	seen := map[string]bool{}
	for _, e := range c.entries {
		seen[fold(e.Word)] = true
	}
	var added []Entry
	for _, r := range raw {
		words, err := expand(r.word)
		if err != nil {
			return fmt.Errorf("lexicon %s:%d: %v", c.name, r.line, err)
		}
		var excs []string
		for _, x := range r.except {
			xs, err := expand(x)
			if err != nil {
				return fmt.Errorf("lexicon %s:%d: %v", c.name, r.line, err)
			}
			excs = append(excs, xs...)
		}
		for _, w := range words {
			if strings.ContainsRune(w, '#') {
				return fmt.Errorf("lexicon %s:%d: # is only allowed in exceptions: %q", c.name, r.line, w)
			}
			if seen[fold(w)] {
				return fmt.Errorf("lexicon %s:%d: duplicate word %q", c.name, r.line, w)
			}
			seen[fold(w)] = true
			// Keep only the exceptions that contain this expansion of the word.
			var mine []string
			for _, x := range excs {
				if len(placements(fold(w), x)) > 0 {
					mine = append(mine, x)
				}
			}
			added = append(added, Entry{Word: w, Sub: r.sub, Except: mine, Replacement: r.replacement, Note: r.note})
		}
		// Every exception must serve at least one expansion.
		for _, x := range excs {
			ok := false
			for _, w := range words {
				if len(placements(fold(w), x)) > 0 {
					ok = true
					break
				}
			}
			if !ok {
				return fmt.Errorf("lexicon %s:%d: exception %q does not contain the word %q", c.name, r.line, x, r.word)
			}
		}
	}
	c.entries = append(c.entries, added...)
	return nil
}

// compile builds the per-entry match data (with the user's allowed words)
// and, unless the category already has one, the automaton.
func (c *category) compile(allow []string) error {
	// An exception marks its text innocent for the whole category: it
	// suppresses any entry's hit it covers, not only its own entry's (最好不要
	// is listed under 最好, and must keep 最 quiet too).
	var excs []string
	seen := map[string]bool{}
	for _, e := range c.entries {
		for _, x := range e.Except {
			if fx := fold(x); !seen[fx] {
				seen[fx] = true
				excs = append(excs, fx)
			}
		}
	}
	for _, a := range allow {
		if fa := fold(strings.TrimSpace(a)); fa != "" && !seen[fa] {
			seen[fa] = true
			excs = append(excs, fa)
		}
	}
	allowed := map[string]bool{}
	for _, a := range allow {
		allowed[fold(strings.TrimSpace(a))] = true
	}
	c.comp = make([]compiled, len(c.entries))
	pats := make([]string, len(c.entries))
	for i, e := range c.entries {
		w := fold(e.Word)
		pats[i] = w
		cp := compiled{boundStart: isWordByte(w[0]), boundEnd: isWordByte(w[len(w)-1]), disabled: allowed[w]}
		for _, x := range excs {
			if len(x) > len(w) && strings.Contains(x, w) {
				cp.except = append(cp.except, placements(w, x)...)
			}
		}
		if len(cp.except) > 8 {
			cp.bySuffix = map[rune][]placement{}
			for _, p := range cp.except {
				if len(p.suf) > 0 && !p.suf[0].digits {
					r, _ := utf8.DecodeRuneInString(p.suf[0].lit)
					cp.bySuffix[r] = append(cp.bySuffix[r], p)
				} else {
					cp.rest = append(cp.rest, p)
				}
			}
		}
		c.comp[i] = cp
	}
	if c.ac == nil {
		c.ac = buildAutomaton(pats)
	}
	return nil
}

// placements aligns the (folded) word inside exception x at every place it
// occurs within a literal part of x.
func placements(w, x string) []placement {
	toks := tokenize(x)
	var out []placement
	for k, t := range toks {
		if t.digits {
			continue
		}
		for o := 0; o+len(w) <= len(t.lit); o++ {
			if t.lit[o:o+len(w)] != w {
				continue
			}
			var pre, suf []token
			pre = append(pre, toks[:k]...)
			if o > 0 {
				pre = append(pre, token{lit: t.lit[:o]})
			}
			if rest := t.lit[o+len(w):]; rest != "" {
				suf = append(suf, token{lit: rest})
			}
			suf = append(suf, toks[k+1:]...)
			if len(pre) == 0 && len(suf) == 0 {
				continue // the exception is the word itself: meaningless
			}
			out = append(out, placement{pre: pre, suf: suf})
		}
	}
	return out
}

// tokenize splits an exception into folded literals and # digit runs.
func tokenize(x string) []token {
	var toks []token
	for _, part := range strings.SplitAfter(x, "#") {
		lit, hash := strings.CutSuffix(part, "#")
		if lit != "" {
			toks = append(toks, token{lit: fold(lit)})
		}
		if hash {
			toks = append(toks, token{digits: true})
		}
	}
	return toks
}

func fold(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = foldByte(b[i])
	}
	return string(b)
}

func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// With returns a lexicon extended by the user's configuration: add maps a
// category to extra words (each in the data-file entry syntax, so
// "word | except: a, b" works); a category not yet known is created. allow
// lists words that are never reported in any category: an entry equal to
// one is dropped, and one that contains an entry's word suppresses that word
// where it covers it (allowing 最美 keeps 最 quiet inside 最美).
func (l *Lexicon) With(add map[string][]string, allow []string) *Lexicon {
	nl := &Lexicon{cats: make(map[string]*category, len(l.cats)+len(add))}
	nl.allow = append(append([]string(nil), l.allow...), allow...)
	for n, c := range l.cats {
		cc := *c
		nl.cats[n] = &cc
	}
	for n, words := range add {
		c := nl.cats[n]
		if c == nil {
			c = &category{name: n, subCites: map[string]string{}}
			nl.cats[n] = c
		}
		c.entries = slices.Clone(c.entries)
		for _, w := range words {
			// Entries are added one by one so that a malformed or duplicate
			// user word is skipped without taking the others down.
			if e, err := parseEntry(w); err == nil && c.addRaw([]rawEntry{e}) == nil {
				c.ac = nil
			}
		}
	}
	for _, c := range nl.cats {
		_ = c.compile(nl.allow)
	}
	nl.index()
	return nl
}

// Find returns the hits of category's words in s: leftmost-longest, never
// overlapping, in text order. Unknown categories have no hits.
func (l *Lexicon) Find(category, s string) []Hit {
	return l.memo.find(category, s, l.find)
}

func (l *Lexicon) find(category, s string) []Hit {
	c := l.cats[category]
	if c == nil || s == "" {
		return nil
	}
	type cand struct{ start, end, id int }
	var cands []cand
	c.ac.scan(s, func(start, end int, id int32) {
		if c.ok(s, start, end, int(id)) {
			cands = append(cands, cand{start, end, int(id)})
		}
	})
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	hits := make([]Hit, 0, len(cands))
	last := 0
	for _, cd := range cands {
		if cd.start < last {
			continue
		}
		e := &c.entries[cd.id]
		hits = append(hits, Hit{Category: category, Sub: e.Sub, Word: e.Word, Start: cd.start, End: cd.end, Replacement: e.Replacement})
		last = cd.end
	}
	return hits
}

// ok reports whether entry id matched at s[start:end] counts: Latin word
// boundaries hold, the user has not allowed it, and no exception covers it.
func (c *category) ok(s string, start, end, id int) bool {
	cp := &c.comp[id]
	if cp.disabled {
		return false
	}
	if cp.boundStart && start > 0 && isWordByte(s[start-1]) {
		return false
	}
	if cp.boundEnd && end < len(s) && isWordByte(s[end]) {
		return false
	}
	excs := cp.except
	if cp.bySuffix != nil {
		excs = cp.rest
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if covered(s, start, end, cp.bySuffix[r]) {
				return false
			}
		}
	}
	return !covered(s, start, end, excs)
}

func covered(s string, start, end int, ps []placement) bool {
	for _, p := range ps {
		if matchBack(s, start, p.pre) && matchFwd(s, end, p.suf) {
			return true
		}
	}
	return false
}

func matchFwd(s string, pos int, toks []token) bool {
	for _, t := range toks {
		if t.digits {
			n := 0
			for {
				if w := digitAt(s, pos); w > 0 {
					pos += w
					n++
					continue
				}
				break
			}
			if n == 0 {
				return false
			}
			continue
		}
		if len(s)-pos < len(t.lit) {
			return false
		}
		for i := 0; i < len(t.lit); i++ {
			if foldByte(s[pos+i]) != t.lit[i] {
				return false
			}
		}
		pos += len(t.lit)
	}
	return true
}

func matchBack(s string, pos int, toks []token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if t.digits {
			n := 0
			for {
				if w := digitBefore(s, pos); w > 0 {
					pos -= w
					n++
					continue
				}
				break
			}
			if n == 0 {
				return false
			}
			continue
		}
		if pos < len(t.lit) {
			return false
		}
		base := pos - len(t.lit)
		for i := 0; i < len(t.lit); i++ {
			if foldByte(s[base+i]) != t.lit[i] {
				return false
			}
		}
		pos = base
	}
	return true
}

// digitAt returns the byte width of the digit (0-9 or ０-９) at s[pos:], or 0.
func digitAt(s string, pos int) int {
	if pos < len(s) && '0' <= s[pos] && s[pos] <= '9' {
		return 1
	}
	if pos+3 <= len(s) && s[pos] == 0xEF && s[pos+1] == 0xBC && 0x90 <= s[pos+2] && s[pos+2] <= 0x99 {
		return 3
	}
	return 0
}

// digitBefore returns the byte width of the digit ending at s[:pos], or 0.
func digitBefore(s string, pos int) int {
	if pos > 0 && '0' <= s[pos-1] && s[pos-1] <= '9' {
		return 1
	}
	if pos >= 3 && s[pos-3] == 0xEF && s[pos-2] == 0xBC && 0x90 <= s[pos-1] && s[pos-1] <= 0x99 {
		return 3
	}
	return 0
}

// Categories lists the category names, sorted.
func (l *Lexicon) Categories() []string { return slices.Clone(l.names) }

// Citation is the category's rulebook citation, e.g. "WX §2.5, PROC".
func (l *Lexicon) Citation(category string) string {
	if c := l.cats[category]; c != nil {
		return c.cite
	}
	return ""
}

// CitationFor is the citation of a sub-category when the data gives one
// (prohibited/gambling cites DY §3.4.4.4), else the category's.
func (l *Lexicon) CitationFor(category, sub string) string {
	if c := l.cats[category]; c != nil {
		if s, ok := c.subCites[sub]; ok {
			return s
		}
		return c.cite
	}
	return ""
}

// About is the category's one-line description from its data file.
func (l *Lexicon) About(category string) string {
	if c := l.cats[category]; c != nil {
		return c.about
	}
	return ""
}

// Subs lists the category's sub-categories in data order.
func (l *Lexicon) Subs(category string) []string {
	c := l.cats[category]
	if c == nil {
		return nil
	}
	var out []string
	for _, e := range c.entries {
		if e.Sub != "" && !slices.Contains(out, e.Sub) {
			out = append(out, e.Sub)
		}
	}
	return out
}

// Words lists the category's entries (braces expanded), in data order.
func (l *Lexicon) Words(category string) []Entry {
	c := l.cats[category]
	if c == nil {
		return nil
	}
	out := slices.Clone(c.entries)
	for i := range out {
		out[i].Except = slices.Clone(out[i].Except)
	}
	return out
}
