// Package script computes the facts about one JavaScript, TypeScript, WXS or
// SJS file that every script rule shares: which platform APIs it calls and in
// what context (on entry, after a user-confirmed prompt, behind an iOS guard,
// with a failure handler), its string literals with the call and option they
// feed, its methods (for go-to-definition from templates), member assignments,
// comments and syntax errors.
//
// Analyze walks the tree-sitter tree once (the walk runs in C, see walk.go)
// into a flat array of nodes and then works on that array in pure Go: no
// recursion over the tree, so any nesting depth is safe. The result is
// immutable and holds no reference to the tree, which may be closed (or
// reparsed) as soon as Analyze returns.
package script

import "mpls/analysis/text"

// Options configures Analyze.
type Options struct {
	// Namespaces are the platform API objects: the project's ("wx" WeChat,
	// "tt" Douyin, "my" Alipay, "swan" Baidu, "qq" QQ) plus the
	// cross-platform "uni" and "Taro". Calls on any of these resolve.
	// Empty means DefaultNamespaces.
	Namespaces []string
}

// DefaultNamespaces are used when Options.Namespaces is empty.
var DefaultNamespaces = []string{"wx", "tt", "my", "swan", "qq", "uni", "Taro"}

// Kinds of script file (Facts.Kind).
const (
	KindApp       = "app"
	KindPage      = "page"
	KindComponent = "component"
	KindBehavior  = "behavior"
	KindModule    = "module"
)

// Call styles (Call.Style).
const (
	StyleCallback = "callback" // plain call, results through success/fail options
	StylePromise  = "promise"  // .then / .catch / .finally chained on the call
	StyleAwait    = "await"    // awaited
)

// Facts are what one script file tells the rules. Immutable once returned.
type Facts struct {
	// Kind is "app", "page", "component", "behavior" (from the top-level
	// App/Page/Component/Behavior call) or "module".
	Kind string
	// KindSpan is the span of the App/Page/Component/Behavior identifier
	// (zero for a module).
	KindSpan text.Span
	// ConfigSpan is the span of the object literal passed to that call.
	ConfigSpan text.Span

	// Calls are the calls that resolve to a platform API, method calls on
	// objects a platform factory created (Call.Factory), and timers
	// (setTimeout/setInterval, Namespace ""), in source order.
	Calls []Call
	// Strings are all string literals and the static parts of template
	// literals, in source order.
	Strings []StringLit
	// Methods maps the name of every method of the App/Page/Component/
	// Behavior object (including `methods: {}` entries) and of every
	// module-level function to the span of its name: go-to-definition for
	// template event handlers. Object methods win over module functions.
	Methods map[string]text.Span
	// Lifecycles maps the entry lifecycles the file defines ("onLoad",
	// "attached", "lifetimes.attached", "pageLifetimes.show", ...) to the
	// span of their name.
	Lifecycles map[string]text.Span
	// Assignments are member assignments `obj.prop = value`.
	Assignments []Assign
	// Comments are all comments, in source order.
	Comments []Comment
	// Errors are the spans of ERROR nodes and MISSING tokens (zero-width).
	Errors []text.Span
	// Names holds every identifier and property name that occurs (used to
	// detect e.g. onNeedPrivacyAuthorization or a content-check helper).
	Names map[string]struct{}
	// Uses maps the last name of every callee that is not a platform API
	// (foo(), this.foo(), util.foo() → "foo"), and of every function passed
	// by name as an argument (setTimeout(this.poll), success: onOk), to the
	// functions of this file that do so (Call.Func's naming; "" for top
	// level), each once. By name, so a project rule can tell a function of
	// another file that nothing calls: `module.exports = { foo }` is not a
	// use.
	Uses map[string][]string
	// Invokes are the calls of functions that are not platform APIs, in
	// source order (see Invoke).
	Invokes []Invoke
	// Bodies maps every named function or method of the file to its span
	// (the first of a name wins).
	Bodies map[string]text.Span
	// Fallbacks are the spans of code that runs only on a client too old
	// for a platform API the file tests for: the else of `if
	// (wx.canIUse('getUpdateManager'))`, the body of `if (!wx.X)` (see
	// fallback.go). In source order, none inside another.
	Fallbacks []text.Span
	// Dispatches are the switches and if / else-if chains over a value
	// the tapped element carries (e.currentTarget.dataset.tag), in source
	// order (see dispatch.go).
	Dispatches []Dispatch
	// DataLists maps a key of the initial data whose value is an array of
	// object literals that no other code of the file names to each
	// object's string properties (see dataLists).
	DataLists map[string][]map[string]string

	// Funcs and Edges are the file's own call graph, Imports the names
	// its requires and imports bind, Ext the calls it cannot resolve by
	// itself: what analysis/callgraph links across files (see graph.go).
	Funcs   []Func
	Edges   []Edge
	Imports []Import
	Ext     []ExtCall

	// Config lists the members of the App/Page/Component config ("") and
	// of its methods, lifetimes and pageLifetimes blocks, in source order,
	// when one of them holds a spread (`...shared.detailApi`) or the config
	// is built by Object.assign; nil otherwise. Objects maps the object
	// literals the file defines at the top level (`const shared = {...}`:
	// "shared"), exports (module.exports, export default: "default";
	// exports.x, export const x: "x") and their object-valued keys
	// ("default.detailApi") to their members, for those holding a function
	// or a spread. See mixins.go.
	Config  map[string][]Member
	Objects map[string][]Member
}

