package script

import "strings"

// Conditions of if statements, ternaries and && / || chains are classified
// for two questions:
//
//	consent:  what each branch proves about the user's consent (verdict)
//	platform: notIOS = "condition true ⇒ not iOS",
//	          iosTrue = "on iOS the condition is true" (so false ⇒ not iOS)
//
// Code in the consequence is confirmed when the condition's truth proves
// consent, in the alternative (or after an early return in the
// consequence) when its falsity does; a branch that proves the user did
// not consent (declined, or the scope is not granted) is not confirmed
// even inside a confirmed region; a branch that proves neither keeps what
// it had. Likewise for the platform guard.

const condDepth = 32

// verdict is what a condition proves about consent in each branch: yes
// (consented) or no (declined, not granted) when it is true (pos, posNo)
// and when it is false (neg, negNo). A two-valued condition (res.confirm,
// an agreed flag) proves one thing in each branch (pos ⇔ negNo, neg ⇔
// posNo); an authorization answer has three states
// (res.authSetting['scope.x'] is true when granted, false when refused,
// undefined when never asked), so `=== false` proves a refusal when true
// and nothing when false: that else also runs for a scope never asked,
// where the first call opens the system dialog.
type verdict struct {
	pos, posNo, neg, negNo bool
}

// not swaps the branches.
func (v verdict) not() verdict {
	return verdict{pos: v.neg, posNo: v.negNo, neg: v.pos, negNo: v.posNo}
}

// twoValued: a condition that is true or false, nothing else.
func twoValued(pos, neg bool) verdict { return verdict{pos: pos, posNo: neg, neg: neg, negNo: pos} }

func (a *analyzer) consent(c int32, depth int) verdict {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return verdict{}
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			return a.consent(a.first(c), depth+1).not()
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		switch a.op(c) {
		case kAndAnd:
			// true: both are; false: one of them is not
			vl, vr := a.consent(l, depth+1), a.consent(r, depth+1)
			return verdict{pos: vl.pos || vr.pos, posNo: vl.posNo || vr.posNo, neg: vl.neg && vr.neg, negNo: vl.negNo && vr.negNo}
		case kOrOr:
			vl, vr := a.consent(l, depth+1), a.consent(r, depth+1)
			return verdict{pos: vl.pos && vr.pos, posNo: vl.posNo && vr.posNo, neg: vl.neg || vr.neg, negNo: vl.negNo || vr.negNo}
		case kEqStrict, kEq, kNeStrict, kNe:
			x, lit := l, a.unwrap(r)
			if k := a.kind(a.unwrap(l)); k == kTrue || k == kFalse {
				x, lit = r, a.unwrap(l)
			}
			var v verdict
			switch a.kind(lit) {
			case kTrue:
				// x === true: true when x is true; false when x is
				// anything else, which is x's false branch (not granted)
				v = a.consent(x, depth+1)
			case kFalse:
				// x === false: true when x is false; false when x is
				// anything else — x's true branch only when x has two
				// values
				xv := a.consent(x, depth+1)
				v = verdict{pos: xv.neg, posNo: xv.negNo}
				if !a.answer(x) {
					v.neg, v.negNo = xv.pos, xv.posNo
				}
			default:
				return verdict{}
			}
			if op := a.op(c); op == kNeStrict || op == kNe {
				return v.not()
			}
			return v
		}
	case kIdent, kMember, kCall, kPropIdent:
		return twoValued(consentName(a.lastName(c)))
	case kSubscript:
		// res.authSetting['scope.userLocation']: truthy only when granted
		// (falsy when refused or never asked)
		if a.answer(c) {
			return verdict{pos: true, negNo: true}
		}
		return twoValued(consentName(a.lastName(c)))
	}
	return verdict{}
}

// answer: c reads an authorization answer, which is undefined for a
// scope never asked (res.authSetting['scope.userLocation'],
// authSetting[scope]).
func (a *analyzer) answer(c int32) bool {
	c = a.unwrap(c)
	return a.kind(c) == kSubscript && a.lastName(a.first(c)) == "authSetting"
}

