package script

// Pass 3: the context of every call (local, then through the call graph).

// Context bits: what the code between a node and the top of its unit says.
// Computed top-down in source order (enter), so every node costs O(1) plus
// its block's siblings once: no walks towards the root.
const (
	ctxLoop      uint8 = 1 << iota // in a loop or a repeating callback
	ctxConfirmed                   // behind a consent check / confirmed prompt
	ctxIOS                         // behind a platform check that excludes iOS
	ctxDeclined                    // pre-set by a block: after `if (confirmed) {…; return}`
)

// Names whose callbacks run repeatedly (or later, from a timer).
var repeatingCallees = map[string]bool{
	"setTimeout": true, "setInterval": true, "requestAnimationFrame": true,
	"forEach": true, "map": true, "filter": true, "reduce": true, "reduceRight": true,
	"some": true, "every": true, "find": true, "findIndex": true, "flatMap": true,
}

// enter computes the context of node i from its parent's. Called in
// pre-order, after the calls before i are resolved.
func (a *analyzer) enter(i int32) {
	ctx := a.ctx[i] // early returns before i in its block, set by the block
	var st ansState
	if a.ans != nil {
		st = a.ans[i]
	}
	p := a.n[i].parent
	if p < 0 || a.units[a.unitOf[i]].node == i {
		ctx = 0 // a unit starts afresh
		st = ansState{}
	} else {
		if ctx&ctxDeclined != 0 {
			ctx = a.ctx[p]&^ctxConfirmed | ctx&^ctxDeclined
		} else {
			ctx |= a.ctx[p]
		}
		if a.ans != nil {
			st = mergeAns(st, a.ans[p])
		}
		switch kd := a.n[p].kind; kd {
		case kFor, kForIn:
			if a.last(p) == i {
				ctx |= ctxLoop
			}
		case kWhile, kDo:
			if a.kind(i) != kParen {
				ctx |= ctxLoop
			}
		case kIf:
			cond := a.first(p)
			switch {
			case i == cond:
			case a.kind(i) == kElse:
				ctx = a.branch(ctx, &st, cond, alternativeBranch)
			default:
				ctx = a.branch(ctx, &st, cond, consequenceBranch)
			}
		case kTernary:
			cond := a.child(p, 0)
			switch i {
			case a.child(p, 1):
				ctx = a.branch(ctx, &st, cond, consequenceBranch)
			case a.child(p, 2):
				ctx = a.branch(ctx, &st, cond, alternativeBranch)
			}
		case kBinary:
			if l := a.first(p); i == a.last(p) && i != l {
				switch a.op(p) {
				case kAndAnd:
					ctx = a.branch(ctx, &st, l, consequenceBranch)
				case kOrOr:
					ctx = a.branch(ctx, &st, l, alternativeBranch)
				}
			}
		}
		switch a.n[i].kind {
		case kFuncExpr, kArrow, kGenFunc, kMethodDef:
			ctx |= a.callback(i, ctx)
		}
	}
	a.ctx[i] = ctx
	if a.ans != nil {
		a.ans[i] = st
	}
	switch a.n[i].kind {
	case kBlock, kProgram, kSwitchCase:
		a.earlyReturns(i)
	}
}

// consequence returns the context of the branch taken when cond is true:
// bits to add, and ctxConfirmed to clear when the branch is where the user
// declined (if (!res.confirm) {…}: no success callback makes that confirmed).
// st is what is known of an authorization answer there, narrowed by cond
// when cond tests one (answerBranch).
func (a *analyzer) consequence(cond int32, have uint8, st *ansState) (add, clear uint8) {
	if ad, cl, ok := a.answerBranch(cond, true, st); ok {
		add, clear = ad, cl
	} else if v := a.consent(cond, 0); v.pos {
		add |= ctxConfirmed
	} else if v.posNo {
		clear |= ctxConfirmed
	}
	if have&ctxIOS == 0 {
		if notIOS, _ := a.platform(cond, 0); notIOS {
			add |= ctxIOS
		}
	}
	return add, clear
}

// alternative: the same for the branch taken when cond is false (else, the
// code after an early return).
func (a *analyzer) alternative(cond int32, have uint8, st *ansState) (add, clear uint8) {
	if ad, cl, ok := a.answerBranch(cond, false, st); ok {
		add, clear = ad, cl
	} else if v := a.consent(cond, 0); v.neg {
		add |= ctxConfirmed
	} else if v.negNo {
		clear |= ctxConfirmed
	}
	if have&ctxIOS == 0 {
		if _, iosTrue := a.platform(cond, 0); iosTrue {
			add |= ctxIOS
		}
	}
	return add, clear
}

const (
	consequenceBranch = true
	alternativeBranch = false
)

// branch returns ctx updated for the branch of cond that is taken when cond
// is true (consequenceBranch) or false.
func (a *analyzer) branch(ctx uint8, st *ansState, cond int32, whenTrue bool) uint8 {
	var add, clear uint8
	if whenTrue {
		add, clear = a.consequence(cond, ctx, st)
	} else {
		add, clear = a.alternative(cond, ctx, st)
	}
	return ctx&^clear | add
}

