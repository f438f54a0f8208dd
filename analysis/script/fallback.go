package script

import (
	"sort"

	"mpls/analysis/text"
)

// Fallback code: the branch of a feature test on the platform object that
// runs only where the tested API is missing (Facts.Fallbacks) —
//
//	if (wx.getUpdateManager) { … } else { /* here */ }
//	if (tt.canIUse('getUpdateManager')) { … } else { /* here */ }
//	if (!my.canIUse('getUpdateManager')) { /* here */ }
//	if (typeof wx.getPrivacySetting !== 'function') { /* here */ }
//	wx.getUserProfile ? … : /* here */
//	if (wx.getDeviceInfo) { …; return } /* here, to the end of the block */
//
// and the same through a flag the file sets from such a test: `data: {
// canIUse: wx.canIUse('button.open-type.getUserInfo') }` then `if
// (this.data.canIUse) … else { /* here */ }`, or `canIUseGetUserProfile:
// false` set to true inside `if (wx.getUserProfile) {…}`.
//
// Which branch is the fallback: simply the one where the tested API is
// missing, whatever the API. A client fetches the newest base library by
// itself (WeChat, Douyin and Alipay all push it with the client), so the
// missing branch runs only on a client older than the API — for
// getUpdateManager (WeChat 1.9.90, 2018) or open-type=getUserInfo
// (1.3.0) years old, for getPrivacySetting (2.32.3, 2023) still old. A
// reviewer tests on a current client and never sees that branch. The
// branch where the API exists is what everyone runs, and is never one.
//
// Not feature tests: a call's result (`if (wx.getStorageSync('token'))`),
// an authorization answer (`res.authSetting['scope.userLocation']`), a
// property the app itself stores on the platform object (`my.isShowError
// = true` in the file), and Alipay's my.canIUse('component2'), which
// reports the project's compile setting, not the client's age.

// What a condition says about the tested APIs, as implications.
const (
	fbTrueMissing  uint8 = 1 << iota // condition true ⇒ a tested API is missing
	fbFalseMissing                   // condition false ⇒ a tested API is missing
	fbTruePresent                    // condition true ⇒ the tested APIs are there
	fbFalsePresent                   // condition false ⇒ the tested APIs are there
)

// fbTest is an atom that is true exactly where the API is there.
const fbTest = fbTruePresent | fbFalseMissing

// fbNot swaps the true and false implications.
func fbNot(m uint8) uint8 {
	return m&fbTrueMissing<<1 | m&fbFalseMissing>>1 | m&fbTruePresent<<1 | m&fbFalsePresent>>1
}

// configDependent are canIUse arguments that answer for the project, not
// the client.
var configDependent = map[string]bool{"component2": true}

type fbRegion struct {
	span    text.Span
	missing bool // runs only where a tested API is missing (else: only where it is there)
}

type fbState struct {
	assigned map[string]bool  // names the file stores on a platform object
	flags    map[string]uint8 // names set from a feature test
}

