// Package flat turns a tree-sitter tree into a flat array of nodes with one
// cgo call: a Go walk crosses cgo several times per node (and go-tree-sitter
// allocates a Node for each), which costs ~100 ms on a 5,000-line template;
// the C walk costs a few. Callers choose which node types to keep with a
// table built once per language.
//
// A document that is edited keystroke by keystroke can keep its last walk
// (a Snapshot): the next walk then copies every subtree the parser reused
// from that walk instead of visiting it, and visits only what changed.
//
// The template facts (analysis/template) and the script facts
// (analysis/script) both flatten through this package: it is the one C
// walker.
package flat

/*
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

// Layout-compatible copies of tree-sitter's public API types (api.h of the
// runtime vendored by github.com/smacker/go-tree-sitter, ABI 14). The
// functions are declared weak: they are resolved at the final link against
// the runtime go-tree-sitter compiles in, and are NULL if it is missing.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } mpls_TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } mpls_TSTreeCursor;

extern mpls_TSTreeCursor ts_tree_cursor_new(mpls_TSNode) __attribute__((weak));
extern void ts_tree_cursor_delete(mpls_TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_first_child(mpls_TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_next_sibling(mpls_TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_parent(mpls_TSTreeCursor *) __attribute__((weak));
extern mpls_TSNode ts_tree_cursor_current_node(const mpls_TSTreeCursor *) __attribute__((weak));
extern uint16_t ts_node_symbol(mpls_TSNode) __attribute__((weak));
extern uint32_t ts_node_start_byte(mpls_TSNode) __attribute__((weak));
extern uint32_t ts_node_end_byte(mpls_TSNode) __attribute__((weak));
extern bool ts_node_is_named(mpls_TSNode) __attribute__((weak));
extern bool ts_node_is_missing(mpls_TSNode) __attribute__((weak));
extern const void *ts_tree_language(const void *) __attribute__((weak));
extern uint32_t ts_language_symbol_count(const void *) __attribute__((weak));
extern const char *ts_language_symbol_name(const void *, uint16_t) __attribute__((weak));
extern int ts_language_symbol_type(const void *, uint16_t) __attribute__((weak));

typedef struct {
	uint8_t kind, flags;
	uint16_t pad;
	uint32_t start, end;
	int32_t parent, first, next, last;
} mpls_node;

static int mpls_available(void) {
	return ts_tree_cursor_new && ts_tree_cursor_delete && ts_tree_cursor_goto_first_child &&
		ts_tree_cursor_goto_next_sibling && ts_tree_cursor_goto_parent &&
		ts_tree_cursor_current_node && ts_node_symbol && ts_node_start_byte &&
		ts_node_end_byte && ts_node_is_named && ts_node_is_missing && ts_tree_language &&
		ts_language_symbol_count && ts_language_symbol_name && ts_language_symbol_type;
}

static const void *mpls_language(const void *rootraw) {
	mpls_TSNode root;
	memcpy(&root, rootraw, sizeof root);
	return ts_tree_language(root.tree);
}

static uint32_t mpls_symbol_count(const void *lang) { return ts_language_symbol_count(lang); }
static const char *mpls_symbol_name(const void *lang, uint16_t s) { return ts_language_symbol_name(lang, s); }
// 0 regular (named), 1 anonymous, 2 auxiliary
static int mpls_symbol_type(const void *lang, uint16_t s) { return ts_language_symbol_type(lang, s); }

// mpls_prev is the previous walk of an earlier version of the same
// document, and the edit between the two texts: [start, old_end) of the
// old text became [start, new_end) of the new one.
typedef struct {
	const mpls_node *nodes;
	const uintptr_t *ids;
	long n;
	uint32_t start, old_end, new_end;
} mpls_prev;

// mpls_key is a node's identity: the subtree it points at. Reused subtrees
// keep their heap address; inline leaves (low bit set) have none.
static uintptr_t mpls_key(mpls_TSNode nd) { return *(const uintptr_t *)nd.id; }

// mpls_find returns the index of the node of the previous walk that is the
// very same subtree as the new node (key at new offset s), or -1.
static long mpls_find(const mpls_prev *p, uint32_t s, uintptr_t key, uint8_t kd, uint8_t flags, uint32_t size) {
	uint32_t os;
	if (s < p->start) os = s;
	else if (s >= p->new_end) os = s - p->new_end + p->old_end;
	else return -1; // inside the inserted text: new
	long lo = 0, hi = p->n;
	while (lo < hi) {
		long mid = lo + (hi - lo) / 2;
		if (p->nodes[mid].start < os) lo = mid + 1; else hi = mid;
	}
	for (long j = lo, lim = lo + 64; j < p->n && j < lim && p->nodes[j].start == os; j++) {
		const mpls_node *q = &p->nodes[j];
		if (p->ids[j] == key && q->kind == kd && q->flags == flags && q->end - q->start == size) return j;
	}
	return -1;
}

// mpls_walk records the subtree under rootraw in pre-order into out,
// keeping nodes whose table entry is non-zero (named nodes and a few
// operator tokens), ERROR nodes and MISSING tokens, with parent / first
// child / next sibling links, and each kept node's identity into ids (if
// not NULL). With prev, a kept node that is a subtree the parser reused
// from the previous version is not visited: its descendants are copied
// from the previous walk, shifted. It returns the number of nodes, or -1
// when out is too small.
static long mpls_walk(const void *rootraw, const uint8_t *table, long ntable,
		uint8_t kerror, uint8_t kother, mpls_node *out, uintptr_t *ids, long cap,
		const mpls_node *prev_nodes, const uintptr_t *prev_ids, long nprev,
		uint32_t estart, uint32_t eold, uint32_t enew, long *reused) {
	mpls_prev pv = {prev_nodes, prev_ids, nprev, estart, eold, enew};
	const mpls_prev *prev = (prev_nodes && prev_ids && nprev > 0) ? &pv : NULL;
	mpls_TSNode root;
	memcpy(&root, rootraw, sizeof root);
	mpls_TSTreeCursor c = ts_tree_cursor_new(root);
	long k = 0;
	int32_t parent = -1;
	for (;;) {
		mpls_TSNode nd = ts_tree_cursor_current_node(&c);
		uint16_t sym = ts_node_symbol(nd);
		uint8_t kd;
		if (sym == 0xFFFF) kd = kerror;
		else if (sym < ntable) kd = table[sym];
		else kd = ts_node_is_named(nd) ? kother : 0;
		uint8_t flags = 0;
		if (kd == 0) {
			// a dropped token: only a MISSING one is kept
			if (ts_node_is_missing(nd)) {
				flags = 1;
				kd = kother;
			}
		}
		if (kd != 0) {
			uint32_t s = ts_node_start_byte(nd), e = ts_node_end_byte(nd);
			if (s == e && !flags && ts_node_is_missing(nd)) flags = 1;
			if (k >= cap) {
				ts_tree_cursor_delete(&c);
				return -1;
			}
			mpls_node *o = &out[k];
			o->kind = kd; o->flags = flags; o->pad = 0;
			o->start = s; o->end = e;
			o->parent = parent; o->first = -1; o->next = -1; o->last = -1;
			if (parent >= 0) {
				mpls_node *p = &out[parent];
				if (p->last >= 0) out[p->last].next = (int32_t)k; else p->first = (int32_t)k;
				p->last = (int32_t)k;
			}
			uintptr_t key = mpls_key(nd);
			if (ids) ids[k] = key;
			long r = k++;
			long j = (prev && !(key & 1)) ? mpls_find(prev, s, key, kd, flags, e - s) : -1;
			if (j >= 0) {
				const mpls_node *pn = prev->nodes;
				long end = prev->n;
				for (long a = j; a >= 0; a = pn[a].parent) {
					if (pn[a].next >= 0) { end = pn[a].next; break; }
				}
				if (r + (end - j) > cap) {
					ts_tree_cursor_delete(&c);
					return -1;
				}
				int64_t shift = (int64_t)s - (int64_t)pn[j].start;
				int32_t di = (int32_t)(r - j);
				o->first = pn[j].first >= 0 ? pn[j].first + di : -1;
				o->last = pn[j].last >= 0 ? pn[j].last + di : -1;
				for (long i = j + 1; i < end; i++) {
					mpls_node *d = &out[i + di];
					*d = pn[i];
					d->start = (uint32_t)((int64_t)d->start + shift);
					d->end = (uint32_t)((int64_t)d->end + shift);
					d->parent += di;
					if (d->first >= 0) d->first += di;
					if (d->next >= 0) d->next += di;
					if (d->last >= 0) d->last += di;
					if (ids) ids[i + di] = prev->ids[i];
				}
				k = r + (end - j);
				*reused += end - j;
			} else if (ts_tree_cursor_goto_first_child(&c)) {
				parent = (int32_t)r;
				continue;
			}
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				return k;
			}
			parent = parent >= 0 ? out[parent].parent : -1;
		}
	}
}
*/
import "C"

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is one kept syntax node. Its layout matches mpls_node above.
type Node struct {
	Kind   uint8
	Flags  uint8
	_      uint16
	Start  uint32
	End    uint32
	Parent int32
	First  int32 // first child, -1 if none
	Next   int32 // next sibling, -1 if none
	Last   int32 // last child, -1 if none
}