// Authorization answer states: res.authSetting[scope] is true when the
// user granted the scope, false when they refused it, undefined when it
// was never asked (the next call opens the system dialog).
const (
	ansGranted uint8 = 1 << iota
	ansRefused
	ansUnasked
	ansAll = ansGranted | ansRefused | ansUnasked
)

// ansState is what the conditions around a node say about one scope's
// answer: the scope (key, an id of its name; 0 for none) and the states
// they rule out. An if / else-if chain over one answer narrows it branch
// by branch: after `=== undefined` and `=== false`, the last else runs
// only when the scope was granted.
type ansState struct {
	key int32
	out uint8
}

// mergeAns combines a node's own state (pre, set by an early return
// before it) with its parent's.
func mergeAns(pre, parent ansState) ansState {
	switch {
	case pre.key == 0:
		return parent
	case pre.key == parent.key:
		return ansState{key: pre.key, out: pre.out | parent.out}
	}
	return pre
}

// answerBranch narrows st by the branch of cond taken when cond is true
// (whenTrue) or false, when cond tests one scope's answer and nothing
// else; the branch is confirmed when only a grant is left, and not
// confirmed when a grant is ruled out. ok false: cond is something else.
func (a *analyzer) answerBranch(cond int32, whenTrue bool, st *ansState) (add, clear uint8, ok bool) {
	t, f, key, ok := a.answerSets(cond, 0)
	if !ok {
		return 0, 0, false
	}
	allowed := ansAll
	if st.key == key {
		allowed &^= st.out
	}
	if whenTrue {
		allowed &= t
	} else {
		allowed &= f
	}
	*st = ansState{key: key, out: ansAll &^ allowed}
	switch {
	case allowed == ansGranted:
		add = ctxConfirmed
	case allowed&ansGranted == 0:
		clear = ctxConfirmed
	}
	return add, clear, true
}

// answerSets: c tests one scope's answer and nothing else (a truthy test,
// a comparison with true, false, undefined, null, 0 or 1, typeof, and !,
// && and || of such tests of the same scope); t and f are the states for
// which it is true and false.
func (a *analyzer) answerSets(c int32, depth int) (t, f uint8, key int32, ok bool) {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return 0, 0, 0, false
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			t, f, key, ok = a.answerSets(a.first(c), depth+1)
			return f, t, key, ok
		}
	case kSubscript:
		if k, is := a.answerKey(c); is {
			return ansGranted, ansRefused | ansUnasked, k, true
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		switch op := a.op(c); op {
		case kAndAnd, kOrOr:
			tl, fl, kl, okl := a.answerSets(l, depth+1)
			tr, fr, kr, okr := a.answerSets(r, depth+1)
			if !okl || !okr || kl != kr {
				return 0, 0, 0, false
			}
			if op == kAndAnd {
				return tl & tr, fl | fr, kl, true
			}
			return tl | tr, fl & fr, kl, true
		case kEqStrict, kEq, kNeStrict, kNe:
			strict := op == kEqStrict || op == kNeStrict
			for _, p := range [2][2]int32{{l, r}, {r, l}} {
				x, lit := a.unwrap(p[0]), a.unwrap(p[1])
				var eq uint8
				k, found := int32(0), false
				if a.kind(x) == kUnary && a.op(x) == kTypeofTok {
					if k, found = a.answerKey(a.unwrap(a.first(x))); found && a.isStringLike(lit) {
						switch a.stringValue(lit) {
						case "undefined":
							eq = ansUnasked
						case "boolean":
							eq = ansGranted | ansRefused
						}
					} else {
						found = false
					}
				} else if k, found = a.answerKey(x); found {
					eq, found = a.answerEquals(lit, strict)
				}
				if !found {
					continue
				}
				if op == kNeStrict || op == kNe {
					return ansAll &^ eq, eq, k, true
				}
				return eq, ansAll &^ eq, k, true
			}
		}
	}
	return 0, 0, 0, false
}

