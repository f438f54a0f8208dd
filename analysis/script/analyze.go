package script

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/flat"
	"mpls/analysis/text"
)

// maxUp caps every walk towards the root (local context of a call, string
// context), so that pathological nesting stays linear-ish.
const maxUp = 2048

// Object literal roles.
const (
	rolePlain uint8 = iota
	roleConfig
	roleMethods
	roleLifetimes
	rolePageLifetimes
	roleOptions // an argument of some other call: its functions are callbacks
)

type apiRef struct {
	ns, api string
	span    text.Span
}

// unit is a function that runs on its own (a method, a named function, an
// anonymous function stored somewhere); callbacks passed to calls belong to
// the unit that passes them. Unit 0 is the module's top level.
type unit struct {
	node      int32
	name      string
	parent    int32 // enclosing unit
	lifecycle string
	entry     bool // an entry lifecycle (root of OnEntry)
	show      bool // a show lifecycle (root of InShow)
}

type edge struct {
	from, to  int32
	site      int32 // the call (or the call a reference is passed to)
	repeating bool  // a reference passed to setInterval, forEach, …
}

// pendingRef is a lifecycle or method given by reference (`onLoad: init`,
// `{ onLoad }`): resolved once all functions are known.
type pendingRef struct {
	key, target string
	keySpan     text.Span
	role        uint8
}

type analyzer struct {
	tree
	ns map[string]bool
	f  *Facts

	unitOf  []int32
	role    []uint8          // per node, for objects
	ctx     []uint8          // per node: ctxLoop | ctxConfirmed | ctxIOS
	ans     []ansState       // per node, for files that read authSetting: what is known of one scope's answer (cond.go)
	ansKeys map[string]int32 // the scopes ansState names
	units   []unit
	config  int32 // the App/Page/Component/Behavior object, -1 if none
	vue     bool  // the config is a Vue-style `export default {...}`
	kindStr string

	nsAlias     map[string]string
	fnAlias     map[string]apiRef
	thisAlias   map[string]bool
	factoryVar  map[string]apiRef
	objVars     map[string]int32 // const name = {...}: the object
	funcsByName map[string][]int32
	thisMethods map[string][]int32
	objMethods  map[string][]int32
	refs        []pendingRef
	moduleFuncs []pendingRef

	callAt       map[int32]int
	callNode     []int32
	callUnit     []int32
	assignUnit   []int32
	edges        []edge
	confirmCache map[int32]bool
}

// Analyze computes the facts of one script file. root is the tree's root
// node (or any node: only its subtree is analysed); src is the text it was
// parsed from. The tree is only read during the call.
func Analyze(root *sitter.Node, src []byte, opt Options) *Facts {
	f := newFacts()
	if root == nil || root.IsNull() {
		return f
	}
	scr := flatten(root, len(src))
	defer release(scr)
	analyze(f, scr, src, opt)
	return f
}

// AnalyzeReusing is Analyze of a whole tree for a document being edited:
// the flat tree is built from prev, the walk of the version before edit e,
// copying what the parser reused (flat.FlattenReusing), so a keystroke
// costs a walk of what changed. It returns the facts (equal to Analyze's)
// and this version's walk, for the next call; prev is used up. Close the
// last snapshot when the document goes away.
func AnalyzeReusing(tree *sitter.Tree, src []byte, opt Options, prev *flat.Snapshot, e flat.Edit) (*Facts, *flat.Snapshot) {
	f := newFacts()
	if tree == nil {
		prev.Close()
		return f, nil
	}
	if !useCWalk {
		prev.Close()
		return Analyze(tree.RootNode(), src, opt), nil
	}
	snap := walker.FlattenReusing(tree, len(src), prev, e)
	scr := scratchPool.Get().(*scratch)
	own := scr.nodes
	nodes := asNodes(snap.Nodes())
	for i := range nodes {
		if int(nodes[i].end) > len(src) || nodes[i].start > nodes[i].end {
			// spans to clamp: work on a copy, the snapshot is shared
			own = append(own[:0], nodes...)
			nodes = own
			break
		}
	}
	scr.nodes = nodes
	scr.tables(len(nodes))
	analyze(f, scr, src, opt)
	scr.nodes = own[:0]
	release(scr)
	return f, snap
}

