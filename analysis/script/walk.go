package script

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/flat"
)

// node is one kept syntax node: flat.Node with the kind typed. The layouts
// are identical (checked in init), so a []flat.Node is read as a []node
// without copying.
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

func init() {
	var a node
	var b flat.Node
	if unsafe.Sizeof(a) != unsafe.Sizeof(b) || unsafe.Offsetof(a.start) != unsafe.Offsetof(b.Start) ||
		unsafe.Offsetof(a.parent) != unsafe.Offsetof(b.Parent) || unsafe.Offsetof(a.last) != unsafe.Offsetof(b.Last) {
		panic("script.node and flat.Node differ")
	}
}

// asNodes and asFlat keep the capacity: the pooled buffers are reused.
func asNodes(ns []flat.Node) []node {
	if cap(ns) == 0 {
		return nil
	}
	return unsafe.Slice((*node)(unsafe.Pointer(&ns[:1][0])), cap(ns))[:len(ns)]
}

func asFlat(ns []node) []flat.Node {
	if cap(ns) == 0 {
		return nil
	}
	return unsafe.Slice((*flat.Node)(unsafe.Pointer(&ns[:1][0])), cap(ns))[:len(ns)]
}

// walker is the script grammars' flattener (the one C walk of
// analysis/flat, with this package's kinds).
var walker = flat.NewWalker(func(typ string, named bool) uint8 { return uint8(kindOf(typ, named)) }, uint8(kError), uint8(kOther))

// useCWalk selects the walk in C; the Go walk is the fallback (and the
// reference the tests compare against).
var useCWalk = true

// walkC builds the flat tree with one C call. ok is false if the C walk is
// unavailable (the fallback then runs).
func walkC(root *sitter.Node, srcLen int, buf []node) ([]node, bool) {
	out, ok := walker.WalkC(root, srcLen, asFlat(buf))
	return asNodes(out), ok
}

// walkGo builds the same flat tree through go-tree-sitter's API.
func walkGo(root *sitter.Node, buf []node) []node {
	return asNodes(walker.WalkGo(root, asFlat(buf)))
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
	s.tables(len(s.nodes))
	return s
}

// tables sizes and zeroes the per-node tables for n nodes.
func (s *scratch) tables(n int) {
	s.unitOf = grow32(s.unitOf, n)
	s.role = grow8(s.role, n)
	s.ctx = grow8(s.ctx, n)
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
	if cap(s.nodes) > 1<<22 || cap(s.unitOf) > 1<<22 { // do not keep huge buffers around
		return
	}
	scratchPool.Put(s)
}