// Call is one call of a platform API (or a method on a platform object, or a
// timer).
type Call struct {
	// API is the resolved API name ("getLocation"). For a method call on a
	// platform object it is the method ("start", "play"); for a timer,
	// "setTimeout" or "setInterval".
	API string
	// Namespace is the platform namespace the API resolved to ("wx"),
	// through any alias. Empty for timers.
	Namespace string
	// Factory is, for a method call on an object a platform call created,
	// the creating API ("getRecorderManager", "createInnerAudioContext").
	// Empty for direct API calls.
	Factory string
	// Callee is the callee as written ("wx.getLocation", "api['getLocation']",
	// "getLoc", "this.recorder.start").
	Callee string

	// NameSpan is where findings go: the API's property identifier, the
	// string content in wx['getLocation'], the identifier of a destructured
	// or promisified alias at the call site, the getLocation identifier
	// inside promisify(wx.getLocation)(...).
	NameSpan text.Span
	// AliasSpan is, for a call through a destructured or promisified alias
	// (`const { getLocation } = wx`, `const f = promisify(wx.getLocation)`),
	// the span of the API name in that declaration. Zero otherwise.
	AliasSpan text.Span
	// Span is the whole call expression.
	Span text.Span
	// ArgsSpan is the argument list including its parentheses.
	ArgsSpan text.Span
	// Statement is the enclosing expression statement, variable declaration
	// or return statement within the same function: the unit a fix wraps.
	// When the call is an arrow function's expression body it is the call's
	// span (or the await expression's).
	Statement text.Span

	// Options is the first argument when it is an object literal, or a
	// variable of the file declared with one (`const opts = {...};
	// wx.getLocation(opts)`; Options.Span is then the declaration's object).
	Options *Object
	// FirstArg is the first argument when it is not an object literal (also
	// set for the variable case above).
	FirstArg *Arg
	// NumArgs is the number of arguments.
	NumArgs int

	// Style is "callback", "promise" (.then/.catch/.finally chained) or
	// "await".
	Style string
	// HasFail: a fail/complete option, a .catch(...) or two-argument
	// .then(a, b) chained on the call, or the call sits in the body of a try
	// that has a catch (within the same function).
	HasFail bool

	// Func is the name of the enclosing named function or method (callbacks
	// belong to the function that passes them); "" at module top level.
	Func string
	// OnEntry: runs without a user gesture (reachable from an entry
	// lifecycle or top-level module code through calls in this file).
	OnEntry bool
	// EntryPath is, when OnEntry, the chain of functions from the lifecycle
	// to here, e.g. ["onLoad", "initMap"]. Empty for module top-level code.
	EntryPath []string
	// InShow: reachable from onShow / pageLifetimes.show / App onShow.
	InShow bool
	// InLoopOrTimer: inside a loop, a forEach/map/... callback or a
	// setTimeout/setInterval callback, or only reachable from such a place.
	InLoopOrTimer bool
	// Confirmed: a user-confirmed prompt or a consent check precedes the
	// call, here or at every call site leading here: inside the success /
	// complete / .then callback of a platform showModal (my.confirm) that
	// reads res.confirm, or in the branch of a condition on a consent flag
	// (a name containing agree, consent, authorized, confirm; inverted for
	// disagree, cancel, reject, deny …), or of an authorization answer that
	// proves the scope granted (res.authSetting['scope.x'] truthy or ===
	// true, or a chain that has ruled out undefined and false: the else of
	// `=== false` runs for a scope never asked too, and is not), or after
	// an early return on its negation (`if (!agreed) return`). The branch
	// where the user declined (`else` of `if (res.confirm)`) is not
	// confirmed.
	Confirmed bool
	// EntryConfirmed: Confirmed counting only the ways from an entry (the
	// module top level, a lifecycle) to the call: onLoad → if (granted)
	// this.locate() with a tap handler calling locate() too is confirmed
	// on entry, though the tap's way is not. What a prompt on entry asks;
	// true for a call no entry reaches.
	EntryConfirmed bool
	// IOSGuarded: a platform check keeps the call from running on iOS,
	// here or at every call site leading here: the branch of a condition
	// that excludes iOS (platform !== 'ios', !isIOS, system.indexOf('iOS')
	// === -1, !/ios/i.test(system), platform === 'android', else of
	// if (isIOS)), or after `if (isIOS) { …; return }`.
	IOSGuarded bool

	// Unit is the index in Facts.Funcs of the function the call is in.
	Unit int32
	// LocalConfirmed, LocalLoop: Confirmed and InLoopOrTimer read at the
	// call site only, not through the file's own callers (for a call
	// reached from another file).
	LocalConfirmed, LocalLoop bool
	// UnaskedPasses: the call sits behind a test of an authorization
	// answer that rules out a refusal but lets a scope never asked through
	// (the else of authSetting['scope.x'] === false, !== false): the
	// developer checked, but the first visit still reaches the call.
	UnaskedPasses bool
}

