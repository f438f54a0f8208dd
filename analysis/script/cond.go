package script

import "strings"

// Conditions of if statements, ternaries and && / || chains are classified
// for two questions, each as a pair of implications:
//
//	consent:  pos = "condition true ⇒ the user consented",
//	          neg = "condition false ⇒ the user consented"
//	platform: notIOS = "condition true ⇒ not iOS",
//	          iosTrue = "on iOS the condition is true" (so false ⇒ not iOS)
//
// Code in the consequence is confirmed when pos holds, in the alternative (or
// after an early return in the consequence) when neg holds; likewise for the
// platform guard.

const condDepth = 32

func (a *analyzer) consent(c int32, depth int) (pos, neg bool) {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return false, false
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			p, n := a.consent(a.first(c), depth+1)
			return n, p
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		switch a.op(c) {
		case kAndAnd:
			pl, nl := a.consent(l, depth+1)
			pr, nr := a.consent(r, depth+1)
			return pl || pr, nl && nr
		case kOrOr:
			pl, nl := a.consent(l, depth+1)
			pr, nr := a.consent(r, depth+1)
			return pl && pr, nl || nr
		case kEqStrict, kEq, kNeStrict, kNe:
			x, lit := l, a.unwrap(r)
			if k := a.kind(a.unwrap(l)); k == kTrue || k == kFalse {
				x, lit = r, a.unwrap(l)
			}
			var p, n bool
			switch a.kind(lit) {
			case kTrue:
				p, n = a.consent(x, depth+1)
			case kFalse:
				n, p = a.consent(x, depth+1)
			default:
				return false, false
			}
			if op := a.op(c); op == kNeStrict || op == kNe {
				return n, p
			}
			return p, n
		}
	case kIdent, kMember, kCall, kPropIdent:
		return consentName(a.lastName(c))
	case kSubscript:
		// res.authSetting['scope.userLocation']: already authorized
		if obj := a.first(c); a.lastName(obj) == "authSetting" {
			return true, false
		}
		return consentName(a.lastName(c))
	}
	return false, false
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
