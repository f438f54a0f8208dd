package payment

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// iOS switches whose name does not say so. A template condition is an iOS
// check when it names the platform (wx:if="{{!isIOS}}") — or when it
// reads a data flag that the script beside the template derives from a
// platform test, whatever the flag is called:
//
//	this.setData({ approval: app.globalData.approval && app.globalData.isIos })
//	<view tt:if="{{approval}}">由于相关规范，iOS 功能暂不可用</view>
//	<view tt:else>…立即开通</view>
//
// A data key (of the initial data: or of a setData({…}) of the script) is
// such a flag when its value names the platform (platform, ios, iphone,
// android …), reads a variable of the same file declared from such an
// expression (const apple = sys.platform === 'ios'), or reads a member of
// the app's globalData that app.js sets from one (this.globalData.apple =
// res.platform === 'ios', or globalData: { apple: … } in App({…})).

// guards finds the platform flags of the project's templates.
type guards struct {
	units  map[string]*rule.Unit
	groups map[string][]*rule.Unit
	app    map[string]bool            // globalData members app.js sets from a platform test
	memo   map[string]map[string]bool // page or component base → its flags
}

func newGuards(units map[string]*rule.Unit, groups map[string][]*rule.Unit) *guards {
	return &guards{units: units, groups: groups, memo: map[string]map[string]bool{}}
}

// flags are the data names that the script of p's page or component (p
// is any of its files) derives from a platform test.
func (g *guards) flags(p string) map[string]bool {
	if g == nil {
		return nil
	}
	base := strings.TrimSuffix(p, path.Ext(p))
	if f, ok := g.memo[base]; ok {
		return f
	}
	if g.app == nil {
		g.app = appPlatformGlobals(g.units)
	}
	out := map[string]bool{}
	for _, u := range g.groups[base] {
		s := u.Script
		if s == nil || s.Kind == script.KindApp {
			continue
		}
		local := platformLocals(u, g.app)
		reads := func(value string) bool {
			if mentionsPlatform(value) {
				return true
			}
			for _, id := range identRE.FindAllString(value, -1) {
				if local[id] || g.app[id] {
					return true
				}
			}
			return false
		}
		for k, v := range dataEntries(u) {
			for _, val := range v {
				if reads(val) {
					out[k] = true
				}
			}
		}
	}
	g.memo[base] = out
	return out
}

var (
	identRE = regexp.MustCompile(`[A-Za-z_$][\w$]*`)
	declRE  = regexp.MustCompile(`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+)`)
)

// platformLocals are the variables a script declares from an expression
// that names the platform (const apple = info.platform === 'ios') or
// reads one of globals (const shut = app.globalData.apple).
func platformLocals(u *rule.Unit, globals map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range declRE.FindAllStringSubmatch(codeOf(u, 0, len(u.Text)), -1) {
		if mentionsPlatform(m[2]) {
			out[m[1]] = true
			continue
		}
		for _, id := range identRE.FindAllString(m[2], -1) {
			if globals[id] {
				out[m[1]] = true
				break
			}
		}
	}
	return out
}

// appPlatformGlobals are the members of globalData that an App script
// sets from a platform test: this.globalData.x = …, or x: … in the
// globalData object of App({…}).
func appPlatformGlobals(units map[string]*rule.Unit) map[string]bool {
	out := map[string]bool{}
	for _, p := range sortedPaths(units) {
		u := units[p]
		s := u.Script
		if s == nil || s.Kind != script.KindApp {
			continue
		}
		local := platformLocals(u, nil)
		reads := func(value string) bool {
			if mentionsPlatform(value) {
				return true
			}
			for _, id := range identRE.FindAllString(value, -1) {
				if local[id] {
					return true
				}
			}
			return false
		}
		for _, a := range s.Assignments {
			if strings.HasSuffix(a.Object, "globalData") && a.Value != "" && reads(codeOf(u, a.ValueSpan.Start, a.ValueSpan.End)) {
				out[a.Prop] = true
			}
		}
		if cfg := s.ConfigSpan; cfg.Len() > 0 && cfg.End <= len(u.Text) {
			if gd, ok := objectEntries(codeOf(u, cfg.Start, cfg.End))["globalData"]; ok {
				for k, v := range objectEntries(gd) {
					if reads(v) {
						out[k] = true
					}
				}
			}
		}
	}
	return out
}

