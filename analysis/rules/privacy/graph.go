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
	// loop: a loop, an interval or a timer retry on the way repeats the
	// call (not one-shot timers only); its first run is still on entry
	loop bool
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
				if !h.Cross() || h.Confirmed {
					continue
				}
				loop := h.Loop && !onceTimerWay(c, &h)
				// Douyin's tt.login is no prompting API of the table, but its
				// login panel opens on every show (repeated-authorize's only)
				login := e.Show && hostLogin(c.Platform, h.Call)
				a := promptAPI(h.Call)
				if a == nil && !login || silentOn(c.Platform, h.Call) || isClipboard(h.Call) || isRecording(h.Call) {
					continue
				}
				out = append(out, crossHit{start: u.Path, hit: h, show: e.Show, loop: loop})
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

// crossKey is where a finding on a crossHit goes: the start file, the
// call site that leaves it, the API.
type crossKey struct {
	path string
	span text.Span
	api  string
}

func keyOf(x *crossHit) crossKey { return crossKey{x.start, x.hit.Leave(), x.hit.Call.API} }

// checkPromptProject reports each (start file, call site, API) once, for
// the entries of every kind: a show lifecycle's first run is an entry
// too. A site privacy/repeated-authorize reports (the call asks again on
// every show) is left to it: one finding per site.
func checkPromptProject(c *rule.ProjectContext) {
	hits := crossHits(c)
	taken := map[crossKey]bool{}
	for i := range hits {
		if _, ok := repeatedCross(c, hits[i]); ok {
			taken[keyOf(&hits[i])] = true
		}
	}
	done := map[crossKey]bool{}
	for i := range hits {
		x := &hits[i]
		h := &x.hit
		if promptAPI(h.Call) == nil {
			continue // Douyin's tt.login on a show: repeated-authorize's only
		}
		k := keyOf(x)
		if done[k] || taken[k] {
			continue
		}
		done[k] = true
		at := h.Path
		if u := c.Units[h.Path]; u != nil {
			at = where(u, h.Call.NameSpan.Start)
		}
		name, w := callName(h.Call), h.Words()
		msg := rule.Msg{
			Zh: "进入页面即经由 " + w + " 调用 " + name + "（" + at + "），之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途。",
			En: name + " (" + at + ") runs on entry through " + w + " with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose.",
		}
		switch {
		case x.loop:
			msg = rule.Msg{
				Zh: "进入页面即经由 " + w + " 调用 " + name + "（" + at + "），之后由循环或定时器反复调用：第一次调用就弹出系统授权框，之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或在启动循环或定时器之前先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + " (" + at + ") runs on entry through " + w + " and then again from a loop or timer: its first run opens the system dialog with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask once with the purpose before the loop or timer starts (check getSetting's authSetting first, or keep a flag).",
			}
		case x.show:
			msg = rule.Msg{
				Zh: "进入页面即经由 " + w + " 调用 " + name + "（" + at + "，首次进入就弹出系统授权框），之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + " (" + at + ") runs on entry through " + w + " (the system dialog opens on the first visit) with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose, once (check getSetting's authSetting first, or keep a flag).",
			}
		}
		c.Report(x.start, k.span, msg)
	}
}