// Missing reports a zero-width MISSING token.
func (n *Node) Missing() bool { return n.Flags&1 != 0 }

// KindOf maps a node type to a caller's kind; 0 drops the node and its
// subtree (MISSING tokens in it aside, which are kept as kOther). named
// reports a named node type.
type KindOf func(typ string, named bool) uint8

// Walker flattens trees of one grammar family.
type Walker struct {
	kindOf         KindOf
	kError, kOther uint8
	tables         sync.Map // language pointer -> []uint8
	pool           sync.Pool
}

// NewWalker: kError marks ERROR nodes, kOther named nodes of types the
// table does not know (and MISSING tokens).
func NewWalker(kindOf KindOf, kError, kOther uint8) *Walker {
	w := &Walker{kindOf: kindOf, kError: kError, kOther: kOther}
	w.pool.New = func() any { return new([]Node) }
	return w
}

// rawNode copies the C TSNode out of a go-tree-sitter Node, after checking
// that the layout is the one this file was written for (the TSNode is the
// Node's first field): the start byte and the id must match what the public
// API reports. It returns false if anything looks different.
func rawNode(root *sitter.Node) (raw [8]uint32, ok bool) {
	if unsafe.Sizeof(*root) < unsafe.Sizeof(raw) {
		return raw, false
	}
	raw = *(*[8]uint32)(unsafe.Pointer(root))
	id := *(*uintptr)(unsafe.Pointer(&raw[4]))
	tree := *(*uintptr)(unsafe.Pointer(&raw[6]))
	if raw[0] != root.StartByte() || id != root.ID() || id == 0 || tree == 0 {
		return raw, false
	}
	return raw, true
}