func newFacts() *Facts {
	return &Facts{
		Kind:       KindModule,
		Methods:    map[string]text.Span{},
		Lifecycles: map[string]text.Span{},
		Names:      map[string]struct{}{},
		Uses:       map[string][]string{},
		Bodies:     map[string]text.Span{},
	}
}

func analyze(f *Facts, scr *scratch, src []byte, opt Options) {
	nodes := scr.nodes
	if len(nodes) == 0 {
		return
	}
	// spans past the text (a tree from another version of the text) are
	// clamped, so every span in the facts is within src
	for i := range nodes {
		if int(nodes[i].end) > len(src) {
			nodes[i].end = uint32(len(src))
		}
		if nodes[i].start > nodes[i].end {
			nodes[i].start = nodes[i].end
		}
	}
	a := &analyzer{
		tree:         tree{n: nodes, src: src},
		unitOf:       scr.unitOf,
		role:         scr.role,
		ctx:          scr.ctx,
		f:            f,
		ns:           map[string]bool{},
		config:       -1,
		nsAlias:      map[string]string{},
		fnAlias:      map[string]apiRef{},
		thisAlias:    map[string]bool{},
		factoryVar:   map[string]apiRef{},
		objVars:      map[string]int32{},
		funcsByName:  map[string][]int32{},
		thisMethods:  map[string][]int32{},
		objMethods:   map[string][]int32{},
		callAt:       map[int32]int{},
		confirmCache: map[int32]bool{},
	}
	if bytes.Contains(src, []byte("authSetting")) {
		a.ans = make([]ansState, len(nodes))
	}
	nss := opt.Namespaces
	if len(nss) == 0 {
		nss = DefaultNamespaces
	}
	for _, s := range nss {
		a.ns[s] = true
	}
	a.findConfig()
	a.declare()
	a.resolveRefs()
	a.mixins()
	a.collect()
	a.propagate()
	a.bodies()
	a.fallbacks()
	a.dispatches()
	a.dataLists()
}

// ---------------------------------------------------------------------------
// Pass 0: the App/Page/Component/Behavior call at the top level.

var configCallees = map[string]string{
	"App": KindApp, "Page": KindPage, "Component": KindComponent, "Behavior": KindBehavior,
}

func (a *analyzer) findConfig() {
	if !a.findConfigCall(false) && !a.findConfigCall(true) {
		a.findVueConfig()
	}
}

// findConfigCall finds the top-level App/Page/Component/Behavior call.
// With wrapped, it finds a project's own constructor instead: a call of a
// function that is not the platform's (xPage({...}), App.Page({...}),
// createPage({...})) whose object argument is a config by its keys or
// whose callee's last name is one of the four (see wrappedKind); without
// it, the lifecycles of that object would read as callbacks of the module
// top level, and every method as code run on entry.
func (a *analyzer) findConfigCall(wrapped bool) bool {
	root := int32(0)
	// top-level statements: program > statement, program > export > ...
	for s := a.n[root].first; s >= 0; s = a.n[s].next {
		st := s
		if a.kind(st) == kExport {
			st = a.last(st)
		}
		e := st
		if a.kind(e) == kExprStmt {
			e = a.first(e)
		}
		e = a.unwrap(e)
		if a.kind(e) == kAssign { // module.exports = Page({...})
			e = a.unwrap(a.last(e))
		}
		if a.kind(e) != kCall {
			continue
		}
		callee := a.unwrap(a.callee(e))
		var k string
		if !wrapped {
			if a.kind(callee) != kIdent {
				continue
			}
			var ok bool
			if k, ok = configCallees[a.text(callee)]; !ok {
				continue
			}
		} else if k = a.wrappedKind(callee, a.configObject(a.wrappedConfig(a.unwrap(a.first(a.args(e)))))); k == "" {
			continue
		}
		a.kindStr = k
		a.f.Kind = k
		a.f.KindSpan = a.span(callee)
		a.config = a.configObject(a.wrappedConfig(a.unwrap(a.first(a.args(e)))))
		if a.config >= 0 {
			a.f.ConfigSpan = a.span(a.config)
		}
		return true
	}
	return false
}

