package privacy

import (
	"strings"
	"sync"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// What the call graph adds to prompt-before-authorize and
// repeated-authorize: a privacy API a page's lifecycle reaches through a
// helper of another file (onLoad → tools.getUserInfo → my.getAuthCode in
// common/js/tools.js), and, within a file, a show lifecycle that reaches
// one through the file's own functions (onShow → checkLogin → handleLogin
// → tt.login): the repetition is decided by the call in onShow, where the
// finding goes.

// showSite finds, for a call the file's own functions reach from a show
// lifecycle (not a call written in the lifecycle itself), the call in
// that lifecycle that leads to it, and the way ("onShow → checkLogin →
// handleLogin"). Only ways with no confirmed prompt on them count.
func showSite(s *script.Facts, c *script.Call) (site text.Span, way string, ok bool) {
	edges, ok := showEdges(s, c)
	if !ok {
		return text.Span{}, "", false
	}
	names := []string{funcLabel(s, s.Edges[edges[0]].From)}
	for _, ei := range edges {
		names = append(names, funcLabel(s, s.Edges[ei].To))
	}
	return s.Edges[edges[0]].Site, strings.Join(names, " → "), true
}

// showEdges is the way of showSite: the file's edges from the show
// lifecycle to the function holding c, in order (the first leaves the
// lifecycle).
func showEdges(s *script.Facts, c *script.Call) ([]int32, bool) {
	if !c.InShow || int(c.Unit) >= len(s.Funcs) || s.Funcs[c.Unit].Show {
		return nil, false
	}
	n := len(s.Funcs)
	pred := make([]int32, n)
	edge := make([]int32, n)
	seen := make([]bool, n)
	var queue []int32
	for i := range s.Funcs {
		pred[i] = -1
		if s.Funcs[i].Show {
			seen[i] = true
			queue = append(queue, int32(i))
		}
	}
	out := make([][]int32, n)
	for ei := range s.Edges {
		if f := s.Edges[ei].From; int(f) < n {
			out[f] = append(out[f], int32(ei))
		}
	}
	for len(queue) > 0 && !seen[c.Unit] {
		u := queue[0]
		queue = queue[1:]
		for _, ei := range out[u] {
			e := &s.Edges[ei]
			if e.Confirmed || int(e.To) >= n || seen[e.To] {
				continue
			}
			seen[e.To], pred[e.To], edge[e.To] = true, u, int32(ei)
			queue = append(queue, e.To)
		}
	}
	if !seen[c.Unit] {
		return nil, false
	}
	var way []int32
	u := c.Unit
	for k := 0; k < n && pred[u] >= 0; k++ {
		way = append(way, edge[u])
		u = pred[u]
	}
	for i, j := 0, len(way)-1; i < j; i, j = i+1, j-1 {
		way[i], way[j] = way[j], way[i]
	}
	return way, len(way) > 0
}

func funcLabel(s *script.Facts, u int32) string {
	f := &s.Funcs[u]
	switch {
	case f.Lifecycle != "":
		return f.Lifecycle
	case f.Name != "":
		return f.Name
	}
	return "<anonymous>"
}

// loopRepeats: c runs again and again for a reason other than a show
// lifecycle (a loop, an interval, a timer retry).
func loopRepeats(s *script.Facts, c *script.Call) bool {
	if !c.InLoopOrTimer {
		return false
	}
	cp := *c
	cp.InShow = false
	return repeats(s, &cp)
}

// crossHit is a prompting privacy call a start file's lifecycle reaches
// through another file, with no prompt on the way.
type crossHit struct {
	start string // the page, app or component file
	hit   callgraph.Hit
	show  bool
}

// lastCross keeps the last project run's crossHits: both rules of a run
// share one environment and ask the same (the same env and the same
// units: a caller may reuse an env with new units). Holding the env keeps
// its address from being reused by another.
var lastCross struct {
	sync.Mutex
	env   *rule.Env
	units map[string]*rule.Unit
	hits  []crossHit
}

func sameUnits(a, b map[string]*rule.Unit) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// crossHits lists them for every start file, in a stable order.
func crossHits(c *rule.ProjectContext) []crossHit {
	lastCross.Lock()
	defer lastCross.Unlock()
	if lastCross.env != c.Env || !sameUnits(lastCross.units, c.Units) {
		units := make(map[string]*rule.Unit, len(c.Units))
		for k, v := range c.Units {
			units[k] = v
		}
		lastCross.env, lastCross.units, lastCross.hits = c.Env, units, findCrossHits(c)
	}
	return lastCross.hits
}

func findCrossHits(c *rule.ProjectContext) []crossHit {
	g := callgraph.For(c.Env)
	if g == nil {
		return nil
	}
	var out []crossHit
	for _, u := range sortedUnits(c.Units) {
		if u.Script == nil || !isStart(c, u.Path) {
			continue
		}
		for _, e := range g.Entries(u.Path) {
			for _, h := range e.Hits {
				if !h.Cross() || h.Confirmed || h.Loop && !onceTimerWay(c, &h) {
					continue
				}
				// Douyin's tt.login is no prompting API of the table, but its
				// login panel opens on every show (repeated-authorize's only)
				login := e.Show && hostLogin(c.Platform, h.Call)
				a := promptAPI(h.Call)
				if a == nil && !login || silentOn(c.Platform, h.Call) || isClipboard(h.Call) || isRecording(h.Call) {
					continue
				}
				out = append(out, crossHit{start: u.Path, hit: h, show: e.Show})
			}
		}
	}
	return out
}

// isStart: the file's lifecycles run by themselves (the app's script, a
// page's, a component's).
func isStart(c *rule.ProjectContext, p string) bool {
	pr := c.Project
	if pr.IsAppFile(p) {
		return true
	}
	if _, ok := pr.PageOf(p); ok {
		return true
	}
	return pr.IsComponentFile(p)
}

// reportCross reports each (start file, call site, API) once: show says
// which of the two rules asks (the entries through a show lifecycle, or
// the others).
func reportCross(c *rule.ProjectContext, show bool, msg func(h *callgraph.Hit, name, at string) rule.Msg) {
	type key struct {
		path string
		span text.Span
		api  string
	}
	done := map[key]bool{}
	for _, x := range crossHits(c) {
		if x.show != show {
			continue
		}
		h := &x.hit
		k := key{x.start, h.Leave(), h.Call.API}
		if done[k] {
			continue
		}
		done[k] = true
		at := h.Path
		if u := c.Units[h.Path]; u != nil {
			at = where(u, h.Call.NameSpan.Start)
		}
		c.Report(x.start, k.span, msg(h, callName(h.Call), at))
	}
}

func checkPromptProject(c *rule.ProjectContext) {
	reportCross(c, false, func(h *callgraph.Hit, name, at string) rule.Msg {
		w := h.Words()
		return rule.Msg{
			Zh: "进入页面即经由 " + w + " 调用 " + name + "（" + at + "），之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途。",
			En: name + " (" + at + ") runs on entry through " + w + " with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose.",
		}
	})
}
