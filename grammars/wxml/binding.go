// Package wxml is the tree-sitter grammar for mini-program templates
// (WeChat .wxml, Douyin .ttml, Alipay .axml, Baidu .swan, QQ .qml).
//
// The grammar is generated from grammar.js into src/parser.c; src/scanner.c
// is the hand-written external scanner. See README.md.
package wxml

//go:generate sh generate.sh

// #cgo CFLAGS: -std=c11 -fPIC -I${SRCDIR}/src
// const void *tree_sitter_wxml(void);
import "C"

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

var (
	langOnce sync.Once
	lang     *sitter.Language
)

// Language returns the WXML language. The value is created once and shared.
func Language() *sitter.Language {
	langOnce.Do(func() {
		lang = sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_wxml()))
	})
	return lang
}