// wrappedConfig looks through the project's own wrappers around a config
// (Page(withAuth({...})), Page(mixin(base, {...}))): the object literal
// among a call's arguments, up to three calls deep; arg itself otherwise.
// Without it every method of the wrapped object would read as code of
// the module top level, run on entry.
func (a *analyzer) wrappedConfig(arg int32) int32 {
	for depth := 0; depth < 3 && a.kind(arg) == kCall; depth++ {
		next := int32(-1)
		if a.isObjectAssign(a.unwrap(a.callee(arg))) {
			// Object.assign({}, shared, {...}): the last literal is the
			// page's own; the sources before it are mixins (mixins.go)
			for x := a.first(a.args(arg)); x >= 0; x = a.n[x].next {
				if x := a.unwrap(x); a.kind(x) == kObject {
					next = x
				}
			}
			if next < 0 {
				return arg
			}
			return next
		}
		for x := a.first(a.args(arg)); x >= 0; x = a.n[x].next {
			x := a.unwrap(x)
			if a.kind(x) == kObject || a.kind(x) == kCall && next < 0 {
				next = x
				if a.kind(x) == kObject {
					break
				}
			}
		}
		if next < 0 {
			return arg
		}
		arg = next
	}
	return arg
}

// configObject is the object literal a constructor's argument stands for:
// the literal itself, or the top-level `const options = {...}` an
// identifier names (Page(options)); -1 otherwise.
func (a *analyzer) configObject(arg int32) int32 {
	switch a.kind(arg) {
	case kObject:
		return arg
	case kIdent:
		return a.topLevelObject(a.text(arg))
	}
	return -1
}

// wrappedKind is the kind of a project constructor call: by the callee's
// last name when it is one of the four (App.Page, base.Component), or
// names one as a word of its own (ComponentWithStore of
// mobx-miniprogram-bindings, createComponent, VantComponent,
// BehaviorWithStore, createPage) around an object with a config's keys,
// else by the keys of its object argument (objectKind). Platform API calls
// and calls without an object literal are none.
func (a *analyzer) wrappedKind(callee, obj int32) string {
	switch a.kind(callee) {
	case kIdent, kMember:
	default:
		return ""
	}
	if a.kind(callee) == kMember {
		if _, ok := a.apiOfRef(callee); ok {
			return ""
		}
	}
	if a.kind(obj) != kObject {
		return ""
	}
	name := a.lastName(callee)
	if k, ok := configCallees[name]; ok && a.kind(callee) == kMember {
		return k
	}
	if k := a.objectKind(obj, false); k != "" {
		return k
	}
	k := constructorWord(name)
	config, methods := a.configKeys(obj)
	if k == "" || !config {
		return ""
	}
	if k == KindPage && methods {
		// createPage({ data, methods: { onLoad() {} } }): a page built from
		// a methods block is built with Component, whose page lifecycles
		// live in methods
		return KindComponent
	}
	return k
}

// objectKind names the kind of config an object literal is by its keys:
// onLaunch → app; onLoad / onShow / onReady → page; for a mini-program
// constructor, lifetimes, pageLifetimes, or methods with attached / ready /
// created or with a key only a component has (properties, storeBindings,
// behaviors, observers, relations, externalClasses) → component; with vue, created / beforeMount / mounted / setup
// → component. "" when none fits.
func (a *analyzer) objectKind(v int32, vue bool) string {
	kind := ""
	methods, compLife, compKeys := false, false, false
	for c := a.n[v].first; c >= 0; c = a.n[c].next {
		if k := a.kind(c); k != kPair && k != kMethodDef && k != kShorthandProp {
			continue
		}
		var key string
		if a.kind(c) == kShorthandProp {
			key = a.text(c)
		} else {
			key, _, _ = a.pairKey(c)
		}
		switch key {
		case "onLaunch":
			kind = KindApp
		case "onLoad", "onShow", "onReady":
			if kind != KindApp {
				kind = KindPage
			}
		case "created", "beforeMount", "mounted", "setup":
			if vue && kind == "" {
				kind = KindComponent
			}
			compLife = compLife || key == "created"
		case "attached", "ready":
			compLife = true
		case "lifetimes", "pageLifetimes":
			methods, compLife = true, true
		case "methods":
			methods = true
		case "properties", "storeBindings", "behaviors", "observers", "relations", "externalClasses":
			compKeys = true
		}
	}
	if kind == "" && !vue && methods && (compLife || compKeys) {
		kind = KindComponent
	}
	return kind
}