func (w *Walker) table(raw *[8]uint32) []uint8 {
	lang := C.mpls_language(unsafe.Pointer(raw))
	if lang == nil {
		return nil
	}
	key := uintptr(lang)
	if t, ok := w.tables.Load(key); ok {
		return t.([]uint8)
	}
	n := int(C.mpls_symbol_count(lang))
	if n <= 0 || n > 0xFFFF {
		return nil
	}
	t := make([]uint8, n)
	for i := 0; i < n; i++ {
		name := C.mpls_symbol_name(lang, C.uint16_t(i))
		if name == nil {
			continue
		}
		typ := C.mpls_symbol_type(lang, C.uint16_t(i))
		if typ == 2 { // auxiliary: never visible
			continue
		}
		t[i] = w.kindOf(C.GoString(name), typ == 0)
	}
	w.tables.Store(key, t)
	return t
}

// prevWalk is a previous walk to copy reused subtrees from, and the edit
// since.
type prevWalk struct {
	nodes []Node
	ids   []uintptr
	e     Edit
}

// walkC is the C walk. ids, when not nil, receives each node's identity;
// prev, when not nil, is the walk to copy reused subtrees from. ok is false
// if the C walk is unavailable.
func (w *Walker) walkC(root *sitter.Node, srcLen int, buf []Node, ids *[]uintptr, prev *prevWalk) (out []Node, reused int, ok bool) {
	if C.mpls_available() == 0 {
		return buf, 0, false
	}
	raw, ok := rawNode(root)
	if !ok {
		return buf, 0, false
	}
	table := w.table(&raw)
	if len(table) == 0 {
		return buf, 0, false
	}
	want := srcLen/2 + 256
	var pn *C.mpls_node
	var pi *C.uintptr_t
	var np C.long
	var es, eo, en C.uint32_t
	if prev != nil && len(prev.nodes) > 0 && len(prev.ids) == len(prev.nodes) {
		want = max(want, len(prev.nodes)+len(prev.nodes)/4+256)
		pn, pi, np = (*C.mpls_node)(unsafe.Pointer(&prev.nodes[0])), (*C.uintptr_t)(unsafe.Pointer(&prev.ids[0])), C.long(len(prev.nodes))
		es, eo, en = C.uint32_t(prev.e.Start), C.uint32_t(prev.e.OldEnd), C.uint32_t(prev.e.NewEnd)
	}
	if cap(buf) < want {
		buf = make([]Node, want)
	}
	buf = buf[:cap(buf)]
	for {
		var idp *C.uintptr_t
		if ids != nil {
			if cap(*ids) < len(buf) {
				*ids = make([]uintptr, len(buf))
			}
			*ids = (*ids)[:len(buf)]
			idp = (*C.uintptr_t)(unsafe.Pointer(&(*ids)[0]))
		}
		var r C.long
		n := C.mpls_walk(unsafe.Pointer(&raw), (*C.uint8_t)(unsafe.Pointer(&table[0])), C.long(len(table)),
			C.uint8_t(w.kError), C.uint8_t(w.kOther),
			(*C.mpls_node)(unsafe.Pointer(&buf[0])), idp, C.long(len(buf)), pn, pi, np, es, eo, en, &r)
		if n >= 0 {
			if ids != nil {
				*ids = (*ids)[:n]
			}
			return buf[:n], int(r), true
		}
		buf = make([]Node, 2*len(buf))
	}
}