// dataEntries are the keys of a page's or component's data — its initial
// data: object and every setData({…}) of the file — with the value
// expressions each is given.
func dataEntries(u *rule.Unit) map[string][]string {
	s := u.Script
	out := map[string][]string{}
	if cfg := s.ConfigSpan; cfg.Len() > 0 && cfg.End <= len(u.Text) {
		if d, ok := objectEntries(codeOf(u, cfg.Start, cfg.End))["data"]; ok {
			for k, v := range objectEntries(d) {
				out[k] = append(out[k], v)
			}
		}
	}
	for _, iv := range s.Invokes {
		a := iv.FirstArg
		if iv.Name != "setData" || a == nil || a.Span.End > len(u.Text) {
			continue
		}
		for k, v := range objectEntries(codeOf(u, a.Span.Start, a.Span.End)) {
			out[k] = append(out[k], v)
		}
	}
	return out
}

// codeOf is u.Text[start:end] with its comments blanked out.
func codeOf(u *rule.Unit, start, end int) string {
	src := []byte(string(u.Text[start:end]))
	if u.Script != nil {
		for _, cm := range u.Script.Comments {
			if cm.Span.Start >= start && cm.Span.End <= end {
				for i := cm.Span.Start; i < cm.Span.End; i++ {
					src[i-start] = ' '
				}
			}
		}
	}
	return string(src)
}

// objectEntries splits the text of an object literal ({ a: 1, 'b': x, c })
// into its top-level keys and the text of their values. A shorthand key is
// its own value; methods, spreads and computed keys are left out. Text
// that is not an object literal gives nothing.
func objectEntries(src string) map[string]string {
	src = strings.TrimSpace(src)
	if !strings.HasPrefix(src, "{") {
		return nil
	}
	out := map[string]string{}
	entry := func(e string) {
		e = strings.TrimSpace(e)
		if e == "" || strings.HasPrefix(e, "...") {
			return
		}
		colon := topLevel(e, ':')
		if colon < 0 {
			if identRE.FindString(e) == e {
				out[e] = e // shorthand
			}
			return
		}
		k := strings.TrimSpace(e[:colon])
		if len(k) >= 2 && (k[0] == '\'' || k[0] == '"') && k[len(k)-1] == k[0] {
			k = k[1 : len(k)-1]
		}
		if k == "" || strings.ContainsAny(k, "([") {
			return
		}
		out[k] = strings.TrimSpace(e[colon+1:])
	}
	depth, from := 0, 1
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\'', '"', '`':
			i = skipString(src, i)
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				entry(src[from:i])
				return out
			}
		case ',':
			if depth == 1 {
				entry(src[from:i])
				from = i + 1
			}
		}
	}
	return out
}

// topLevel is the offset of the first c in s outside brackets and
// strings, or -1.
func topLevel(s string, c byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; b {
		case '\'', '"', '`':
			i = skipString(s, i)
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		default:
			if b == c && depth == 0 {
				return i
			}
		}
	}
	return -1
}

// skipString returns the offset of the quote closing the string that
// opens at i (the end of s when it is not closed).
func skipString(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j
		}
	}
	return len(s)
}

// iosCondition reports whether a template condition is an iOS check: it
// names the platform, or reads one of flags (see guards).
func iosCondition(expr string, flags map[string]bool) bool {
	if mentionsPlatform(expr) {
		return true
	}
	if len(flags) == 0 {
		return false
	}
	for _, id := range conditionNames(expr) {
		if flags[id] {
			return true
		}
	}
	return false
}

// conditionNames are the data names an attribute's value reads: the
// identifiers inside {{ }} not after a dot (item.type reads item).
func conditionNames(v string) []string {
	var out []string
	for {
		i := strings.Index(v, "{{")
		if i < 0 {
			return out
		}
		v = v[i+2:]
		j := strings.Index(v, "}}")
		if j < 0 {
			j = len(v)
		}
		expr := v[:j]
		for _, loc := range identRE.FindAllStringIndex(expr, -1) {
			k := loc[0] - 1
			for k >= 0 && (expr[k] == ' ' || expr[k] == '\t') {
				k--
			}
			if k >= 0 && expr[k] == '.' {
				continue
			}
			out = append(out, expr[loc[0]:loc[1]])
		}
		if j == len(v) {
			return out
		}
		v = v[j+2:]
	}
}
