// Package parse knows which grammar reads which file and hands out parsers.
// Parsers are kept per language: a parser is not safe for concurrent use,
// and creating one per keystroke would waste time.
package parse

import (
	"context"
	"errors"
	"path"
	"runtime"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/typescript"
	tsjson "github.com/tree-sitter/tree-sitter-json/bindings/go"

	"mpls/grammars/wxml"
)

// Lang is the grammar a file is parsed with.
type Lang int

const (
	None Lang = iota
	Template
	JavaScript
	TypeScript
	JSON
)

func (l Lang) String() string {
	return [...]string{"none", "template", "javascript", "typescript", "json"}[l]
}

// IsScript reports whether l is a script grammar.
func (l Lang) IsScript() bool { return l == JavaScript || l == TypeScript }

// templateExts are the template dialects: WeChat, Douyin, Alipay, Baidu, QQ.
var templateExts = map[string]bool{".wxml": true, ".ttml": true, ".axml": true, ".swan": true, ".qml": true}

// IsTemplateExt reports whether ext (with dot) is a template dialect.
func IsTemplateExt(ext string) bool { return templateExts[strings.ToLower(ext)] }

// ByExt picks the grammar from a file name.
func ByExt(name string) Lang {
	ext := strings.ToLower(path.Ext(name))
	switch {
	case templateExts[ext]:
		return Template
	case ext == ".js" || ext == ".wxs" || ext == ".sjs" || ext == ".mjs" || ext == ".cjs":
		return JavaScript
	case ext == ".ts":
		return TypeScript
	case ext == ".json":
		return JSON
	}
	return None
}

// Detect picks the grammar from an editor's languageId, falling back to the
// file extension when the id is unknown (editors send "plaintext", "html"
// or ids of their own for templates).
func Detect(languageID, name string) Lang {
	switch strings.ToLower(languageID) {
	case "wxml", "ttml", "axml", "swan", "qml":
		return Template
	case "javascript", "wxs", "sjs":
		return JavaScript
	case "typescript":
		return TypeScript
	case "json", "jsonc":
		return JSON
	}
	return ByExt(name)
}

var (
	langOnce sync.Once
	langs    map[Lang]*sitter.Language
)

// Language returns the tree-sitter language for l (nil for None).
func Language(l Lang) *sitter.Language {
	langOnce.Do(func() {
		langs = map[Lang]*sitter.Language{
			Template:   wxml.Language(),
			JavaScript: javascript.GetLanguage(),
			TypeScript: typescript.GetLanguage(),
			JSON:       sitter.NewLanguage(tsjson.Language()),
		}
	})
	return langs[l]
}

// parsers keeps idle parsers per language: a bounded free list, not a
// sync.Pool, whose contents every GC drops: a dropped parser's C memory
// waits for its finalizer, and a scan that collects often would hold many.
type parsers struct {
	lang Lang
	free chan *sitter.Parser
}

var pools sync.Map // Lang -> *parsers

func pool(l Lang) *parsers {
	if p, ok := pools.Load(l); ok {
		return p.(*parsers)
	}
	p, _ := pools.LoadOrStore(l, &parsers{lang: l, free: make(chan *sitter.Parser, 2*runtime.GOMAXPROCS(0)+2)})
	return p.(*parsers)
}

func (p *parsers) get() *sitter.Parser {
	select {
	case ps := <-p.free:
		return ps
	default:
		ps := sitter.NewParser()
		ps.SetLanguage(Language(p.lang))
		return ps
	}
}

func (p *parsers) put(ps *sitter.Parser) {
	select {
	case p.free <- ps:
	default:
		ps.Close()
	}
}

// ErrNoGrammar is returned for files mpls has no grammar for.
var ErrNoGrammar = errors.New("no grammar for this file type")

// Parse parses src, reusing old (already edited with tree.Edit) when given.
// The caller owns the returned tree and must Close it.
func Parse(ctx context.Context, l Lang, old *sitter.Tree, src []byte) (*sitter.Tree, error) {
	if l == None {
		return nil, ErrNoGrammar
	}
	if l.IsScript() {
		src = asciiSpaces(src)
	}
	p := pool(l)
	ps := p.get()
	defer p.put(ps)
	t, err := ps.ParseCtx(ctx, old, src)
	if err != nil {
		ps.Reset()
		return nil, err
	}
	if t == nil {
		return nil, errors.New("parser returned no tree")
	}
	return t, nil
}