// constructorWord is the kind a project constructor's name gives by a word
// of its own (camelCase split): Component → component (ComponentWithStore,
// createComponent, VantComponent), Behavior → behavior, Page → page
// (createPage, PageWithStore); "" otherwise. App is left to the keys: a
// Vue main.js's createApp({...}) is no mini-program App.
func constructorWord(name string) string {
	for _, w := range camelSplit(name) {
		switch w {
		case "Component":
			return KindComponent
		case "Behavior":
			return KindBehavior
		case "Page":
			return KindPage
		}
	}
	return ""
}

// camelSplit splits an identifier at its capitals and underscores:
// createComponent → create, Component; ComponentWithStore → Component,
// With, Store.
func camelSplit(name string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || name[i] == '_' || name[i] >= 'A' && name[i] <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z' {
			if w := strings.Trim(name[start:i], "_"); w != "" {
				out = append(out, strings.ToUpper(w[:1])+w[1:])
			}
			start = i
		}
	}
	return out
}

// configKeys: whether obj has a key only a mini-program config has (data,
// methods, properties, lifetimes, a lifecycle…), so a call of a function
// named for a constructor around it builds one; and whether it has
// methods.
func (a *analyzer) configKeys(obj int32) (config, methods bool) {
	for c := a.n[obj].first; c >= 0; c = a.n[c].next {
		if k := a.kind(c); k != kPair && k != kMethodDef && k != kShorthandProp {
			continue
		}
		var key string
		if a.kind(c) == kShorthandProp {
			key = a.text(c)
		} else {
			key, _, _ = a.pairKey(c)
		}
		switch key {
		case "data", "methods", "properties", "props", "lifetimes", "pageLifetimes",
			"storeBindings", "behaviors", "observers", "relations", "externalClasses",
			"onLoad", "onShow", "onReady", "created", "attached", "ready":
			config = true
			methods = methods || key == "methods"
		}
	}
	return config, methods
}

// findVueConfig: uni-app / Vue single-file components export their options:
// `export default { onLoad() {}, methods: {} }` (or defineComponent({...})).
// The kind follows the lifecycles present: onLaunch → app, onLoad / onShow /
// onReady → page, created / mounted → component; an object with none of
// them is not a config.
func (a *analyzer) findVueConfig() {
	for s := a.n[0].first; s >= 0; s = a.n[s].next {
		if a.kind(s) != kExport {
			continue
		}
		v := a.unwrap(a.last(s))
		if a.kind(v) == kCall { // defineComponent({...}), Vue.extend({...})
			v = a.unwrap(a.first(a.args(v)))
		}
		if a.kind(v) != kObject {
			continue
		}
		kind := a.objectKind(v, true)
		if kind == "" {
			return
		}
		a.vue = true
		a.kindStr, a.f.Kind = kind, kind
		a.config = v
		a.f.ConfigSpan = a.span(v)
		return
	}
}

// topLevelObject finds `const name = {...}` at the top level.
func (a *analyzer) topLevelObject(name string) int32 {
	for s := a.n[0].first; s >= 0; s = a.n[s].next {
		st := s
		if a.kind(st) == kExport {
			st = a.last(st)
		}
		if k := a.kind(st); k != kLexicalDecl && k != kVarDecl {
			continue
		}
		for d := a.n[st].first; d >= 0; d = a.n[d].next {
			if a.kind(d) == kDeclarator && a.is(a.first(d), name) {
				if v := a.unwrap(a.last(d)); a.kind(v) == kObject {
					return v
				}
			}
		}
	}
	return -1
}

// ---------------------------------------------------------------------------
// Pass 1: units, object roles, aliases, function names.

func (a *analyzer) declare() {
	n := len(a.n)
	a.units = append(a.units, unit{node: 0, parent: -1, entry: true})
	for i := int32(0); i < int32(n); i++ {
		p := a.n[i].parent
		if p >= 0 {
			a.unitOf[i] = a.unitOf[p]
		}
		switch k := a.n[i].kind; k {
		case kObject:
			a.role[i] = a.objectRole(i)
		case kFuncDecl, kGenFuncDecl, kFuncExpr, kArrow, kGenFunc, kMethodDef:
			a.declareFunc(i)
		case kDeclarator:
			a.declarator(i)
		case kAssign:
			a.assignAlias(i)
		case kPair:
			a.pairRef(i)
		case kShorthandProp:
			if obj := a.n[i].parent; a.kind(obj) == kObject {
				name := a.text(i)
				a.addRef(obj, name, name, a.span(i))
			}
		case kImport:
			a.importAlias(i)
			a.importDecl(i)
		}
	}
}