// fallbacks computes Facts.Fallbacks.
func (a *analyzer) fallbacks() {
	st := &fbState{assigned: map[string]bool{}}
	for i := int32(0); i < int32(len(a.n)); i++ {
		if a.n[i].kind != kAssign {
			continue
		}
		if obj, prop := a.member(a.unwrap(a.first(i))); prop >= 0 && a.nsOf(obj) != "" {
			st.assigned[a.text(prop)] = true
		}
	}
	regions := a.fbRegions(st)
	if st.flags = a.fbFlags(st, regions); len(st.flags) > 0 {
		regions = a.fbRegions(st)
	}
	var out []text.Span
	for _, r := range regions {
		if r.missing && r.span.End > r.span.Start {
			out = append(out, r.span)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	for _, s := range out {
		if n := len(a.f.Fallbacks); n > 0 && a.f.Fallbacks[n-1].End >= s.End {
			continue // inside the one before
		}
		a.f.Fallbacks = append(a.f.Fallbacks, s)
	}
}

// fbRegions lists the branches of every feature test.
func (a *analyzer) fbRegions(st *fbState) []fbRegion {
	var out []fbRegion
	add := func(sp text.Span, m uint8, whenTrue bool) {
		missing, present := m&fbFalseMissing != 0, m&fbFalsePresent != 0
		if whenTrue {
			missing, present = m&fbTrueMissing != 0, m&fbTruePresent != 0
		}
		if missing != present {
			out = append(out, fbRegion{span: sp, missing: missing})
		}
	}
	for i := int32(0); i < int32(len(a.n)); i++ {
		switch a.n[i].kind {
		case kIf:
			m := a.featureCond(a.first(i), st, 0)
			if m == 0 {
				continue
			}
			if cons := a.child(i, 1); cons >= 0 && a.kind(cons) != kElse {
				add(a.span(cons), m, true)
			}
			if alt := a.firstOf(i, kElse); alt >= 0 {
				add(a.span(alt), m, false)
			}
		case kTernary:
			m := a.featureCond(a.child(i, 0), st, 0)
			if m == 0 {
				continue
			}
			add(a.span(a.child(i, 1)), m, true)
			add(a.span(a.child(i, 2)), m, false)
		case kBinary:
			l, r := a.first(i), a.last(i)
			if l == r || (a.op(i) != kAndAnd && a.op(i) != kOrOr) {
				continue
			}
			if m := a.featureCond(l, st, 0); m != 0 {
				add(a.span(r), m, a.op(i) == kAndAnd)
			}
		case kBlock, kProgram, kSwitchCase:
			// if (test) { …; return } — the rest of the block runs when
			// the test is false
			for s := a.n[i].first; s >= 0; s = a.n[s].next {
				if a.n[s].kind != kIf || !a.exits(a.child(s, 1)) {
					continue
				}
				m := a.featureCond(a.first(s), st, 0)
				rest, last := a.n[s].next, int32(-1)
				for c := rest; c >= 0; c = a.n[c].next {
					if isSyntax(a.n[c].kind) {
						if last < 0 {
							rest = c
						}
						last = c
					}
				}
				if m != 0 && last >= 0 {
					add(text.Span{Start: a.span(rest).Start, End: a.span(last).End}, m, false)
				}
			}
		}
	}
	return out
}

// featureCond classifies a condition (fb* bits; 0: not a feature test).
func (a *analyzer) featureCond(c int32, st *fbState, depth int) uint8 {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return 0
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			return fbNot(a.featureCond(a.first(c), st, depth+1))
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		if l == r {
			return 0
		}
		switch op := a.op(c); op {
		case kAndAnd, kOrOr:
			ml, mr := a.featureCond(l, st, depth+1), a.featureCond(r, st, depth+1)
			const t, f = fbTrueMissing | fbTruePresent, fbFalseMissing | fbFalsePresent
			if op == kAndAnd { // true ⇒ both true; false ⇒ one is false
				return (ml|mr)&t | ml&mr&f
			}
			return ml&mr&t | (ml|mr)&f
		case kEqStrict, kEq, kNeStrict, kNe:
			m := a.featureCompare(a.unwrap(l), a.unwrap(r), st, depth)
			if op == kNeStrict || op == kNe {
				m = fbNot(m)
			}
			return m
		}
	case kTernary: // test ? true : false
		t, f := a.kind(a.unwrap(a.child(c, 1))), a.kind(a.unwrap(a.child(c, 2)))
		switch {
		case t == kTrue && f == kFalse:
			return a.featureCond(a.child(c, 0), st, depth+1)
		case t == kFalse && f == kTrue:
			return fbNot(a.featureCond(a.child(c, 0), st, depth+1))
		}
	case kCall:
		// wx.canIUse('getUpdateManager'), tt.canIUse('button.open-type.x')
		if ref, ok := a.apiOfRef(a.callee(c)); ok && ref.api == "canIUse" && !configDependent[a.firstArgString(c)] {
			return fbTest
		}
	case kMember, kSubscript:
		if ref, ok := a.apiOfRef(c); ok {
			if st.assigned[ref.api] || ref.api == "" {
				return 0
			}
			return fbTest // wx.getUpdateManager: there or undefined
		}
		return st.flags[a.lastName(c)]
	case kIdent, kPropIdent:
		return st.flags[a.lastName(c)]
	}
	return 0
}

// featureCompare classifies `x == y` (the caller inverts for !=):
// typeof wx.X === 'function', wx.X === undefined, test === true.
func (a *analyzer) featureCompare(l, r int32, st *fbState, depth int) uint8 {
	for _, p := range [2][2]int32{{l, r}, {r, l}} {
		x, lit := p[0], p[1]
		switch {
		case a.kind(x) == kUnary && a.op(x) == kTypeofTok && a.isStringLike(lit):
			m := a.featureCond(a.first(x), st, depth+1)
			if m != fbTest {
				return 0 // typeof of a flag says nothing
			}
			switch a.stringValue(lit) {
			case "function", "object":
				return m
			case "undefined":
				return fbNot(m)
			}
			return 0
		case a.kind(lit) == kTrue:
			return a.featureCond(x, st, depth+1)
		case a.kind(lit) == kFalse:
			return fbNot(a.featureCond(x, st, depth+1))
		case a.is(lit, "undefined") || a.is(lit, "null"):
			if m := a.featureCond(x, st, depth+1); m == fbTest {
				return fbNot(m)
			}
			return 0
		}
	}
	return 0
}

// fbFlags finds the names the file sets from a feature test, and what
// their value says. Every write of the name in the file must be a feature
// test (`canIUse: wx.canIUse('…')`, `const ok = typeof wx.X ===
// 'function'`), a literal written inside a branch of one (true inside `if
// (wx.getUserProfile) {…}`), or the initial value at the top level (the
// page's data, a module variable) that such a write overrides on entry.
// Any other write (a server's answer, true set unconditionally) and the
// name is something else.
func (a *analyzer) fbFlags(st *fbState, regions []fbRegion) map[string]uint8 {
	const present, missing, initial = 0, 1, 2
	type acc struct {
		t, f  [3]int // true / false literals: in a present branch, in a missing branch, initial
		nFeat int
		feat  uint8 // the bits every feature-test write has
		bad   bool
	}
	by := map[string]*acc{}
	values := &fbState{assigned: st.assigned} // no flag through a flag
	write := func(name string, node, v int32) {
		if name == "" || v < 0 {
			return
		}
		w := by[name]
		if w == nil {
			w = &acc{feat: fbTrueMissing | fbFalseMissing | fbTruePresent | fbFalsePresent}
			by[name] = w
		}
		where := -1
		sp := a.span(node)
		for _, r := range regions {
			if r.span.Start <= sp.Start && sp.End <= r.span.End {
				where = map[bool]int{true: missing, false: present}[r.missing]
			}
		}
		if where < 0 && a.unitOf[node] == 0 {
			where = initial
		}
		switch v = a.unwrap(v); a.kind(v) {
		case kTrue, kFalse:
			if where < 0 {
				w.bad = true
			} else if a.kind(v) == kTrue {
				w.t[where]++
			} else {
				w.f[where]++
			}
		default:
			if m := a.featureCond(v, values, 0); m != 0 {
				w.feat &= m
				w.nFeat++
			} else {
				w.bad = true
			}
		}
	}
	for i := int32(0); i < int32(len(a.n)); i++ {
		switch a.n[i].kind {
		case kPair:
			if key, _, _ := a.pairKey(i); key != "" {
				write(key, i, a.pairValue(i))
			}
		case kDeclarator:
			if id, v := a.first(i), a.last(i); a.kind(id) == kIdent && v != id {
				write(a.text(id), i, v)
			}
		case kAssign:
			l, v := a.unwrap(a.first(i)), a.last(i)
			if (a.kind(l) == kIdent || a.kind(l) == kMember) && v != l {
				if _, api := a.apiOfRef(l); !api {
					write(a.lastName(l), i, v)
				}
			}
		}
	}
	flags := map[string]uint8{}
	for name, w := range by {
		if w.bad || w.nFeat == 0 && w.t[present]+w.t[missing]+w.f[present]+w.f[missing] == 0 {
			continue
		}
		// an implication holds when every write that makes the flag that
		// value agrees, and an initial value of it is overridden
		holds := func(bit uint8, same, other [3]int, here, there int) bool {
			return same[there] == 0 && (w.nFeat == 0 || w.feat&bit != 0) &&
				(same[initial] == 0 || other[there] > 0 || w.nFeat > 0)
		}
		var m uint8
		tp := holds(fbTruePresent, w.t, w.f, present, missing)
		tm := holds(fbTrueMissing, w.t, w.f, missing, present)
		fp := holds(fbFalsePresent, w.f, w.t, present, missing)
		fm := holds(fbFalseMissing, w.f, w.t, missing, present)
		if tp != tm {
			m |= map[bool]uint8{true: fbTruePresent, false: fbTrueMissing}[tp]
		}
		if fp != fm {
			m |= map[bool]uint8{true: fbFalsePresent, false: fbFalseMissing}[fp]
		}
		if m != 0 {
			flags[name] = m
		}
	}
	return flags
}
