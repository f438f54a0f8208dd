package privacy

import (
	"strconv"
	"strings"
	"sync"

	"mpls/analysis/callgraph"
	ptable "mpls/analysis/privacy"
	"mpls/analysis/privacydecl"
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
				if a == nil && !login || silentOn(c.Platform, h.Call) || isClipboard(h.Call) || isRecording(h.Call) || answersAuthorize(scriptOf(c, h.Path), h.Call, a) {
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

// checkPromptProject reports the prompting calls entries reach through
// other files, once per call: where the dialog comes from, which is the
// one place to fix, whatever the number of pages that lead there (one
// helper's wx.getLocation that eighteen pages call on load is one
// finding, naming one way and the number of other entries). The finding
// stands at the call when it is in one of the project's own files, and
// the message names the way from one entry (the app's launch first, else
// the first page in path order); a call in a library (miniprogram_npm,
// node_modules), which the developer does not edit, is reported as
// before at each entry's call that leaves its file. A call the file's own
// entry reaches is its own file's finding (checkPrompt, or reportOwn
// below for a page or a component), not reported again. An entry a
// reviewer never sees (an orphan page, one only dead code or a staff role
// opens: ProjectContext.Unseen) leads nowhere here, since the finding no
// longer stands on its page.
//
// The system dialog of a scope shows once per user: once answered, yes or
// no, later calls of the scope open nothing (they succeed or fail
// silently). So when the app's launch (App onLaunch, onShow, the app
// script's top level: the first code of every session) reaches a call of
// a scope with no prompt the user confirmed, that launch call is where
// the dialog opens with no explanation, and the entries of pages that
// reach a call of the same scope later open none, through helpers or in
// their own file (onShow → this.refreshDistance → wx.getLocation, a
// component's attached → wx.authorize of the scope): they are left out,
// and the launch is reported alone (at app.js by checkPrompt, or here
// when it goes through a helper). Conditions on the launch's way are not
// read (as for the launch finding itself): the common one is a cache
// (if (!globalData.location) …), filled only by the call that asked, so
// whenever the launch skips the call the scope was already asked and
// pages still ask nothing first. A launch that asks
// only after a prompt the user confirmed leaves the pages reported: a user
// who declined it meets the system dialog with no explanation on the page.
// A page's or a component's own calls (what its own entries reach in its
// file) are therefore reported here, not by checkPrompt (see
// ownByProject): a file's check reads no other file, and would not be
// run again when app.js changes. They keep their file check's message
// and fix.
//
// A site privacy/repeated-authorize reports (the call asks again on every
// show) is left to it: one finding per site.
func checkPromptProject(c *rule.ProjectContext) {
	hits := crossHits(c)
	taken := map[crossKey]bool{}
	for i := range hits {
		if _, ok := repeatedCross(c, hits[i]); ok {
			taken[keyOf(&hits[i])] = true
		}
	}
	launch := launchScopes(c)
	up := newUpstream(c)
	// a page's or a component's own calls (checkPrompt leaves them here):
	// a scope the launch, or every page on the way in, asked first opens
	// no dialog there either
	for _, u := range sortedUnits(c.Units) {
		if u.Script == nil || !ownByProject(c.Env, u.Path) {
			continue
		}
		var own []rule.Finding
		reportOwn(rule.NewFileContext(c.Env, u, c.Rule, &own), func(call *script.Call, a *ptable.API) bool {
			k := scopeKey(call, a)
			return launch[k] || up.silent(u.Path, k)
		})
		for _, f := range own {
			c.Report(f.Path, f.Span, f.Message, f.Fixes...)
		}
	}
	type group struct {
		first *crossHit
		span  text.Span
		more  map[string]bool // the other entry files
	}
	var order []crossKey
	groups := map[crossKey]*group{}
	inFile := map[crossKey]bool{}
	for i := range hits {
		x := &hits[i]
		h := &x.hit
		a := promptAPI(h.Call)
		if a == nil {
			continue // Douyin's tt.login on a show: repeated-authorize's only
		}
		if taken[keyOf(x)] || c.Unseen(x.start) {
			continue
		}
		if !c.Project.IsAppFile(x.start) && (launch[scopeKey(h.Call, a)] || up.silent(x.start, scopeKey(h.Call, a))) {
			continue // the launch, or every page on the way in, asked the scope first
		}
		k, ownFile := atCall(c, x)
		if !ownFile {
			k = keyOf(x)
		} else {
			if _, ok := inFile[k]; !ok {
				inFile[k] = reportedInFile(c, h)
			}
			if inFile[k] {
				continue
			}
		}
		g := groups[k]
		if g == nil {
			g = &group{first: x, span: k.span, more: map[string]bool{}}
			groups[k] = g
			order = append(order, k)
		} else if x.start != g.first.start {
			if c.Project.IsAppFile(x.start) && !c.Project.IsAppFile(g.first.start) {
				g.more[g.first.start] = true
				g.first = x // the launch's way first
			} else {
				g.more[x.start] = true
			}
		}
	}
	for _, k := range order {
		g := groups[k]
		delete(g.more, g.first.start)
		x := g.first
		h := &x.hit
		name, w := callName(h.Call), h.Words()
		var zhNotes, enNotes []string
		if k.path == x.start {
			// at the entry's call (a library's API): name the API's place
			at := h.Path
			if u := c.Units[h.Path]; u != nil {
				at = where(u, h.Call.NameSpan.Start)
			}
			zhNotes, enNotes = append(zhNotes, at), append(enNotes, at)
		} else {
			// at the API's call: name the entry
			w = x.start + " " + w
		}
		if x.show && !x.loop {
			zhNotes, enNotes = append(zhNotes, "首次进入就弹出系统授权框"), append(enNotes, "the system dialog opens on the first visit")
		}
		if n := len(g.more); n > 0 {
			zhNotes = append(zhNotes, "另有 "+strconv.Itoa(n)+" 个入口同样经此调用")
			enNotes = append(enNotes, "and "+strconv.Itoa(n)+" other entries")
		}
		zhAt, enAt := "", ""
		if len(zhNotes) > 0 {
			zhAt, enAt = "（"+strings.Join(zhNotes, "；")+"）", " ("+strings.Join(enNotes, "; ")+")"
		}
		lead, enLead := "进入页面即经由 ", " runs on entry through "
		if c.Project.IsAppFile(x.start) {
			lead, enLead = "小程序启动即经由 ", " runs at launch through "
		}
		msg := rule.Msg{
			Zh: lead + w + " 调用 " + name + zhAt + "，之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途。",
			En: name + enAt + enLead + w + " with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose.",
		}
		switch {
		case x.loop:
			msg = rule.Msg{
				Zh: lead + w + " 调用 " + name + zhAt + "，之后由循环或定时器反复调用：第一次调用就弹出系统授权框，之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或在启动循环或定时器之前先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + enAt + enLead + w + " and then again from a loop or timer: its first run opens the system dialog with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask once with the purpose before the loop or timer starts (check getSetting's authSetting first, or keep a flag).",
			}
		case x.show:
			msg = rule.Msg{
				Zh: lead + w + " 调用 " + name + zhAt + "，之前没有说明用途、由用户确认的提示：审核会驳回。请改为用户点击后调用，或先弹窗说明用途，并只询问一次（例如先用 getSetting 查看是否已授权）。",
				En: name + enAt + enLead + w + " with no prompt the user confirmed first; reviewers reject this. Call it after a user action, or ask first with the purpose, once (check getSetting's authSetting first, or keep a flag).",
			}
		}
		c.Report(k.path, k.span, msg)
	}
}

// atCall is the key of a finding at x's API call, and whether the call is
// in one of the project's own files (not a library's).
func atCall(c *rule.ProjectContext, x *crossHit) (crossKey, bool) {
	h := &x.hit
	k := crossKey{h.Path, h.Call.NameSpan, h.Call.API}
	return k, c.Units[h.Path] != nil && !privacydecl.InLibrary(h.Path)
}

// reportedInFile: the call of h is its own file's finding (checkPrompt):
// an entry of that file reaches it.
func reportedInFile(c *rule.ProjectContext, h *callgraph.Hit) bool {
	u := c.Units[h.Path]
	if u == nil || u.Script == nil {
		return false
	}
	var discard []rule.Finding
	_, _, ok := promptsHere(rule.NewFileContext(c.Env, u, c.Rule, &discard), h.Call)
	return ok
}

// scopeKey names the system dialog a prompting call opens: its scope
// (scope.userLocation for getLocation, chooseLocation and an authorize of
// it), or the API's name when the table gives none.
func scopeKey(call *script.Call, a *ptable.API) string {
	if a.Name == "authorize" {
		if call.Options != nil {
			if p := call.Options.Get("scope"); p != nil && p.IsString && p.String != "" {
				return p.String
			}
		}
		return ""
	}
	if a.Scope != "" {
		return a.Scope
	}
	return a.Category + "." + a.Name
}

// launchScopes are the scopes the app's launch asks (see
// checkPromptProject): the app script's entries (onLaunch, onShow, its
// top level) reach a prompting call of the scope, in app.js or through
// helpers, with no prompt the user confirmed on the way.
func launchScopes(c *rule.ProjectContext) map[string]bool {
	g := callgraph.For(c.Env)
	if g == nil {
		return nil
	}
	out := map[string]bool{}
	for _, u := range sortedUnits(c.Units) {
		if u.Script == nil || !c.Project.IsAppFile(u.Path) {
			continue
		}
		for k := range entryScopes(c, g, u.Path) {
			out[k] = true
		}
	}
	return out
}

// entryScopes are the scopes the entries of the script at p reach a
// prompting call of, in the file or through helpers, with no prompt the
// user confirmed on the way: where the system dialog surely opens.
func entryScopes(c *rule.ProjectContext, g *callgraph.Graph, p string) map[string]bool {
	u := c.Units[p]
	if u == nil || u.Script == nil {
		return nil
	}
	out := map[string]bool{}
	for _, e := range g.Entries(u.Path) {
		for i := range e.Hits {
			if k := scopeAsked(c, u.Script, &e.Hits[i]); k != "" {
				out[k] = true
			}
		}
	}
	return out
}

// scopeAsked is the scope whose system dialog surely opens on the way h,
// from a function of the script s: a prompting call with no prompt the
// user confirmed on the way; "" when none.
func scopeAsked(c *rule.ProjectContext, s *script.Facts, h *callgraph.Hit) string {
	a := promptAPI(h.Call)
	if a == nil || h.Confirmed || silentOn(c.Platform, h.Call) || isClipboard(h.Call) {
		return ""
	}
	if !h.Cross() {
		if h.Call.EntryConfirmed || oneButtonPrompted(s, h.Call, c.Lexicon) {
			return ""
		}
	}
	return scopeKey(h.Call, a)
}

// scriptOf is the script facts of the unit at p, nil when none.
func scriptOf(c *rule.ProjectContext, p string) *script.Facts {
	if u := c.Units[p]; u != nil {
		return u.Script
	}
	return nil
}
