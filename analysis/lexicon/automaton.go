package lexicon

// automaton is an Aho–Corasick machine over bytes, compiled to a dense DFA.
//
// Bytes are mapped to equivalence classes first: every byte that occurs in no
// pattern shares class 0 (which always leads back to the root), and ASCII
// upper-case letters share the class of their lower-case letter, so the scan
// folds Latin case for free and byte offsets into the original text stay
// exact. A category of a few hundred Chinese words uses ~100 classes, so the
// table stays in the hundreds of kilobytes while a scan costs one table load
// per byte.
type automaton struct {
	class  [256]uint8
	nclass int
	delta  []int32 // delta[state*nclass+class] = (next*nclass)<<1 | next has outputs
	outOff []int32 // outputs of state s are outIDs[outOff[s]:outOff[s+1]]
	outIDs []int32 // pattern ids (index into the patterns passed to build)
	plen   []int32 // byte length of each pattern
}

// foldByte lower-cases ASCII letters and leaves every other byte alone, so
// UTF-8 sequences are never touched.
func foldByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

func buildAutomaton(patterns []string) *automaton {
	a := &automaton{plen: make([]int32, len(patterns))}

	// Byte classes: one per distinct folded byte used by a pattern.
	var seen [256]bool
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			seen[foldByte(p[i])] = true
		}
	}
	n := 1
	for b := 0; b < 256; b++ {
		if seen[b] {
			a.class[b] = uint8(n)
			n++
		}
	}
	for b := 'A'; b <= 'Z'; b++ {
		a.class[b] = a.class[b+('a'-'A')]
	}
	a.nclass = n
	if n > 256 { // cannot happen: at most 255 distinct bytes + class 0
		panic("lexicon: too many byte classes")
	}

	// Trie. Transition 0 means "absent" while building (the root is never a
	// target of a trie edge).
	delta := make([]int32, n) // root
	own := [][]int32{nil}
	for id, p := range patterns {
		a.plen[id] = int32(len(p))
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int(a.class[p[i]])
			next := delta[int(s)*n+c]
			if next == 0 {
				next = int32(len(own))
				own = append(own, nil)
				delta = append(delta, make([]int32, n)...)
				delta[int(s)*n+c] = next
			}
			s = next
		}
		own[s] = append(own[s], int32(id))
	}
	states := len(own)

	// Breadth-first: failure links, then complete the transition function
	// (missing edges follow the failure state's edge) and merge outputs.
	fail := make([]int32, states)
	outs := make([][]int32, states)
	queue := make([]int32, 0, states)
	outs[0] = own[0]
	for c := 0; c < n; c++ {
		if t := delta[c]; t != 0 {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		f := fail[s]
		outs[s] = append(append([]int32(nil), own[s]...), outs[f]...)
		for c := 0; c < n; c++ {
			t := delta[int(s)*n+c]
			if t != 0 {
				fail[t] = delta[int(f)*n+c]
				queue = append(queue, t)
			} else {
				delta[int(s)*n+c] = delta[int(f)*n+c]
			}
		}
	}
	a.outOff = make([]int32, states+1)
	for s := 0; s < states; s++ {
		a.outOff[s+1] = a.outOff[s] + int32(len(outs[s]))
		a.outIDs = append(a.outIDs, outs[s]...)
	}
	// Final encoding: each entry holds the target's row offset (state*n),
	// shifted left once, with the low bit set when the target has outputs.
	// The scan then needs no multiplication and no lookup on most bytes.
	for i, t := range delta {
		v := t * int32(n) << 1
		if len(outs[t]) > 0 {
			v |= 1
		}
		delta[i] = v
	}
	a.delta = delta
	return a
}

// scan calls match(start, end, id) for every occurrence of every pattern in
// s (case-folded for ASCII), in order of increasing end.
func (a *automaton) scan(s string, match func(start, end int, id int32)) {
	if a == nil || len(a.plen) == 0 {
		return
	}
	delta, class, n := a.delta, &a.class, int32(a.nclass)
	row := int32(0)
	for i := 0; i < len(s); i++ {
		v := delta[row+int32(class[s[i]])]
		row = v >> 1
		if v&1 != 0 {
			st := row / n
			for _, id := range a.outIDs[a.outOff[st]:a.outOff[st+1]] {
				match(i+1-int(a.plen[id]), i+1, id)
			}
		}
	}
}

// size is the automaton's memory footprint in bytes (for tests/benchmarks).
func (a *automaton) size() int {
	return 4 * (len(a.delta) + len(a.outOff) + len(a.outIDs) + len(a.plen))
}