func (a *analyzer) objectRole(i int32) uint8 {
	if i == a.config {
		return roleConfig
	}
	p, via := a.up(i)
	switch a.kind(p) {
	case kArguments:
		return roleOptions
	case kPair:
		if via != a.pairValue(p) {
			return rolePlain
		}
		switch a.roleOf(a.n[p].parent) {
		case roleConfig:
			switch key, _, _ := a.pairKey(p); key {
			case "methods":
				return roleMethods
			case "lifetimes":
				return roleLifetimes
			case "pageLifetimes":
				return rolePageLifetimes
			}
		case roleOptions:
			return roleOptions
		}
	}
	return rolePlain
}

func (a *analyzer) roleOf(obj int32) uint8 {
	if obj < 0 {
		return rolePlain
	}
	return a.role[obj]
}

// lifecycleOf says whether a method named name in an object of the given
// role is an entry lifecycle, and its label.
func (a *analyzer) lifecycleOf(role uint8, name string) (label string, entry, show bool) {
	if a.vue {
		if role == roleConfig {
			switch name {
			case "onLaunch", "onLoad", "onReady", "created", "beforeMount", "mounted", "setup":
				return name, true, false
			case "onShow":
				return name, true, true
			}
		}
		return "", false, false
	}
	switch a.kindStr {
	case KindApp:
		if role == roleConfig {
			switch name {
			case "onLaunch":
				return name, true, false
			case "onShow":
				return name, true, true
			}
		}
	case KindPage:
		if role == roleConfig {
			switch name {
			case "onLoad", "onReady":
				return name, true, false
			case "onShow":
				return name, true, true
			}
		}
	case KindComponent, KindBehavior:
		switch role {
		case roleConfig:
			switch name {
			case "created", "attached", "ready":
				return name, true, false
			}
		case roleLifetimes:
			switch name {
			case "created", "attached", "ready":
				return "lifetimes." + name, true, false
			}
		case rolePageLifetimes:
			if name == "show" {
				return "pageLifetimes.show", true, true
			}
		case roleMethods: // a Component used as a page
			switch name {
			case "onLoad", "onReady":
				return "methods." + name, true, false
			case "onShow":
				return "methods." + name, true, true
			}
		}
	}
	return "", false, false
}

func (a *analyzer) newUnit(i int32, name string) {
	id := int32(len(a.units))
	parent := int32(0)
	if p := a.n[i].parent; p >= 0 {
		parent = a.unitOf[p]
	}
	a.units = append(a.units, unit{node: i, name: name, parent: parent})
	a.unitOf[i] = id
}

// isModuleLevel: a declaration directly in the program (or exported there).
func (a *analyzer) isModuleLevel(decl int32) bool {
	p := a.parent(decl)
	if a.kind(p) == kExport {
		p = a.parent(p)
	}
	return p == 0 && a.kind(0) == kProgram
}