// WalkC flattens root with the C walk into buf's memory. ok is false if
// the C walk is unavailable (use WalkGo then).
func (w *Walker) WalkC(root *sitter.Node, srcLen int, buf []Node) ([]Node, bool) {
	out, _, ok := w.walkC(root, srcLen, buf, nil, nil)
	return out, ok
}

// WalkGo is the same walk through go-tree-sitter's public API: the
// fallback, and the reference the tests compare against.
func (w *Walker) WalkGo(root *sitter.Node, buf []Node) []Node {
	buf = buf[:0]
	kinds := map[sitter.Symbol]uint8{}
	c := sitter.NewTreeCursor(root)
	defer c.Close()
	parent := int32(-1)
	for {
		n := c.CurrentNode()
		sym := n.Symbol()
		kd, ok := kinds[sym]
		if !ok {
			if n.IsError() {
				kd = w.kError
			} else {
				kd = w.kindOf(n.Type(), n.IsNamed())
			}
			kinds[sym] = kd
		}
		s, e := n.StartByte(), n.EndByte()
		var flags uint8
		if s == e && n.IsMissing() {
			flags = 1
			if kd == 0 {
				kd = w.kOther
			}
		}
		if kd != 0 {
			k := int32(len(buf))
			buf = append(buf, Node{Kind: kd, Flags: flags, Start: s, End: e, Parent: parent, First: -1, Next: -1, Last: -1})
			if parent >= 0 {
				p := &buf[parent]
				if p.Last >= 0 {
					buf[p.Last].Next = k
				} else {
					p.First = k
				}
				p.Last = k
			}
			if c.GoToFirstChild() {
				parent = k
				continue
			}
		}
		for !c.GoToNextSibling() {
			if !c.GoToParent() {
				return buf
			}
			if parent >= 0 {
				parent = buf[parent].Parent
			}
		}
	}
}

// UseC selects the C walk (tests and benchmarks switch it off to compare).
var UseC = true

