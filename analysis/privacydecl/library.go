package privacydecl

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"mpls/analysis/parse"
	"mpls/analysis/privacy"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/source"
	"mpls/analysis/template"
)

// The packages a project ships (miniprogram_npm/, node_modules/, and the
// libraries vendored into its sources, which mpls check leaves out) count:
// WeChat's own privacy scan reads them, so a component library that calls
// chooseImage makes Album required. They are not project files (mpls
// check leaves them out), so they are scanned here, once per project,
// and the hits kept until a library folder changes (its modification
// time: npm and the developer tools' "构建 npm" rewrite it).
//
// A file is parsed only when its text names something in the privacy
// table, which keeps a large node_modules cheap.

type libEntry struct {
	sig  string
	hits []hit
}

var (
	libMu    sync.Mutex
	libCache = map[string]*libEntry{}
)

func libraryHits(env *rule.Env) []hit {
	p := env.Project
	if p == nil || p.Root == "" {
		return nil
	}
	sig := librarySig(p)
	if sig == "" {
		return nil
	}
	key := p.Root + "\x00" + env.Namespace
	libMu.Lock()
	defer libMu.Unlock()
	if e := libCache[key]; e != nil && e.sig == sig {
		return e.hits
	}
	hs := scanLibraries(p, env.Namespace)
	libCache[key] = &libEntry{sig: sig, hits: hs}
	return hs
}

// librarySig names the library folders of a project with their
// modification times; "" when it has none.
func librarySig(p *project.Project) string {
	dirs := []string{""}
	if p.App != nil {
		for _, sp := range p.App.Subpackages {
			if r := strings.Trim(sp.Root.Value, "/"); r != "" {
				dirs = append(dirs, r)
			}
		}
	}
	var b strings.Builder
	for _, d := range dirs {
		for _, lib := range []string{"miniprogram_npm", "node_modules"} {
			abs := filepath.Join(p.Root, filepath.FromSlash(path.Join(d, lib)))
			st, err := os.Stat(abs)
			if err != nil || !st.IsDir() {
				continue
			}
			b.WriteString(abs)
			b.WriteByte('@')
			b.WriteString(strconv.FormatInt(st.ModTime().UnixNano(), 10))
			b.WriteByte(';')
		}
	}
	// Libraries copied into the sources, which the file listing left out.
	for _, sk := range p.Skipped() {
		if sk.Kind != project.SkipVendored {
			continue
		}
		if st, err := os.Stat(sk.Abs); err == nil {
			b.WriteString(sk.Abs)
			b.WriteByte('@')
			b.WriteString(strconv.FormatInt(st.ModTime().UnixNano(), 10))
			b.WriteByte(';')
		}
	}
	return b.String()
}

// needles are what a library file must contain to be worth parsing.
var needles = func() [][]byte {
	seen := map[string]bool{}
	var out [][]byte
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, []byte(s))
		}
	}
	for _, a := range privacy.APIs {
		n := a.Name
		switch {
		case strings.HasPrefix(n, "<input"):
			add("nickname")
		case strings.HasPrefix(n, "<"):
			add(strings.Trim(n, "<>"))
		case strings.HasPrefix(n, "open-type="):
			add(strings.TrimPrefix(n, "open-type="))
		case strings.Contains(n, "."):
			i := strings.IndexByte(n, '.')
			add(n[:i]) // getRecorderManager, MapContext
			if n[:i] == "MapContext" {
				add("createMapContext")
			}
		default:
			add(n)
		}
	}
	return out
}()

func worthParsing(src []byte) bool {
	for _, n := range needles {
		if bytes.Contains(src, n) {
			return true
		}
	}
	return false
}

// scanLibraries parses the library files that name a privacy API.
func scanLibraries(p *project.Project, ns string) []hit {
	var out []hit
	for _, rel := range project.LibraryFiles(p) {
		lang := parse.ByExt(rel)
		if lang != parse.JavaScript && lang != parse.TypeScript && lang != parse.Template {
			continue
		}
		src, err := os.ReadFile(filepath.Join(p.Root, filepath.FromSlash(rel)))
		if err != nil || len(src) > source.MaxBytes || !worthParsing(src) {
			continue
		}
		out = append(out, libraryFileHits(rel, lang, src, ns)...)
	}
	return out
}

func libraryFileHits(rel string, lang parse.Lang, src []byte, ns string) []hit {
	f := source.New(rel, lang, 0, src)
	defer f.Close()
	if f.Tree == nil {
		return nil
	}
	u := &rule.Unit{Path: rel, Lang: lang, Text: f.Text, Index: f.Index}
	root := f.Tree.RootNode()
	if lang == parse.Template {
		u.Template = template.Analyze(root, f.Text)
	} else {
		u.Script = script.Analyze(root, f.Text, script.Options{Namespaces: []string{ns, "uni", "Taro"}})
	}
	hs := unitHits(u, true)
	for i := range hs {
		hs[i].call = nil // the facts are not kept
	}
	return hs
}