func (a *analyzer) declareFunc(i int32) {
	k := a.n[i].kind
	switch k {
	case kFuncDecl, kGenFuncDecl:
		id := a.firstOf(i, kIdent)
		name := ""
		if id >= 0 {
			name = a.text(id)
		}
		a.newUnit(i, name)
		if name != "" {
			a.funcsByName[name] = append(a.funcsByName[name], a.unitOf[i])
			if a.isModuleLevel(i) {
				a.moduleFuncs = append(a.moduleFuncs, pendingRef{key: name, keySpan: a.span(id)})
			}
		}
		return
	case kMethodDef:
		obj := a.n[i].parent
		name, span, _ := a.pairKey(i)
		switch a.kind(obj) {
		case kObject:
			if a.role[obj] == roleOptions {
				return // success(res) {...}: a callback
			}
			a.newUnit(i, name)
			a.objectMethod(obj, i, name, span)
		case kClassBody:
			a.newUnit(i, name)
			a.classMethod(i, name, span)
		default:
			a.newUnit(i, name)
		}
		return
	}
	// function / arrow function expressions
	p, via := a.up(i)
	switch a.kind(p) {
	case kArguments, kCall, kNew:
		return // a callback, or called on the spot
	case kPair:
		if via != a.pairValue(p) {
			break
		}
		obj := a.n[p].parent
		if a.roleOf(obj) == roleOptions {
			return
		}
		name, span, _ := a.pairKey(p)
		a.newUnit(i, name)
		a.objectMethod(obj, i, name, span)
		return
	case kDeclarator:
		id := a.first(p)
		if a.kind(id) == kIdent && via == a.last(p) {
			name := a.text(id)
			a.newUnit(i, name)
			a.funcsByName[name] = append(a.funcsByName[name], a.unitOf[i])
			if decl := a.n[p].parent; a.isModuleLevel(decl) {
				a.moduleFuncs = append(a.moduleFuncs, pendingRef{key: name, keySpan: a.span(id)})
			}
			return
		}
	case kAssign:
		left := a.unwrap(a.first(p))
		if via != a.last(p) {
			break
		}
		switch a.kind(left) {
		case kIdent:
			name := a.text(left)
			a.newUnit(i, name)
			a.funcsByName[name] = append(a.funcsByName[name], a.unitOf[i])
			return
		case kMember:
			obj, prop := a.member(left)
			if prop < 0 {
				break
			}
			name := a.text(prop)
			a.newUnit(i, name)
			if a.isThis(obj) {
				a.thisMethods[name] = append(a.thisMethods[name], a.unitOf[i])
			} else {
				a.objMethods[name] = append(a.objMethods[name], a.unitOf[i])
			}
			return
		}
	case kField:
		name, span, _ := a.pairKey(p)
		a.newUnit(i, name)
		a.classMethod(i, name, span)
		return
	}
	a.newUnit(i, "")
}

// objectMethod registers a method of an object literal by role.
func (a *analyzer) objectMethod(obj, fn int32, name string, span text.Span) {
	if name == "" {
		return
	}
	u := a.unitOf[fn]
	role := a.role[obj]
	switch role {
	case roleConfig, roleMethods:
		a.thisMethods[name] = append(a.thisMethods[name], u)
		if _, ok := a.f.Methods[name]; !ok {
			a.f.Methods[name] = span
		}
	default:
		a.objMethods[name] = append(a.objMethods[name], u)
	}
	if label, entry, show := a.lifecycleOf(role, name); entry {
		a.units[u].lifecycle = label
		a.units[u].entry = true
		a.units[u].show = show
		if _, ok := a.f.Lifecycles[label]; !ok {
			a.f.Lifecycles[label] = span
		}
	}
}

// classMethod registers a class method (Taro / React-style class pages).
func (a *analyzer) classMethod(fn int32, name string, span text.Span) {
	if name == "" {
		return
	}
	u := a.unitOf[fn]
	a.thisMethods[name] = append(a.thisMethods[name], u)
	entry, show := false, false
	switch name {
	case "onLoad", "onReady", "onLaunch", "componentDidMount", "componentWillMount":
		entry = true
	case "onShow", "componentDidShow":
		entry, show = true, true
	}
	if entry {
		a.units[u].lifecycle = name
		a.units[u].entry = true
		a.units[u].show = show
		if _, ok := a.f.Lifecycles[name]; !ok {
			a.f.Lifecycles[name] = span
		}
	}
}

// pairRef records `onLoad: init` in a config-like object.
func (a *analyzer) pairRef(p int32) {
	obj := a.n[p].parent
	if a.kind(obj) != kObject {
		return
	}
	v := a.unwrap(a.pairValue(p))
	if a.kind(v) != kIdent {
		return
	}
	key, span, _ := a.pairKey(p)
	a.addRef(obj, key, a.text(v), span)
}

func (a *analyzer) addRef(obj int32, key, target string, span text.Span) {
	switch r := a.role[obj]; r {
	case roleConfig, roleMethods, roleLifetimes, rolePageLifetimes:
		if key != "" {
			a.refs = append(a.refs, pendingRef{key: key, target: target, keySpan: span, role: r})
		}
	}
}