// Walk flattens root into buf's memory: the C walk, or the Go walk when
// UseC is off or the C walk is unavailable.
func (w *Walker) Walk(root *sitter.Node, srcLen int, buf []Node) []Node {
	if UseC {
		if nodes, ok := w.WalkC(root, srcLen, buf); ok {
			return nodes
		}
	}
	return w.WalkGo(root, buf)
}

// Flatten returns root's kept nodes in pre-order. Give the slice back with
// Release when done.
func (w *Walker) Flatten(root *sitter.Node, srcLen int) *[]Node {
	p := w.pool.Get().(*[]Node)
	*p = w.Walk(root, srcLen, *p)
	return p
}

// Release returns a slice from Flatten to the pool.
func (w *Walker) Release(p *[]Node) {
	if cap(*p) > 1<<22 {
		return
	}
	*p = (*p)[:0]
	w.pool.Put(p)
}

// Edit is the byte change from the text a Snapshot was walked from to the
// text walked now: [Start, OldEnd) became [Start, NewEnd).
type Edit struct{ Start, OldEnd, NewEnd int }

// Snapshot is the walk of one version of a document, kept so that the walk
// of the next version copies what the parser reused instead of visiting
// it. It holds a copy of the walked tree: the subtrees the identities in
// ids point at then stay alive and unchanged (an edit of a shared tree
// copies what it changes), so an equal identity in a later tree is the very
// same subtree. Close it when it is no longer needed: the copy holds C
// memory.
type Snapshot struct {
	mu    sync.Mutex
	tree  *sitter.Tree
	nodes []Node
	ids   []uintptr
	used  bool
	// spare is the memory of the walk before, for the next walk to fill
	spareNodes []Node
	spareIDs   []uintptr
	Reused     int // nodes copied from the previous snapshot (tests, metrics)
}

// Nodes is the flat tree of the snapshot, valid until the snapshot is used
// up by the next FlattenReusing. It is shared: do not modify it.
func (s *Snapshot) Nodes() []Node { return s.nodes }

// Close frees the snapshot's tree copy. Safe to call twice, and on nil.
func (s *Snapshot) Close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.used = true
	if s.tree != nil {
		s.tree.Close()
		s.tree = nil
	}
}

// take hands the snapshot's walk over to the next walk, once: a second
// caller (or one after Close) gets nothing.
func (s *Snapshot) take() (prev *prevWalk, tree *sitter.Tree, spareNodes []Node, spareIDs []uintptr) {
	if s == nil {
		return nil, nil, nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used || s.tree == nil {
		return nil, nil, nil, nil
	}
	s.used = true
	prev, tree = &prevWalk{nodes: s.nodes, ids: s.ids}, s.tree
	spareNodes, spareIDs = s.spareNodes, s.spareIDs
	s.tree, s.nodes, s.ids, s.spareNodes, s.spareIDs = nil, nil, nil, nil, nil
	return prev, tree, spareNodes, spareIDs
}

// FlattenReusing walks tree's root like Flatten and returns the walk as a
// Snapshot for the next call. prev is the snapshot of the version before
// edit e (or nil): its unchanged subtrees are copied, and it is used up
// (closed) by this call; a snapshot is reused at most once. The result does
// not depend on prev, only the time it takes.
func (w *Walker) FlattenReusing(tree *sitter.Tree, srcLen int, prev *Snapshot, e Edit) *Snapshot {
	pw, ptree, spareNodes, spareIDs := prev.take()
	if pw != nil && !(e.Start >= 0 && e.Start <= e.OldEnd && e.Start <= e.NewEnd) {
		pw = nil
	}
	if pw != nil {
		pw.e = e
	}
	out := &Snapshot{}
	root := tree.RootNode()
	if UseC {
		out.ids = spareIDs
		if nodes, reused, ok := w.walkC(root, srcLen, spareNodes, &out.ids, pw); ok {
			out.nodes, out.Reused = nodes, reused
			out.tree = tree.Copy()
			if pw != nil { // the memory of this walk's source is the next one's
				out.spareNodes, out.spareIDs = pw.nodes[:0], pw.ids[:0]
			}
		}
	}
	if out.tree == nil {
		out.nodes, out.ids = w.WalkGo(root, spareNodes), nil
	}
	if ptree != nil {
		ptree.Close()
	}
	return out
}
