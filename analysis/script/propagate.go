package script

// Pass 3: the context of every call (local, then through the call graph).

// localCtx is what the code between a node and the top of its unit says.
type localCtx struct {
	loop, confirmed, ios bool
}

// Names whose callbacks run repeatedly (or later, from a timer).
var repeatingCallees = map[string]bool{
	"setTimeout": true, "setInterval": true, "requestAnimationFrame": true,
	"forEach": true, "map": true, "filter": true, "reduce": true, "reduceRight": true,
	"some": true, "every": true, "find": true, "findIndex": true, "flatMap": true,
}

// local walks from node x up to the function of its unit.
func (a *analyzer) local(x int32) localCtx {
	var ctx localCtx
	top := a.units[a.unitOf[x]].node
	cur := x
	for k := 0; k < maxUp && cur != top; k++ {
		p := a.n[cur].parent
		if p < 0 {
			break
		}
		switch kd := a.n[p].kind; kd {
		case kFor, kForIn:
			if a.last(p) == cur {
				ctx.loop = true
			}
		case kWhile, kDo:
			if a.kind(cur) != kParen {
				ctx.loop = true
			}
		case kIf:
			cond := a.first(p)
			switch {
			case cur == cond:
			case a.kind(cur) == kElse:
				a.alternative(cond, &ctx)
			default:
				a.consequence(cond, &ctx)
			}
		case kTernary:
			cond := a.child(p, 0)
			switch cur {
			case a.child(p, 1):
				a.consequence(cond, &ctx)
			case a.child(p, 2):
				a.alternative(cond, &ctx)
			}
		case kBinary:
			if l := a.first(p); cur == a.last(p) && cur != l {
				switch a.op(p) {
				case kAndAnd:
					a.consequence(l, &ctx)
				case kOrOr:
					a.alternative(l, &ctx)
				}
			}
		case kBlock, kProgram, kSwitchCase:
			a.earlyReturns(p, cur, &ctx)
		case kFuncExpr, kArrow, kGenFunc, kMethodDef:
			if p != top {
				a.callback(p, &ctx)
			}
		}
		cur = p
	}
	return ctx
}

func (a *analyzer) consequence(cond int32, ctx *localCtx) {
	if !ctx.confirmed {
		if pos, _ := a.consent(cond, 0); pos {
			ctx.confirmed = true
		}
	}
	if !ctx.ios {
		if notIOS, _ := a.platform(cond, 0); notIOS {
			ctx.ios = true
		}
	}
}

func (a *analyzer) alternative(cond int32, ctx *localCtx) {
	if !ctx.confirmed {
		if _, neg := a.consent(cond, 0); neg {
			ctx.confirmed = true
		}
	}
	if !ctx.ios {
		if _, iosTrue := a.platform(cond, 0); iosTrue {
			ctx.ios = true
		}
	}
}

// earlyReturns: statements before cur in block that are `if (c) return`
// (or `if (c) { ...; return }`): cur only runs when c is false.
func (a *analyzer) earlyReturns(block, cur int32, ctx *localCtx) {
	for s := a.n[block].first; s >= 0 && s != cur; s = a.n[s].next {
		if ctx.confirmed && ctx.ios {
			return
		}
		if a.n[s].kind != kIf {
			continue
		}
		if a.exits(a.child(s, 1)) {
			a.alternative(a.first(s), ctx)
		}
	}
}

// exits: a return or throw statement, or a block ending with one.
func (a *analyzer) exits(st int32) bool {
	switch a.kind(st) {
	case kReturn, kThrow:
		return true
	case kBlock:
		return a.exits(a.last(st))
	}
	return false
}

// callback looks at a function passed to a call on the way up: a timer or
// iteration callback, or the success callback of a confirmed showModal.
func (a *analyzer) callback(fn int32, ctx *localCtx) {
	p, _ := a.up(fn)
	var call int32 = -1
	switch a.kind(p) {
	case kArguments:
		call = a.n[p].parent
		callee := a.unwrap(a.callee(call))
		if repeatingCallees[a.lastName(callee)] {
			ctx.loop = true
		}
		if ctx.confirmed {
			return
		}
		// wx.showModal({...}).then(res => ...)
		if obj, prop := a.member(callee); prop >= 0 && a.is(prop, "then") {
			a.modalCallback(a.unwrap(obj), fn, ctx)
		}
		return
	case kPair:
		if ctx.confirmed {
			return
		}
		switch key, _, _ := a.pairKey(p); key {
		case "success", "complete":
			obj := a.n[p].parent
			if q, _ := a.up(obj); a.kind(q) == kArguments {
				a.modalCallback(a.n[q].parent, fn, ctx)
			}
		}
	case kObject: // success(res) { ... }
		if ctx.confirmed || a.kind(fn) != kMethodDef {
			return
		}
		switch key, _, _ := a.pairKey(fn); key {
		case "success", "complete":
			if q, _ := a.up(p); a.kind(q) == kArguments {
				a.modalCallback(a.n[q].parent, fn, ctx)
			}
		}
	}
}

// modalCallback: fn is a result callback of call; confirmed when call is a
// platform showModal (or Alipay's confirm) and fn looks at res.confirm.
func (a *analyzer) modalCallback(call, fn int32, ctx *localCtx) {
	idx, ok := a.callAt[call]
	if !ok {
		return
	}
	c := &a.f.Calls[idx]
	if c.Factory != "" || c.Namespace == "" || (c.API != "showModal" && c.API != "confirm") {
		return
	}
	if a.checksConfirm(fn) {
		ctx.confirmed = true
	}
}