func (a *analyzer) resolveRefs() {
	for _, r := range a.refs {
		targets := a.funcsByName[r.target]
		if len(targets) == 0 {
			continue
		}
		if r.role == roleConfig || r.role == roleMethods {
			a.thisMethods[r.key] = append(a.thisMethods[r.key], targets...)
			if _, ok := a.f.Methods[r.key]; !ok {
				a.f.Methods[r.key] = r.keySpan
			}
		}
		if label, entry, show := a.lifecycleOf(r.role, r.key); entry {
			for _, u := range targets {
				a.units[u].entry = true
				a.units[u].show = a.units[u].show || show
				if a.units[u].lifecycle == "" {
					a.units[u].lifecycle = label
				}
			}
			if _, ok := a.f.Lifecycles[label]; !ok {
				a.f.Lifecycles[label] = r.keySpan
			}
		}
	}
	for _, m := range a.moduleFuncs {
		if _, ok := a.f.Methods[m.key]; !ok {
			a.f.Methods[m.key] = m.keySpan
		}
	}
}

// declarator collects aliases from `const x = ...`.
func (a *analyzer) declarator(d int32) {
	name, value := a.first(d), a.last(d)
	if name == value || value < 0 {
		return
	}
	value = a.unwrap(value)
	if a.kind(value) == kAwait {
		value = a.unwrap(a.first(value))
	}
	a.requireDecl(name, value)
	switch a.kind(name) {
	case kIdent:
		a.bind(a.text(name), value)
	case kObjectPattern: // const { getLocation, showModal: modal } = wx
		ns := a.nsOf(value)
		if ns == "" {
			return
		}
		for c := a.n[name].first; c >= 0; c = a.n[c].next {
			switch a.kind(c) {
			case kShorthandPattern:
				a.fnAlias[a.text(c)] = apiRef{ns: ns, api: a.text(c), span: a.span(c)}
			case kObjectAssignPattern: // { getLocation = noop }
				if id := a.first(c); a.kind(id) == kShorthandPattern || a.kind(id) == kIdent {
					a.fnAlias[a.text(id)] = apiRef{ns: ns, api: a.text(id), span: a.span(id)}
				}
			case kPairPattern:
				key, span, _ := a.pairKey(c)
				local := a.last(c)
				if a.kind(local) == kIdent && key != "" {
					a.fnAlias[a.text(local)] = apiRef{ns: ns, api: key, span: span}
				}
			}
		}
	}
}

// bind records what a simple name is bound to.
func (a *analyzer) bind(name string, value int32) {
	switch a.kind(value) {
	case kThis:
		a.thisAlias[name] = true
	case kIdent:
		if ns := a.nsOf(value); ns != "" {
			a.nsAlias[name] = ns
		} else if r, ok := a.fnAlias[a.text(value)]; ok {
			a.fnAlias[name] = r
		}
	case kObject:
		if _, seen := a.objVars[name]; !seen {
			a.objVars[name] = value
		}
	case kMember: // const getLoc = wx.getLocation
		if r, ok := a.apiOfRef(value); ok {
			a.fnAlias[name] = r
		}
	case kCall:
		if r, ok := a.promisified(value); ok { // promisify(wx.getLocation)
			a.fnAlias[name] = r
			return
		}
		if f := a.factoryCall(value); f.api != "" {
			a.factoryVar[name] = f
			return
		}
		// wx.getLocation.bind(wx)
		if callee := a.unwrap(a.callee(value)); a.lastName(callee) == "bind" {
			if obj, _ := a.member(callee); obj >= 0 {
				if r, ok := a.apiOfRef(a.unwrap(obj)); ok {
					a.fnAlias[name] = r
				}
			}
		}
	}
}

// assignAlias handles `that = this`, `api = wx`, `this.rec = wx.getRecorderManager()`.
func (a *analyzer) assignAlias(as int32) {
	left, right := a.unwrap(a.first(as)), a.unwrap(a.last(as))
	if left == right || right < 0 {
		return
	}
	switch a.kind(left) {
	case kIdent:
		a.bind(a.text(left), right)
	case kMember:
		if a.kind(right) == kCall {
			if f := a.factoryCall(right); f.api != "" {
				a.factoryVar[a.memberKey(left)] = f
			}
		}
	}
}

// memberKey names a member for the factory table: this.x (through this
// aliases) or its text.
func (a *analyzer) memberKey(m int32) string {
	obj, prop := a.member(m)
	if prop >= 0 && a.isThis(obj) {
		return "this." + a.text(prop)
	}
	return a.text(m)
}