// answerEquals: the answer states equal to the literal lit (=== when
// strict, else ==); ok false when lit is not a literal read here.
func (a *analyzer) answerEquals(lit int32, strict bool) (uint8, bool) {
	switch a.kind(lit) {
	case kTrue:
		return ansGranted, true
	case kFalse:
		return ansRefused, true
	case kNumber, kUnary:
		if v, ok := a.smallInt(lit); ok {
			switch {
			case strict:
				return 0, true
			case v == 1:
				return ansGranted, true // true == 1
			case v == 0:
				return ansRefused, true // false == 0; undefined != 0
			}
			return 0, true
		}
	}
	switch strings.Join(strings.Fields(a.text(lit)), " ") {
	case "undefined", "void 0":
		return ansUnasked, true
	case "null":
		if strict {
			return 0, true
		}
		return ansUnasked, true // undefined == null
	}
	return 0, false
}

// answerKey: c reads an authorization answer; key names its scope.
func (a *analyzer) answerKey(c int32) (int32, bool) {
	if !a.answer(c) {
		return 0, false
	}
	idx := a.unwrap(a.last(c))
	name := a.text(idx)
	if a.isStringLike(idx) {
		name = "'" + a.stringValue(idx)
	}
	if a.ansKeys == nil {
		a.ansKeys = map[string]int32{}
	}
	k, ok := a.ansKeys[name]
	if !ok {
		k = int32(len(a.ansKeys) + 1)
		a.ansKeys[name] = k
	}
	return k, true
}

// consentName classifies a flag, member or function name.
func consentName(name string) (pos, neg bool) {
	if name == "" {
		return false, false
	}
	l := strings.ToLower(name)
	for _, w := range [...]string{"disagree", "notagree", "unagree", "unauthori", "notauthori", "cancel", "reject", "refuse", "deny", "denied", "decline"} {
		if strings.Contains(l, w) {
			return false, true
		}
	}
	for _, w := range [...]string{"agree", "consent", "authorized", "authorised", "confirm"} {
		if strings.Contains(l, w) {
			return true, false
		}
	}
	return false, false
}

func (a *analyzer) platform(c int32, depth int) (notIOS, iosTrue bool) {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return false, false
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			n, i := a.platform(a.first(c), depth+1)
			return i, n
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		op := a.op(c)
		switch op {
		case kAndAnd:
			nl, il := a.platform(l, depth+1)
			nr, ir := a.platform(r, depth+1)
			return nl || nr, il && ir
		case kOrOr:
			nl, il := a.platform(l, depth+1)
			nr, ir := a.platform(r, depth+1)
			return nl && nr, il || ir
		case kEqStrict, kEq, kNeStrict, kNe, kLt, kGt, kLe, kGe:
			return a.platformCompare(op, a.unwrap(l), a.unwrap(r), depth)
		}
	case kCall:
		// x.includes('iOS'), x.startsWith('iOS'), /ios/i.test(x), isIOS()
		callee := a.unwrap(a.callee(c))
		switch a.lastName(callee) {
		case "includes", "startsWith", "endsWith", "match", "test", "search":
			var which int
			if obj, _ := a.member(callee); a.kind(a.unwrap(obj)) == kRegex {
				which = platformWord(string(a.bytes(a.unwrap(obj))))
			} else {
				which = platformWord(a.firstArgString(c))
			}
			return which == platAndroid, which == platIOS
		}
		return nameIsPlatform(a.lastName(callee))
	case kIdent, kMember, kPropIdent, kSubscript:
		return nameIsPlatform(a.lastName(c))
	}
	return false, false
}

