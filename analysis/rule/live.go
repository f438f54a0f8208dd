package rule

import (
	"regexp"
	"strings"

	"mpls/analysis/script"
)

// Liveness tells, over a project's units, whether a function of a script
// can run: whether anything calls it. One per project check (it memoizes;
// not for concurrent use).
//
// A function runs when it is top-level code (""), a lifecycle or a
// platform callback of an App/Page/Component (onLoad, onShareAppMessage:
// PlatformCallback), a method a template binds as a handler,
// a name some script string holds (observer: 'onChange'), or when a
// function that runs calls or passes its name (script.Facts.Uses, in any
// file: names are matched across files, as require()d modules are). When
// unsure it says "runs": the rules use it to stay silent about dead code.
// A page's own method named like an event (onMobileLogin) is no platform
// callback: it runs only as any other method does — but on a page whose
// template binds a handler by expression (bindtap="{{item.go}}") or names
// one its script does not define (a framework's dispatcher), or whose
// script looks a method up by a computed name (this[name]()), where any
// such method may run.
type Liveness struct {
	env *Env
	// handlers: handler name → the templates that bind it
	handlers map[string][]string
	strs     map[string]bool
	dyn      map[string]bool  // script path → may run methods by computed names
	memo     map[liveKey]int8 // 1 live, -1 dead, 2 being decided
	cycle    bool             // a function being decided was met again
}

type liveKey struct{ path, fn string }

// NewLiveness starts a liveness table over env.Units.
func NewLiveness(env *Env) *Liveness {
	return &Liveness{env: env, memo: map[liveKey]int8{}}
}

func (l *Liveness) index() {
	if l.handlers != nil {
		return
	}
	l.handlers, l.strs = map[string][]string{}, map[string]bool{}
	for p, u := range l.env.Units {
		if !l.used(p) {
			continue // a leftover template or script the built app never loads binds and names nothing
		}
		if t := u.Template; t != nil {
			for _, b := range t.Bindings {
				if b.Handler != "" {
					l.handlers[b.Handler] = append(l.handlers[b.Handler], p)
				}
			}
		}
		if s := u.Script; s != nil {
			for _, str := range s.Strings {
				if !str.IsKey && str.Value != "" && !strings.ContainsAny(str.Value, " /.") {
					l.strs[str.Value] = true
				}
			}
		}
	}
}

// used: the built app loads the file at p (project.Uses: a page app.json
// registers, a component some page uses, a template imported or included,
// a script required). A template of a page app.json does not register,
// left in the folder, is no shared template: nothing renders it.
func (l *Liveness) used(p string) bool {
	return l.env.Project == nil || l.env.Project.Uses(p)
}

// bound reports whether a template binds fn as a handler of the script u.
// A page's own template binds its page's methods: another page's template
// binding the same name calls that page's method, not this one. Templates
// that are no page's and that the app loads (includes, imported templates,
// components) count for all.
func (l *Liveness) bound(u *Unit, fn string) bool {
	p := l.env.Project
	route, isPage := "", false
	if u.Script.Kind == script.KindPage && p != nil {
		route, isPage = p.PageOf(u.Path)
	}
	for _, t := range l.handlers[fn] {
		if !isPage {
			return true
		}
		if r, ok := p.PageOf(t); !ok || r == route {
			return true
		}
	}
	return false
}

// Runs reports whether function fn (script.Call.Func's naming) of the
// script at path can run.
func (l *Liveness) Runs(path, fn string) bool {
	if fn == "" {
		return true
	}
	u := l.env.Units[path]
	if u == nil || u.Script == nil {
		return true
	}
	k := liveKey{path, fn}
	switch l.memo[k] {
	case 1:
		return true
	case -1:
		return false
	case 2:
		l.cycle = true
		return false // a cycle alone does not make it run
	}
	l.memo[k] = 2
	outer := l.cycle
	l.cycle = false
	live := l.decide(u, fn)
	switch {
	case live:
		l.memo[k] = 1
	case l.cycle:
		delete(l.memo, k) // dead only as far as the cycle was decided
	default:
		l.memo[k] = -1
	}
	l.cycle = outer || l.cycle
	return live
}

