package source

/*
#include <stdint.h>

// Layout-compatible copies of tree-sitter's TSPoint and TSInputEdit (api.h
// of the runtime vendored by github.com/smacker/go-tree-sitter). The
// function is weak: it resolves at the final link against the runtime
// go-tree-sitter compiles in, and is NULL if that is missing.
typedef struct { uint32_t row, column; } mpls_TSPoint;
typedef struct {
	uint32_t start_byte, old_end_byte, new_end_byte;
	mpls_TSPoint start_point, old_end_point, new_end_point;
} mpls_TSInputEdit;

extern void ts_tree_edit(void *self, const mpls_TSInputEdit *edit) __attribute__((weak));

static int mpls_edit(void *tree, uint32_t sb, uint32_t ob, uint32_t nb,
		uint32_t sr, uint32_t sc, uint32_t orow, uint32_t oc, uint32_t nr, uint32_t nc) {
	if (!ts_tree_edit || !tree) return 0;
	mpls_TSInputEdit e = {sb, ob, nb, {sr, sc}, {orow, oc}, {nr, nc}};
	ts_tree_edit(tree, &e);
	return 1;
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// editTree is tree.Edit without go-tree-sitter's bug: its EditInput passes
// OldEndPoint as the new end point, so an edit that adds or removes lines
// leaves wrong rows and columns in the edited tree, and the incremental
// parse that reuses it can differ from a fresh one. It calls ts_tree_edit
// itself, on the TSTree pointer that is the first field of go-tree-sitter's
// BaseTree (checked against the root node's tree pointer); it falls back to
// tree.Edit if anything looks different.
func editTree(t *sitter.Tree, e sitter.EditInput) {
	if p := treePtr(t); p != nil && C.mpls_edit(p, C.uint32_t(e.StartIndex), C.uint32_t(e.OldEndIndex), C.uint32_t(e.NewEndIndex),
		C.uint32_t(e.StartPoint.Row), C.uint32_t(e.StartPoint.Column), C.uint32_t(e.OldEndPoint.Row), C.uint32_t(e.OldEndPoint.Column),
		C.uint32_t(e.NewEndPoint.Row), C.uint32_t(e.NewEndPoint.Column)) != 0 {
		return
	}
	t.Edit(e)
}

// treePtr is the C TSTree of t, or nil if the layout is not the expected
// one: a TSNode (the first field of a go-tree-sitter Node) ends with the
// pointer of its tree, which must equal BaseTree's first field.
func treePtr(t *sitter.Tree) unsafe.Pointer {
	if t == nil || t.BaseTree == nil {
		return nil
	}
	p := *(*unsafe.Pointer)(unsafe.Pointer(t.BaseTree))
	root := t.RootNode()
	if root == nil || unsafe.Sizeof(*root) < 32 {
		return nil
	}
	if *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(root), 24)) != p || p == nil {
		return nil
	}
	return p
}