func (a *analyzer) checksConfirm(fn int32) bool {
	if v, ok := a.confirmCache[fn]; ok {
		return v
	}
	found := false
	end := a.descendantsEnd(fn)
	for j := fn + 1; j < end; j++ {
		switch a.n[j].kind {
		case kPropIdent, kShorthandPattern, kIdent:
			if a.is(j, "confirm") || a.is(j, "cancel") {
				found = true
			}
		}
		if found {
			break
		}
	}
	a.confirmCache[fn] = found
	return found
}

// propagate computes the call-graph facts and fills in every call.
func (a *analyzer) propagate() {
	nu := len(a.units)
	adj := make([][]int32, nu) // unit -> edge indices
	hasIn := make([]bool, nu)
	siteCtx := make(map[int32]localCtx, len(a.edges))
	for ei, e := range a.edges {
		adj[e.from] = append(adj[e.from], int32(ei))
		if e.to != e.from {
			hasIn[e.to] = true
		}
		if _, ok := siteCtx[e.site]; !ok {
			siteCtx[e.site] = a.local(e.site)
		}
	}

	// OnEntry, with the path that reaches each unit
	entry := make([]bool, nu)
	pred := make([]int32, nu)
	var queue []int32
	for u := range a.units {
		pred[u] = -1
		if a.units[u].entry {
			entry[u] = true
			queue = append(queue, int32(u))
		}
	}
	a.bfs(queue, adj, entry, pred, nil)

	// InShow
	show := make([]bool, nu)
	queue = queue[:0]
	for u := range a.units {
		if a.units[u].show {
			show[u] = true
			queue = append(queue, int32(u))
		}
	}
	a.bfs(queue, adj, show, nil, nil)

	// InLoopOrTimer: called from a loop or timer, or from a unit that is
	loop := make([]bool, nu)
	queue = queue[:0]
	for _, e := range a.edges {
		if siteCtx[e.site].loop && !loop[e.to] {
			loop[e.to] = true
			queue = append(queue, e.to)
		}
	}
	a.bfs(queue, adj, loop, nil, nil)

	// Confirmed / IOSGuarded through calls: a unit is covered when no path
	// from a root reaches it through an uncovered call site. Roots: the
	// top level, lifecycles, functions nothing in the file calls (the
	// template may), and whatever only a cycle reaches.
	roots := a.roots(adj, hasIn)
	unconfirmed := make([]bool, nu)
	unguarded := make([]bool, nu)
	for _, r := range roots {
		unconfirmed[r] = true
		unguarded[r] = true
	}
	a.bfs(append([]int32(nil), roots...), adj, unconfirmed, nil, func(e edge) bool { return !siteCtx[e.site].confirmed })
	a.bfs(append([]int32(nil), roots...), adj, unguarded, nil, func(e edge) bool { return !siteCtx[e.site].ios })

	paths := make([][]string, nu)
	pathDone := make([]bool, nu)
	for ci := range a.f.Calls {
		c := &a.f.Calls[ci]
		node := a.callNode[ci]
		u := a.unitOf[node]
		ctx := a.local(node)
		c.Func = a.funcName(u)
		c.OnEntry = entry[u]
		if c.OnEntry {
			if !pathDone[u] {
				paths[u] = a.entryPath(u, pred)
				pathDone[u] = true
			}
			c.EntryPath = paths[u]
		}
		c.InShow = show[u]
		c.InLoopOrTimer = ctx.loop || loop[u]
		c.Confirmed = ctx.confirmed || !unconfirmed[u]
		c.IOSGuarded = ctx.ios || !unguarded[u]
	}
	for i := range a.f.Assignments {
		u := a.assignUnit[i]
		a.f.Assignments[i].Func = a.funcName(u)
		a.f.Assignments[i].OnEntry = entry[u]
	}
}

// bfs marks everything reachable from queue (already marked) along edges
// that pass ok (nil: all), recording predecessors if pred is not nil.
func (a *analyzer) bfs(queue []int32, adj [][]int32, mark []bool, pred []int32, ok func(edge) bool) {
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, ei := range adj[u] {
			e := a.edges[ei]
			if mark[e.to] || (ok != nil && !ok(e)) {
				continue
			}
			mark[e.to] = true
			if pred != nil {
				pred[e.to] = u
			}
			queue = append(queue, e.to)
		}
	}
}

func (a *analyzer) roots(adj [][]int32, hasIn []bool) []int32 {
	nu := len(a.units)
	reached := make([]bool, nu)
	var roots []int32
	for u := 0; u < nu; u++ {
		if u == 0 || a.units[u].entry || !hasIn[u] {
			roots = append(roots, int32(u))
			reached[u] = true
		}
	}
	a.bfs(append([]int32(nil), roots...), adj, reached, nil, nil)
	for u := 0; u < nu; u++ {
		if !reached[u] { // only reachable from a cycle
			roots = append(roots, int32(u))
			reached[u] = true
			a.bfs([]int32{int32(u)}, adj, reached, nil, nil)
		}
	}
	return roots
}

// funcName is the name of the unit, or of the nearest named unit around it.
func (a *analyzer) funcName(u int32) string {
	for k := 0; k < maxUp && u > 0; k++ {
		if a.units[u].name != "" {
			return a.units[u].name
		}
		u = a.units[u].parent
	}
	return ""
}

// entryPath lists the units from the entry lifecycle to u.
func (a *analyzer) entryPath(u int32, pred []int32) []string {
	var rev []string
	for k := 0; k < len(a.units) && u > 0; k++ {
		name := a.units[u].name
		if a.units[u].lifecycle != "" && pred[u] < 0 {
			name = a.units[u].lifecycle
		}
		if name == "" {
			name = "<anonymous>"
		}
		rev = append(rev, name)
		u = pred[u]
	}
	path := make([]string, len(rev))
	for i := range rev {
		path[i] = rev[len(rev)-1-i]
	}
	return path[:len(path):len(path)]
}