// importAlias: import { getLocation } from '@tarojs/taro'.
func (a *analyzer) importAlias(imp int32) {
	if !a.ns["Taro"] {
		return
	}
	src := a.last(imp)
	if a.kind(src) != kString || a.stringValue(src) != "@tarojs/taro" {
		return
	}
	end := a.descendantsEnd(imp)
	for j := imp + 1; j < end; j++ {
		if a.kind(j) != kImportSpec {
			continue
		}
		imported, local := a.first(j), a.last(j)
		if a.kind(imported) != kIdent || a.kind(local) != kIdent {
			continue
		}
		name := a.text(imported)
		if name == "default" {
			a.nsAlias[a.text(local)] = "Taro"
			continue
		}
		a.fnAlias[a.text(local)] = apiRef{ns: "Taro", api: name, span: a.span(imported)}
	}
}

// ---------------------------------------------------------------------------
// Resolution helpers.

// nsOf returns the namespace an expression denotes ("wx" for wx or for an
// alias of it), or "".
func (a *analyzer) nsOf(i int32) string {
	i = a.unwrap(i)
	if a.kind(i) != kIdent {
		return ""
	}
	b := a.bytes(i)
	if a.ns[string(b)] {
		return string(b)
	}
	return a.nsAlias[string(b)]
}

func (a *analyzer) isThis(i int32) bool {
	i = a.unwrap(i)
	switch a.kind(i) {
	case kThis:
		return true
	case kIdent:
		return a.thisAlias[string(a.bytes(i))]
	}
	return false
}

// apiOfRef resolves an API reference (not a call): wx.getLocation,
// wx.pro.getLocation, wx['getLocation'], a destructured alias.
func (a *analyzer) apiOfRef(i int32) (apiRef, bool) {
	i = a.unwrap(i)
	switch a.kind(i) {
	case kMember:
		obj, prop := a.member(i)
		if prop < 0 {
			return apiRef{}, false
		}
		if ns := a.nsOf(obj); ns != "" {
			return apiRef{ns: ns, api: a.text(prop), span: a.span(prop)}, true
		}
		// wx.p.getLocation / wx.pro.getLocation / wx.async.getLocation
		o := a.unwrap(obj)
		for k := 0; k < 8 && a.kind(o) == kMember; k++ {
			o = a.unwrap(a.first(o))
		}
		if ns := a.nsOf(o); ns != "" && o != a.unwrap(obj) {
			return apiRef{ns: ns, api: a.text(prop), span: a.span(prop)}, true
		}
	case kSubscript:
		obj, idx := a.first(i), a.unwrap(a.last(i))
		if ns := a.nsOf(obj); ns != "" && a.isStringLike(idx) && obj != idx {
			sp := a.stringContent(idx)
			if a.kind(idx) == kTemplate {
				sp = a.templateContent(idx)
			}
			return apiRef{ns: ns, api: a.stringValue(idx), span: sp}, true
		}
	case kIdent:
		if r, ok := a.fnAlias[string(a.bytes(i))]; ok {
			return r, true
		}
	}
	return apiRef{}, false
}

// promisified resolves promisify(wx.getLocation).
func (a *analyzer) promisified(call int32) (apiRef, bool) {
	if a.kind(call) != kCall || !isPromisify(a.lastName(a.callee(call))) {
		return apiRef{}, false
	}
	return a.apiOfRef(a.first(a.args(call)))
}

func isPromisify(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "promisify") || l == "pify" || l == "topromise"
}

// factoryCall returns the API if call is a direct platform call that makes
// an object whose methods rules need (getRecorderManager,
// createInnerAudioContext, createVideoContext …).
func (a *analyzer) factoryCall(call int32) apiRef {
	call = a.unwrap(call)
	if a.kind(call) != kCall {
		return apiRef{}
	}
	r, ok := a.apiOfRef(a.callee(call))
	if !ok || !isFactoryAPI(r.api) {
		return apiRef{}
	}
	return r
}

func isFactoryAPI(api string) bool {
	if strings.Contains(api, "Canvas") {
		return false // drawing calls: many, and no rule needs them
	}
	return strings.HasSuffix(api, "Manager") || strings.HasSuffix(api, "Context")
}

// factoryOf returns the factory call (namespace and API) that made the
// object a method is called on.
func (a *analyzer) factoryOf(obj int32) apiRef {
	obj = a.unwrap(obj)
	switch a.kind(obj) {
	case kIdent:
		return a.factoryVar[string(a.bytes(obj))]
	case kMember:
		return a.factoryVar[a.memberKey(obj)]
	case kCall:
		return a.factoryCall(obj)
	}
	return apiRef{}
}