func (l *Liveness) decide(u *Unit, fn string) bool {
	s := u.Script
	if s.Kind != script.KindModule {
		if _, ok := s.Lifecycles[fn]; ok {
			return true
		}
		if PlatformCallback(s.Kind, fn) {
			return true // events the platform calls: onShareAppMessage, onPullDownRefresh …
		}
		l.index()
		if l.bound(u, fn) {
			return true
		}
		if eventNamed(fn) && l.dynamic(u) {
			return true // a handler bound or called by a name computed at run time
		}
	}
	l.index()
	if l.strs[fn] {
		return true
	}
	for p, v := range l.env.Units {
		if v.Script == nil || !l.used(p) {
			continue
		}
		for _, caller := range v.Script.Uses[fn] {
			if p == u.Path && caller == fn {
				continue // recursion
			}
			if l.Runs(p, caller) {
				return true
			}
		}
	}
	return false
}

// eventNamed: named on + capital, as handlers and platform events are.
func eventNamed(fn string) bool {
	return len(fn) > 2 && strings.HasPrefix(fn, "on") && fn[2] >= 'A' && fn[2] <= 'Z'
}

// computedThis is a method looked up by a computed name: this[name](),
// that[`on${type}`] — a literal name is one of Strings instead.
var computedThis = regexp.MustCompile(`\b(?:this|that|self|_this|_self|me|vm|page)\s*\[\s*[A-Za-z_$` + "`" + `]`)

// dynamic reports whether the script u may run a method by a name no
// literal holds: its template (the one of the same name beside it) binds
// a handler by expression or one the script does not define, or the
// script indexes this by a computed name.
func (l *Liveness) dynamic(u *Unit) bool {
	if l.dyn == nil {
		l.dyn = map[string]bool{}
	}
	if v, ok := l.dyn[u.Path]; ok {
		return v
	}
	v := computedThis.Match(u.Text)
	stem := strings.TrimSuffix(u.Path, pathExt(u.Path))
	for p, t := range l.env.Units {
		if v || t.Template == nil || strings.TrimSuffix(p, pathExt(p)) != stem {
			continue
		}
		for _, b := range t.Template.Bindings {
			if b.Handler == "" {
				v = true
				break
			}
			if _, ok := u.Script.Methods[b.Handler]; !ok && u.Script.Methods != nil {
				v = true
				break
			}
		}
	}
	l.dyn[u.Path] = v
	return v
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i > strings.LastIndexByte(p, '/') {
		return p[i:]
	}
	return ""
}

// PlatformCallback reports whether the platforms (WeChat, Douyin, QQ,
// Baidu, Alipay) call a method named fn of a script of the kind given
// (script.KindApp, KindPage, KindComponent …) by that name: the App's and
// Page's lifecycles and events, a Component's lifetimes. Any other method,
// even one named like an event (onMobileLogin, onSmsLogin), runs only when
// a template binds it or code calls it.
func PlatformCallback(kind, fn string) bool {
	if platformEvents[fn] {
		return true
	}
	switch kind {
	case script.KindComponent, script.KindBehavior:
		return componentLifetimes[fn] || componentLifetimes[strings.TrimPrefix(strings.TrimPrefix(fn, "lifetimes."), "pageLifetimes.")]
	}
	return false
}

// platformEvents are the methods of an App, a Page (and a Component used
// as a page) the platforms call by name.
var platformEvents = map[string]bool{
	// App
	"onLaunch": true, "onError": true, "onPageNotFound": true, "onUnhandledRejection": true,
	"onThemeChange": true,
	// App and Page
	"onShow": true, "onHide": true,
	// Page
	"onLoad": true, "onReady": true, "onUnload": true, "onRouteDone": true,
	"onPullDownRefresh": true, "onReachBottom": true, "onShareAppMessage": true,
	"onShareTimeline": true, "onAddToFavorites": true, "onPageScroll": true, "onResize": true,
	"onTabItemTap": true, "onSaveExitState": true,
	// Alipay
	"onTitleClick": true, "onOptionMenuClick": true, "onPopMenuClick": true,
	"onPullIntercept": true, "onKeyboardHeight": true, "onSelectedTabItemTap": true,
	"onBack": true, "onTabBarTap": true,
	// Baidu
	"onInit": true, "onForceReLaunch": true, "onURLQueryChange": true,
	// QQ, uni-app and older WeChat builds
	"onNavigationBarButtonTap": true, "onNavigationBarSearchInputChanged": true,
	"onNavigationBarSearchInputConfirmed": true, "onNavigationBarSearchInputClicked": true,
	"onBackPress": true, "onUploadDouyinVideo": true,
}

// componentLifetimes are a Component's lifetimes and pageLifetimes.
var componentLifetimes = map[string]bool{
	"created": true, "attached": true, "ready": true, "moved": true, "detached": true,
	"error": true, "show": true, "hide": true, "resize": true, "routeDone": true,
	// Alipay components
	"onInit": true, "deriveDataFromProps": true, "didMount": true, "didUpdate": true,
	"didUnmount": true,
}