// platformCompare handles platform === 'ios', x.indexOf('iOS') === -1,
// x.indexOf('iOS') > -1, isIOS === true and the like.
func (a *analyzer) platformCompare(op kind, l, r int32, depth int) (notIOS, iosTrue bool) {
	eq := op == kEqStrict || op == kEq
	ne := op == kNeStrict || op == kNe
	// a string literal on either side
	for _, p := range [2][2]int32{{l, r}, {r, l}} {
		if a.isStringLike(p[1]) {
			switch platformWord(a.stringValue(p[1])) {
			case platIOS:
				if eq {
					return false, true
				}
				if ne {
					return true, false
				}
			case platAndroid:
				if eq {
					return true, false
				}
				if ne {
					return false, true
				}
			}
			return false, false
		}
	}
	// true / false on either side
	for _, p := range [2][2]int32{{l, r}, {r, l}} {
		switch a.kind(p[1]) {
		case kTrue, kFalse:
			n, i := a.platform(p[0], depth+1)
			if (a.kind(p[1]) == kFalse) == eq || (a.kind(p[1]) == kTrue && ne) {
				n, i = i, n
			}
			return n, i
		}
	}
	// x.indexOf('iOS') against -1 / 0
	idx, num, flipped := l, r, false
	if a.lastName(a.callee(a.unwrap(l))) != "indexOf" {
		idx, num, flipped = r, l, true
	}
	if a.kind(idx) != kCall || a.lastName(a.callee(idx)) != "indexOf" {
		return false, false
	}
	which := platformWord(a.firstArgString(idx))
	if which == platNone {
		return false, false
	}
	v, ok := a.smallInt(num)
	if !ok {
		return false, false
	}
	if flipped { // -1 < x.indexOf(...) → x.indexOf(...) > -1
		switch op {
		case kLt:
			op = kGt
		case kGt:
			op = kLt
		case kLe:
			op = kGe
		case kGe:
			op = kLe
		}
	}
	var found, missing bool // the comparison means "contains" / "does not contain"
	switch {
	case (op == kEqStrict || op == kEq) && v == -1, op == kLt && v == 0, op == kLe && v == -1:
		missing = true
	case (op == kNeStrict || op == kNe) && v == -1, op == kGt && v == -1, op == kGe && v == 0:
		found = true
	}
	if which == platIOS {
		return missing, found
	}
	return found, missing // android
}

// smallInt reads -1, 0, 1 and the like.
func (a *analyzer) smallInt(i int32) (int, bool) {
	i = a.unwrap(i)
	sign := 1
	if a.kind(i) == kUnary && a.op(i) == kMinus {
		sign = -1
		i = a.unwrap(a.first(i))
	}
	if a.kind(i) != kNumber {
		return 0, false
	}
	b := a.bytes(i)
	if len(b) != 1 || b[0] < '0' || b[0] > '9' {
		return 0, false
	}
	return sign * int(b[0]-'0'), true
}

func (a *analyzer) firstArgString(call int32) string {
	arg := a.unwrap(a.first(a.args(call)))
	if a.isStringLike(arg) {
		return a.stringValue(arg)
	}
	if a.kind(arg) == kRegex {
		return string(a.bytes(arg))
	}
	return ""
}

const (
	platNone = iota
	platIOS
	platAndroid
)

func platformWord(s string) int {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "ios") || strings.Contains(l, "iphone") || strings.Contains(l, "ipad"):
		return platIOS
	case strings.Contains(l, "android"):
		return platAndroid
	}
	return platNone
}

// nameIsPlatform classifies a flag name: isIOS, isIos, ios, IOS, iosFlag,
// this.data.isIOS are iOS; isAndroid is not-iOS. "radios", "studios" are
// nothing: "ios" must start a word (start of the name, after "is"/"_"/"$",
// or an upper-case I after a lower-case letter or digit).
func nameIsPlatform(name string) (notIOS, iosTrue bool) {
	if name == "" {
		return false, false
	}
	l := strings.ToLower(name)
	if strings.Contains(l, "android") {
		return true, false
	}
	for i := 0; i+3 <= len(l); i++ {
		if l[i:i+3] != "ios" {
			continue
		}
		switch {
		case i == 0,
			name[i-1] == '_' || name[i-1] == '$',
			i >= 2 && l[i-2:i] == "is",
			name[i] == 'I' && (name[i-1] >= 'a' && name[i-1] <= 'z' || name[i-1] >= '0' && name[i-1] <= '9'):
			// and it must end the word too: isIOS, isIos, iosDevice, ios_
			if end := i + 3; end == len(name) || !(name[end] >= 'a' && name[end] <= 'z') || name[i+1] == 'O' {
				return false, true
			}
		}
	}
	return false, false
}
