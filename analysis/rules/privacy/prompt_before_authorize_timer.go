package privacy

import (
	"path"
	"sync"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// A one-shot timer delays a call; it does not repeat it. onLoad →
// setTimeout(() => this.getUserInfo(), 1000) → tt.getUserInfo asks on
// entry, a second later, as surely as a call written in onLoad: it is
// prompt-before-authorize's, not a repetition. analysis/script marks
// everything a timer callback reaches as "in a loop or timer" (the bit
// does not tell setTimeout from setInterval or forEach), so the privacy
// rules tell them apart here, by where the code sits:
//   - a call site inside a setTimeout callback (or the function passed to
//     one) runs once, unless a setInterval, requestAnimationFrame or an
//     iteration callback (forEach, map …) around it repeats it;
//   - a timer that leads back to the function that set it (a retry:
//     fail → setTimeout(() => this.locate(), 3000)) repeats;
//   - a loop statement (for, while) is no call and cannot be seen by
//     position: a site inside one that is also inside a setTimeout is
//     taken as one-shot.
// Used by repeats (this file's functions) and by the call graph's ways
// through other files (onceTimerWay).

// repeatingNames are the callees whose callbacks run more than once.
var repeatingNames = map[string]bool{
	"setInterval": true, "requestAnimationFrame": true,
	"forEach": true, "map": true, "filter": true, "reduce": true, "reduceRight": true,
	"some": true, "every": true, "find": true, "findIndex": true, "flatMap": true,
}

// oneShotSite: code at span runs from a one-shot timer: it is inside a
// setTimeout call (its callback, or the function named in its arguments)
// and inside nothing that repeats.
func oneShotSite(s *script.Facts, span text.Span) bool {
	inTimeout := false
	for i := range s.Calls {
		t := &s.Calls[i]
		if t.Namespace != "" || t.Factory != "" || !containsSpan(t.Span, span) {
			continue
		}
		switch t.API {
		case "setInterval":
			return false
		case "setTimeout":
			inTimeout = true
		}
	}
	if !inTimeout {
		return false
	}
	for i := range s.Invokes {
		iv := &s.Invokes[i]
		if repeatingNames[iv.Name] && containsSpan(iv.Span, span) {
			return false
		}
	}
	return true
}

// containsSpan: outer holds inner (or is it).
func containsSpan(outer, inner text.Span) bool {
	return outer.Start <= inner.Start && inner.End <= outer.End && outer.Len() > 0
}

// timerFacts are, for each function of a file, whether it runs again
// and again (looping: a loop, a repeating callback or a retrying timer
// reaches it) and whether it sets a timer that leads back to itself
// (cycle). Computed once for a file's facts (they are immutable).
type timerFacts struct {
	looping, cycle []bool
}

// timerCache holds them for the files of the last runs: rules check
// files in parallel, so one slot would be taken in turns. Emptied when
// full (facts of edited files are new values; old ones are not asked again).
var timerCache struct {
	sync.Mutex
	m map[*script.Facts]timerFacts
}

const timerCacheSize = 256

func timersOf(s *script.Facts) timerFacts {
	timerCache.Lock()
	defer timerCache.Unlock()
	if t, ok := timerCache.m[s]; ok {
		return t
	}
	if timerCache.m == nil || len(timerCache.m) >= timerCacheSize {
		timerCache.m = map[*script.Facts]timerFacts{}
	}
	t := computeTimers(s)
	timerCache.m[s] = t
	return t
}

func computeTimers(s *script.Facts) timerFacts {
	n := len(s.Funcs)
	out, in := make([][]int32, n), make([][]int32, n)
	for _, e := range s.Edges {
		if int(e.From) < n && int(e.To) < n {
			out[e.From] = append(out[e.From], e.To)
			in[e.To] = append(in[e.To], e.From)
		}
	}
	// from marks what adj leads to from the start functions
	from := func(adj [][]int32, mark []bool, starts ...int32) {
		queue := append([]int32(nil), starts...)
		for _, u := range starts {
			mark[u] = true
		}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				if !mark[v] {
					mark[v] = true
					queue = append(queue, v)
				}
			}
		}
	}
	t := timerFacts{looping: make([]bool, n), cycle: make([]bool, n)}
	var seeds []int32
	for _, e := range s.Edges {
		if !e.Loop || int(e.From) >= n || int(e.To) >= n {
			continue
		}
		fwd, back := make([]bool, n), make([]bool, n)
		from(out, fwd, e.To)
		back[e.From] = true
		if fwd[e.From] {
			// the timer or loop leads back to the function that set it:
			// everything on that cycle runs again and again
			from(in, back, e.From)
			for u := 0; u < n; u++ {
				if fwd[u] && back[u] {
					t.cycle[u] = true
				}
			}
		} else if oneShotSite(s, e.Site) {
			continue
		}
		seeds = append(seeds, e.To)
	}
	if len(seeds) > 0 {
		from(out, t.looping, seeds...)
	}
	return t
}

// inTimerCycle: function u of the file sets a timer (or a loop) that leads
// back to it, or sits on such a cycle: it runs again and again by itself.
func inTimerCycle(s *script.Facts, u int32) bool {
	t := timersOf(s)
	return int(u) < len(t.cycle) && t.cycle[u]
}

// looping: function u of the file runs again and again because of where
// the file calls it.
func looping(s *script.Facts, u int32) bool {
	t := timersOf(s)
	return int(u) >= len(t.looping) || t.looping[u]
}

// hopLabel names function u of the file at p as the call graph's hops
// do (callgraph.Hop.Func).
func hopLabel(s *script.Facts, p string, u int32) string {
	f := &s.Funcs[u]
	switch {
	case f.Lifecycle != "":
		return f.Lifecycle
	case u == 0:
		return path.Base(p)
	case f.Name != "":
		return f.Name
	}
	return "<anonymous>"
}

// onceTimerWay: a way through other files that the call graph marks as
// looping does so only because of one-shot timers. Each step of the way
// that runs in a loop or timer (the call site in the caller's file, and
// the call itself) must sit in a one-shot timer, and no function of the
// way may set a timer that leads back to itself. A step in a file the
// project does not hold (a package under miniprogram_npm) is taken as
// looping.
func onceTimerWay(c *rule.ProjectContext, h *callgraph.Hit) bool {
	facts := func(p string) *script.Facts {
		if u := c.Units[p]; u != nil {
			return u.Script
		}
		return nil
	}
	for i, hop := range h.Hops {
		s := facts(hop.Path)
		if s == nil {
			return false
		}
		for u := range s.Funcs {
			if hopLabel(s, hop.Path, int32(u)) == hop.Func && inTimerCycle(s, int32(u)) {
				return false
			}
		}
		if i == 0 {
			continue
		}
		prev := facts(h.Hops[i-1].Path)
		if prev == nil {
			return false
		}
		if siteLoops(prev, hop.Site) && !oneShotSite(prev, hop.Site) {
			return false
		}
	}
	s := facts(h.Path)
	if s == nil {
		return false
	}
	return !h.Call.LocalLoop || oneShotSite(s, h.Call.Span)
}

// siteLoops: the call of another function at site (an edge of the file,
// or a call the file leaves to another) is in a loop or timer.
func siteLoops(s *script.Facts, site text.Span) bool {
	for _, e := range s.Edges {
		if e.Site == site && e.Loop {
			return true
		}
	}
	for i := range s.Ext {
		if x := &s.Ext[i]; x.NameSpan == site && x.LocalLoop {
			return true
		}
	}
	return false
}
