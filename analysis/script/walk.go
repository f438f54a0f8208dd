package script

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

// mpls_walk records the subtree under rootraw in pre-order into out,
// keeping nodes whose table entry is non-zero (named nodes and a few
// operator tokens), ERROR nodes and MISSING tokens, with parent / first
// child / next sibling links. It returns the number of nodes, or -1 when
// out is too small.
static long mpls_walk(const void *rootraw, const uint8_t *table, long ntable,
		uint8_t kerror, uint8_t kother, mpls_node *out, long cap) {
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
		uint32_t s = 0, e = 0;
		if (kd == 0) {
			// a dropped token: only a MISSING one is kept
			if (ts_node_is_missing(nd)) {
				flags = 1;
				kd = kother;
			}
		}
		if (kd != 0) {
			s = ts_node_start_byte(nd);
			e = ts_node_end_byte(nd);
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
			k++;
			if (ts_tree_cursor_goto_first_child(&c)) {
				parent = (int32_t)(k - 1);
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

// node is one kept syntax node. Its layout matches mpls_node above.
type node struct {
	kind   kind
	flags  uint8
	_      uint16
	start  uint32
	end    uint32
	parent int32
	first  int32 // first child, -1 if none
	next   int32 // next sibling, -1 if none
	last   int32 // last child, -1 if none
}

const flagMissing = 1

// useCWalk selects the walk in C; the Go walk is the fallback (and the
// reference the tests compare against).
var useCWalk = true

var langTables sync.Map // language pointer (uintptr) -> []uint8

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

func symbolTable(raw *[8]uint32) []uint8 {
	lang := C.mpls_language(unsafe.Pointer(raw))
	if lang == nil {
		return nil
	}
	key := uintptr(lang)
	if t, ok := langTables.Load(key); ok {
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
		t[i] = uint8(kindOf(C.GoString(name), typ == 0))
	}
	langTables.Store(key, t)
	return t
}

// walkC builds the flat tree with one C call. ok is false if the C walk is
// unavailable (the fallback then runs).
func walkC(root *sitter.Node, srcLen int, buf []node) ([]node, bool) {
	if C.mpls_available() == 0 {
		return buf, false
	}
	raw, ok := rawNode(root)
	if !ok {
		return buf, false
	}
	table := symbolTable(&raw)
	if len(table) == 0 {
		return buf, false
	}
	want := srcLen/2 + 256
	if cap(buf) < want {
		buf = make([]node, want)
	}
	buf = buf[:cap(buf)]
	for {
		n := C.mpls_walk(unsafe.Pointer(&raw), (*C.uint8_t)(unsafe.Pointer(&table[0])), C.long(len(table)),
			C.uint8_t(kError), C.uint8_t(kOther),
			(*C.mpls_node)(unsafe.Pointer(&buf[0])), C.long(len(buf)))
		if n >= 0 {
			return buf[:n], true
		}
		buf = make([]node, 2*len(buf))
	}
}

// walkGo builds the same flat tree through go-tree-sitter's API: a
// TreeCursor walk. Slower (every CurrentNode allocates), but needs nothing
// outside the public API.
func walkGo(root *sitter.Node, buf []node) []node {
	buf = buf[:0]
	kinds := map[sitter.Symbol]kind{}
	c := sitter.NewTreeCursor(root)
	defer c.Close()
	parent := int32(-1)
	for {
		n := c.CurrentNode()
		sym := n.Symbol()
		kd, ok := kinds[sym]
		if !ok {
			if n.IsError() {
				kd = kError
			} else {
				kd = kindOf(n.Type(), n.IsNamed())
			}
			kinds[sym] = kd
		}
		s, e := n.StartByte(), n.EndByte()
		var flags uint8
		if s == e && n.IsMissing() {
			flags = flagMissing
			if kd == kDrop {
				kd = kOther
			}
		}
		if kd != kDrop {
			k := int32(len(buf))
			buf = append(buf, node{kind: kd, flags: flags, start: s, end: e, parent: parent, first: -1, next: -1, last: -1})
			if parent >= 0 {
				p := &buf[parent]
				if p.last >= 0 {
					buf[p.last].next = k
				} else {
					p.first = k
				}
				p.last = k
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
				parent = buf[parent].parent
			}
		}
	}
}

// scratch is the per-call working memory, pooled: the flat tree and the
// per-node tables of the analysis.
type scratch struct {
	nodes  []node
	unitOf []int32
	role   []uint8
	ctx    []uint8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// flatten returns the flat tree of root in pooled scratch memory (give it
// back with release), with zeroed per-node tables.
func flatten(root *sitter.Node, srcLen int) *scratch {
	s := scratchPool.Get().(*scratch)
	ok := false
	if useCWalk {
		s.nodes, ok = walkC(root, srcLen, s.nodes)
	}
	if !ok {
		s.nodes = walkGo(root, s.nodes)
	}
	n := len(s.nodes)
	s.unitOf = grow32(s.unitOf, n)
	s.role = grow8(s.role, n)
	s.ctx = grow8(s.ctx, n)
	return s
}

func grow32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func grow8(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func release(s *scratch) {
	if cap(s.nodes) > 1<<22 { // do not keep huge buffers around
		return
	}
	scratchPool.Put(s)
}
