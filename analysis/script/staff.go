package script

import "strings"

// Staff-only code: a link to a page that only a staff account sees — the
// branch of `if (role === 'admin')`, `if (userInfo.isManager)`, `case
// 'inspector':`, or the code after `if (!isAdmin) return`. A reviewer
// testing as an ordinary user never follows it (StringLit.Staff).
//
// A role test is a comparison of a role-like name (role, roles, identity,
// userType, user_type, roleName …) with a string that names no ordinary
// user ('user', 'member', 'customer', 'guest' …), or a flag named for a
// staff role (isAdmin, is_staff, hasManagerRole, isEmployee …). Numeric
// roles (userType === 2) say nothing we can read.

// staffCond classifies a condition: whenTrue = "condition true ⇒ staff",
// whenFalse = "condition false ⇒ staff".
func (a *analyzer) staffCond(c int32, depth int) (whenTrue, whenFalse bool) {
	c = a.unwrap(c)
	if c < 0 || depth > condDepth {
		return false, false
	}
	switch a.kind(c) {
	case kUnary:
		if a.op(c) == kNot {
			t, f := a.staffCond(a.first(c), depth+1)
			return f, t
		}
	case kBinary:
		l, r := a.first(c), a.last(c)
		switch a.op(c) {
		case kAndAnd:
			tl, fl := a.staffCond(l, depth+1)
			tr, fr := a.staffCond(r, depth+1)
			return tl || tr, fl && fr
		case kOrOr:
			tl, fl := a.staffCond(l, depth+1)
			tr, fr := a.staffCond(r, depth+1)
			return tl && tr, fl || fr
		case kEqStrict, kEq, kNeStrict, kNe:
			staff := a.roleCompare(a.unwrap(l), a.unwrap(r))
			if op := a.op(c); op == kNeStrict || op == kNe {
				return false, staff
			}
			return staff, false
		}
	case kIdent, kMember, kPropIdent, kCall:
		if staffFlag(a.lastName(c)) {
			return true, false
		}
	}
	return false, false
}

// roleCompare: one side a role-like name, the other a string naming a
// role that is not an ordinary user's.
func (a *analyzer) roleCompare(l, r int32) bool {
	for _, p := range [2][2]int32{{l, r}, {r, l}} {
		if a.isStringLike(p[1]) && roleName(a.lastName(p[0])) {
			return staffRole(a.stringValue(p[1]))
		}
	}
	return false
}

func roleName(name string) bool {
	l := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	switch {
	case l == "":
		return false
	case strings.Contains(l, "role"), strings.HasSuffix(l, "identity"), l == "usertype", l == "accounttype", l == "usertag":
		return true
	}
	return false
}

// ordinaryRoles name the users a reviewer tests as.
var ordinaryRoles = map[string]bool{
	"": true, "user": true, "users": true, "member": true, "customer": true, "client": true,
	"guest": true, "visitor": true, "tourist": true, "normal": true, "common": true, "default": true,
	"ordinary": true, "personal": true, "vip": true, "buyer": true, "consumer": true, "student": true,
	"用户": true, "普通用户": true, "会员": true, "游客": true, "访客": true, "顾客": true, "学生": true,
}

func staffRole(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	if ordinaryRoles[v] || len(v) > 40 || strings.ContainsAny(v, " /.") {
		return false
	}
	return true
}

var staffWords = []string{"admin", "staff", "manager", "employee", "worker", "clerk", "operator", "superuser", "inspector"}

// staffFlag: isAdmin, is_admin, hasAdminRole, isStaff, isManager, admin.
func staffFlag(name string) bool {
	l := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	rest := l
	for _, p := range [...]string{"is", "has", "can"} {
		if strings.HasPrefix(l, p) {
			rest = l[len(p):]
			break
		}
	}
	if rest == l && l != "admin" && l != "isadmin" {
		return false // not a flag: `manager` may be an object (updateManager)
	}
	for _, w := range staffWords {
		if strings.HasPrefix(rest, w) || rest == "super"+w {
			return true
		}
	}
	return false
}