// Object is an object literal.
type Object struct {
	Span  text.Span
	Props []Prop
}

// Get returns the property with the given key, or nil.
func (o *Object) Get(key string) *Prop {
	if o == nil {
		return nil
	}
	for i := range o.Props {
		if o.Props[i].Key == key {
			return &o.Props[i]
		}
	}
	return nil
}

// Has reports whether the object has a property with the given key.
func (o *Object) Has(key string) bool { return o.Get(key) != nil }

// Prop is one property of an object literal: `key: value`, a shorthand
// `key`, or a method `key() {}`. Spread elements are not listed.
type Prop struct {
	Key       string
	KeySpan   text.Span
	ValueSpan text.Span
	// Value is the value's source text; empty for functions and methods
	// (slice the source with ValueSpan if needed).
	Value string
	// String is the decoded value when IsString (a string literal or a
	// template literal without substitutions).
	String   string
	IsString bool
	// IsFunc: the value is a function, an arrow function or a method.
	IsFunc bool
}

// Arg is a call argument that is not an object literal.
type Arg struct {
	Span     text.Span
	Text     string // source text; empty for functions
	String   string // decoded, when IsString
	IsString bool
	IsFunc   bool
}

// StringLit is a string literal, or one static run of a template literal.
type StringLit struct {
	// Span covers the content, without the quotes or backticks.
	Span text.Span
	// Value is the decoded content (escapes resolved).
	Value    string
	Template bool
	// IsKey: the string is an object key ({'scope.userLocation': …}).
	IsKey bool
	// Key is the object key this string is the value of (through arrays,
	// conditionals, concatenation): "title" in {title: ok ? '成功' : '失败'}.
	Key string
	// Arg is the API name when the string is an argument, or an option
	// value, of a platform call (Call is its index in Facts.Calls); "" else.
	Arg  string
	Call int
	// Callee is the last name of the callee of the call the string is an
	// argument or option value of, platform or not ("showToast",
	// "setData", "t"); "" when not in a call.
	Callee string
	// Staff: a route-like string (one holding a '/') that only staff
	// reach, within its function (see staffOnly): in the branch of a role
	// test, `if (role === 'admin') {…}`.
	Staff bool
}

// Assign is a member assignment `obj.prop = value`.
type Assign struct {
	Object    string // the object as written ("ctx", "this.audio")
	Prop      string
	PropSpan  text.Span
	Span      text.Span // the whole statement (or the assignment expression)
	ValueSpan text.Span
	Value     string // value source text; empty for functions
	// Factory is the platform API that created the object, when known
	// ("createInnerAudioContext").
	Factory string
	Func    string
	OnEntry bool
	// Standalone: the assignment is a whole statement in a statement list
	// (not part of a comma expression, not the body of an if or a loop),
	// so removing its statement leaves the code around it as it was.
	Standalone bool
}

// Comment is one comment.
type Comment struct {
	Span text.Span
	Text string
}

// HasCall reports whether the file calls the platform API directly (not a
// method on a platform object).
func (f *Facts) HasCall(api string) bool {
	for i := range f.Calls {
		if f.Calls[i].API == api && f.Calls[i].Factory == "" && f.Calls[i].Namespace != "" {
			return true
		}
	}
	return false
}

// CallsTo returns pointers to the direct calls of api, in source order.
func (f *Facts) CallsTo(api string) []*Call {
	var out []*Call
	for i := range f.Calls {
		if f.Calls[i].API == api && f.Calls[i].Factory == "" && f.Calls[i].Namespace != "" {
			out = append(out, &f.Calls[i])
		}
	}
	return out
}

// HasName reports whether an identifier or property with this name occurs.
func (f *Facts) HasName(name string) bool {
	_, ok := f.Names[name]
	return ok
}