// earlyReturns: a statement after `if (c) return` (or `if (c) { ...;
// return }`) in a block only runs when c is false. The bits this adds are
// pre-set in the children's ctx (enter merges them with the block's); after
// an exit on consent (`if (res.confirm) { …; return }`) the rest is where the
// user declined, marked ctxDeclined so that enter clears ctxConfirmed.
func (a *analyzer) earlyReturns(block int32) {
	var acc uint8
	var st ansState // the answer after the exits so far (from the block's)
	if a.ans != nil {
		st = a.ans[block]
	}
	for s := a.n[block].first; s >= 0; s = a.n[s].next {
		a.ctx[s] |= acc
		if a.ans != nil && st.key != 0 {
			a.ans[s] = st
		}
		if a.n[s].kind == kIf && a.exits(a.child(s, 1)) {
			add, clear := a.alternative(a.first(s), acc, &st)
			acc |= add
			if clear&ctxConfirmed != 0 && acc&ctxConfirmed == 0 {
				acc |= ctxDeclined
			}
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
func (a *analyzer) callback(fn int32, have uint8) uint8 {
	p, _ := a.up(fn)
	var add uint8
	switch a.kind(p) {
	case kArguments:
		callee := a.unwrap(a.callee(a.n[p].parent))
		if repeatingCallees[a.lastName(callee)] {
			add |= ctxLoop
		}
		// wx.showModal({...}).then(res => ...)
		if obj, prop := a.member(callee); have&ctxConfirmed == 0 && prop >= 0 && a.is(prop, "then") {
			add |= a.modalCallback(a.unwrap(obj), fn)
		}
	case kPair:
		if have&ctxConfirmed != 0 {
			break
		}
		switch key, _, _ := a.pairKey(p); key {
		case "success", "complete":
			obj := a.n[p].parent
			if q, _ := a.up(obj); a.kind(q) == kArguments {
				add |= a.modalCallback(a.n[q].parent, fn)
			}
		}
	case kObject: // success(res) { ... }
		if have&ctxConfirmed != 0 || a.kind(fn) != kMethodDef {
			break
		}
		switch key, _, _ := a.pairKey(fn); key {
		case "success", "complete":
			if q, _ := a.up(p); a.kind(q) == kArguments {
				add |= a.modalCallback(a.n[q].parent, fn)
			}
		}
	}
	return add
}

// modalCallback: fn is a result callback of call; confirmed when call is a
// platform showModal (or Alipay's confirm) and fn looks at res.confirm.
func (a *analyzer) modalCallback(call, fn int32) uint8 {
	idx, ok := a.callAt[call]
	if !ok {
		return 0
	}
	c := &a.f.Calls[idx]
	if c.Factory != "" || c.Namespace == "" || (c.API != "showModal" && c.API != "confirm") {
		return 0
	}
	if a.checksConfirm(fn) {
		return ctxConfirmed
	}
	return 0
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
	for ei, e := range a.edges {
		adj[e.from] = append(adj[e.from], int32(ei))
		if e.to != e.from {
			hasIn[e.to] = true
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
		if (e.repeating || a.ctx[e.site]&ctxLoop != 0) && !loop[e.to] {
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
	a.bfs(append([]int32(nil), roots...), adj, unconfirmed, nil, func(e edge) bool { return a.ctx[e.site]&ctxConfirmed == 0 })
	// the same from the entries only
	entryUnconfirmed := make([]bool, nu)
	queue = queue[:0]
	for u := range a.units {
		if a.units[u].entry {
			entryUnconfirmed[u] = true
			queue = append(queue, int32(u))
		}
	}
	a.bfs(queue, adj, entryUnconfirmed, nil, func(e edge) bool { return a.ctx[e.site]&ctxConfirmed == 0 })
	a.bfs(append([]int32(nil), roots...), adj, unguarded, nil, func(e edge) bool { return a.ctx[e.site]&ctxIOS == 0 })

	paths := make([][]string, nu)
	pathDone := make([]bool, nu)
	for ci := range a.f.Calls {
		c := &a.f.Calls[ci]
		node := a.callNode[ci]
		u := a.unitOf[node]
		ctx := a.ctx[node]
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
		c.InLoopOrTimer = ctx&ctxLoop != 0 || loop[u]
		c.Confirmed = ctx&ctxConfirmed != 0 || !unconfirmed[u]
		c.EntryConfirmed = ctx&ctxConfirmed != 0 || !entryUnconfirmed[u]
		c.IOSGuarded = ctx&ctxIOS != 0 || !unguarded[u]
		c.Unit = u
		c.LocalConfirmed = ctx&ctxConfirmed != 0
		if a.ans != nil {
			st := a.ans[node]
			left := ansAll &^ st.out
			c.UnaskedPasses = st.key != 0 && left&ansRefused == 0 && left&ansUnasked != 0 && left&ansGranted != 0
		}
		c.LocalLoop = ctx&ctxLoop != 0
	}
	for i := range a.f.Ext {
		x := &a.f.Ext[i]
		u := x.Unit
		x.Func = a.funcName(u)
		x.OnEntry = entry[u]
		if x.OnEntry {
			if !pathDone[u] {
				paths[u] = a.entryPath(u, pred)
				pathDone[u] = true
			}
			x.EntryPath = paths[u]
		}
		x.InShow = show[u]
		x.InLoopOrTimer = x.LocalLoop || loop[u]
		x.Confirmed = x.LocalConfirmed || !unconfirmed[u]
		x.IOSGuarded = x.LocalIOS || !unguarded[u]
	}
	a.exportGraph()
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