// staffOnly reports whether node i runs only for staff, judged within its
// function: in the branch of a role test, a case of a switch on a role, or
// after `if (<not staff>) return`.
func (a *analyzer) staffOnly(i int32) bool {
	cur := i
	for k := 0; k < 256; k++ {
		p := a.parent(cur)
		if p < 0 {
			return false
		}
		switch a.kind(p) {
		case kIf:
			if cond := a.first(p); cur != cond {
				t, f := a.staffCond(cond, 0)
				if a.kind(cur) == kElse && f || a.kind(cur) != kElse && t {
					return true
				}
			}
		case kTernary:
			t, f := a.staffCond(a.child(p, 0), 0)
			if cur == a.child(p, 1) && t || cur == a.child(p, 2) && f {
				return true
			}
		case kBinary:
			if l := a.first(p); cur == a.last(p) && cur != l {
				t, f := a.staffCond(l, 0)
				if a.op(p) == kAndAnd && t || a.op(p) == kOrOr && f {
					return true
				}
			}
		case kSwitchCase:
			if test := a.first(p); cur != test && a.isStringLike(test) && staffRole(a.stringValue(test)) {
				// switch (role) { case 'admin': … }: the discriminant is
				// the switch statement's first child
				if sw := a.parent(a.parent(p)); roleName(a.lastName(a.unwrap(a.first(sw)))) {
					return true
				}
			}
		case kBlock:
			for s := a.n[p].first; s >= 0 && s != cur; s = a.n[s].next {
				if a.n[s].kind == kIf && a.exits(a.child(s, 1)) {
					if _, f := a.staffCond(a.first(s), 0); f {
						return true
					}
				}
			}
		}
		if a.units[a.unitOf[p]].node == p {
			return false // the function's own code ends here
		}
		cur = p
	}
	return false
}

// StaffCondition reports whether a template's condition — the expression
// of a wx:if / tt:if / a:if / s-if without its {{ }} — holds only for
// staff, read as a script's role test is (staffCond): a staff flag
// (isadmin, userInfo.isAdmin), a role-like name compared with a staff role
// (role == 'admin'), a conjunction with one such part, a disjunction of
// such parts. A negation, a comparison with != and anything else is not.
func StaffCondition(expr string) bool {
	return staffText(expr, 0)
}

func staffText(e string, depth int) bool {
	e = strings.TrimSpace(e)
	if e == "" || depth > condDepth {
		return false
	}
	for e[0] == '(' && closing(e, 0) == len(e)-1 {
		e = strings.TrimSpace(e[1 : len(e)-1])
		if e == "" {
			return false
		}
	}
	if parts := splitTop(e, "||"); len(parts) > 1 {
		for _, p := range parts {
			if !staffText(p, depth+1) {
				return false
			}
		}
		return true
	}
	if parts := splitTop(e, "&&"); len(parts) > 1 {
		for _, p := range parts {
			if staffText(p, depth+1) {
				return true
			}
		}
		return false
	}
	if parts := splitTop(e, "==="); len(parts) == 2 {
		return roleText(parts[0], parts[1])
	}
	if parts := splitTop(e, "=="); len(parts) == 2 {
		return roleText(parts[0], parts[1])
	}
	if name, ok := namePath(e); ok {
		return staffFlag(name)
	}
	return false
}

// roleText: one side a name path whose last name is role-like, the other
// a quoted staff role.
func roleText(l, r string) bool {
	for _, p := range [2][2]string{{l, r}, {r, l}} {
		v := strings.TrimSpace(p[1])
		if len(v) < 2 || (v[0] != '\'' && v[0] != '"') || v[len(v)-1] != v[0] {
			continue
		}
		if name, ok := namePath(p[0]); ok && roleName(name) {
			return staffRole(v[1 : len(v)-1])
		}
	}
	return false
}

// namePath is the last name of a path of names (userInfo.isAdmin →
// isAdmin), false when s is anything else.
func namePath(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return "", false
		}
		for i, c := range part {
			if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
				return "", false
			}
		}
	}
	return s[strings.LastIndexByte(s, '.')+1:], true
}

// splitTop splits e at op outside parentheses, brackets and quotes; an
// "==" that is part of "===" or "!=" is not split at.
func splitTop(e, op string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(e); i++ {
		c := e[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0 && strings.HasPrefix(e[i:], op):
			if op == "==" && (i > 0 && strings.ContainsRune("=!<>", rune(e[i-1])) || strings.HasPrefix(e[i+2:], "=")) {
				continue
			}
			if op == "===" && i > 0 && e[i-1] == '!' {
				continue
			}
			out = append(out, e[start:i])
			i += len(op) - 1
			start = i + 1
		}
	}
	return append(out, e[start:])
}

// closing is the index of the parenthesis closing the one at i, -1 if none.
func closing(e string, i int) int {
	depth := 0
	var quote byte
	for j := i; j < len(e); j++ {
		c := e[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}
