package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// fixAction is a code action with the diagnostics it answers.
type fixAction struct {
	Title       string
	Kind        string
	IsPreferred bool
	Diagnostics []diag
	Edit        struct {
		Changes map[string][]textEdit
	}
}

// openDoc is a document the test client holds open, as an editor does.
type openDoc struct {
	uri, rel string
	text     string
	orig     string
	version  int
}

// fixSession drives one fixture project through the server: every source
// file open, the latest publish of each kept.
type fixSession struct {
	t      *testing.T
	root   string // the copy on disk, which the editor never writes
	c      *client
	docs   map[string]*openDoc // by path relative to the project
	latest map[string]publish  // by rel
}

var langOf = map[string]string{
	".wxml": "wxml", ".ttml": "ttml", ".axml": "axml", ".swan": "swan", ".qml": "qml",
	".js": "javascript", ".ts": "typescript", ".wxs": "javascript", ".sjs": "javascript", ".json": "json",
}

// TestFixCasesThroughLSP applies every fix fixture of the rule tests
// (testdata/rules/<area>/<rule>/<case>/fixed) through the real server as
// an editor does: every file open, the findings of the rule taken from
// the publishes, the quick fix asked for with textDocument/codeAction at
// the finding's range, its workspace edit sent back as incremental
// didChange notifications (to app.json too when the fix edits it), one
// fix at a time, until no finding of the rule offers one. The texts must
// then equal fixed/ exactly (files without a fixed/ copy unchanged), no
// syntax error may appear, and no fix may be offered again.
func TestFixCasesThroughLSP(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/rules/*/*/*/fixed")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 40 {
		t.Fatalf("only %d fix fixtures found", len(dirs))
	}
	for _, fixed := range dirs {
		caseDir := filepath.Dir(fixed)
		ruleDir := filepath.Dir(caseDir)
		id := filepath.Base(filepath.Dir(ruleDir)) + "/" + filepath.Base(ruleDir)
		t.Run(id+"/"+filepath.Base(caseDir), func(t *testing.T) {
			t.Parallel()
			fixCaseLSP(t, caseDir, id)
		})
	}
}

// openCase copies a fixture project (less fixed/ and expected.txt),
// starts a server on it and opens every source file, as an editor with all
// of them in tabs.
func openCase(t *testing.T, caseDir string) *fixSession {
	root := t.TempDir()
	s := &fixSession{t: t, root: root, docs: map[string]*openDoc{}, latest: map[string]publish{}}
	err := filepath.WalkDir(caseDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(caseDir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "fixed" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(root, rel), 0o755)
		}
		if rel == "expected.txt" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.WriteFile(target, b, 0o644); err != nil {
			return err
		}
		if _, ok := langOf[filepath.Ext(rel)]; ok {
			s.docs[rel] = &openDoc{uri: fileURI(target), rel: rel, text: string(b), orig: string(b), version: 1}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.c = startServer(t)
	s.c.initialize(root, nil)
	for _, d := range s.sorted() {
		s.c.open(d.uri, langOf[filepath.Ext(d.rel)], d.version, d.text)
	}
	for _, d := range s.sorted() {
		s.waitVersion(d)
	}
	s.settle()
	return s
}

func fixCaseLSP(t *testing.T, caseDir, id string) {
	s := openCase(t, caseDir)
	applied := 0
	for {
		a := s.nextFix(id)
		if a == nil {
			break
		}
		if applied++; applied > 40 {
			t.Fatalf("%s: fixes keep coming (last %q): a fix that does not remove its finding", id, a.Title)
		}
		s.apply(a)
	}
	if applied == 0 {
		t.Fatalf("%s: no quick fix offered through LSP", id)
	}

	for _, d := range s.sorted() {
		want := d.orig
		if b, err := os.ReadFile(filepath.Join(caseDir, "fixed", filepath.FromSlash(d.rel))); err == nil {
			want = string(b)
		}
		if d.text != want {
			t.Errorf("%s after the fixes through LSP:\n%s\nwant (fixed/%s):\n%s", d.rel, d.text, d.rel, want)
		}
		for _, dg := range s.latest[d.rel].Diagnostics {
			if dg.Code == "syntax/parse-error" {
				t.Errorf("%s no longer parses after the fixes: %+v\n%s", d.rel, dg, d.text)
			}
		}
	}
	// every fixed/ file must be one the fixes touched
	_ = filepath.WalkDir(filepath.Join(caseDir, "fixed"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(caseDir, "fixed"), p)
		if s.docs[filepath.ToSlash(rel)] == nil {
			t.Errorf("fixed/%s names no file of the case", rel)
		}
		return nil
	})
}

func (s *fixSession) sorted() []*openDoc {
	var out []*openDoc
	for _, d := range s.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out
}

func (s *fixSession) byURI(u string) *openDoc {
	p := uriFile(u)
	for _, d := range s.docs {
		if uriFile(d.uri) == p {
			return d
		}
	}
	return nil
}

// take records a message: publishes of open documents at their current
// version replace what was known.
func (s *fixSession) take(m message) {
	if m.Method != "textDocument/publishDiagnostics" {
		return
	}
	var p publish
	if err := json.Unmarshal(m.Params, &p); err != nil {
		s.t.Fatalf("bad publish %s: %v", m.Params, err)
	}
	d := s.byURI(p.URI)
	if d == nil || p.Version == nil || *p.Version != d.version {
		return // an unopened file, or a publish for an older text
	}
	s.latest[d.rel] = p
}

// waitVersion waits for a publish of d at its current version.
func (s *fixSession) waitVersion(d *openDoc) {
	s.t.Helper()
	p := s.c.waitPublish(d.uri, d.version)
	s.latest[d.rel] = p
}

// settle takes every message until the server has been quiet for a
// moment: project findings of other documents follow an edit.
func (s *fixSession) settle() {
	for _, m := range s.c.pending {
		s.take(m)
	}
	s.c.pending = nil
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case m, ok := <-s.c.msgs:
			if !ok {
				s.t.Fatalf("server closed the connection")
			}
			s.take(m)
		case <-time.After(300 * time.Millisecond):
			return
		}
	}
	s.t.Fatalf("the server never went quiet")
}

// nextFix returns the first quick fix (not a suppression) offered for a
// published finding of rule id, in document and position order.
func (s *fixSession) nextFix(id string) *fixAction {
	for _, d := range s.sorted() {
		for _, dg := range s.latest[d.rel].Diagnostics {
			if dg.Code != id {
				continue
			}
			r := s.c.call("textDocument/codeAction", map[string]any{
				"textDocument": map[string]any{"uri": d.uri},
				"range":        dg.Range,
				"context":      map[string]any{"diagnostics": []any{dg}, "only": []string{"quickfix"}},
			})
			if r.Error != nil {
				s.t.Fatalf("codeAction: %s", r.Error.Message)
			}
			var as []fixAction
			if err := json.Unmarshal(r.Result, &as); err != nil {
				s.t.Fatalf("codeAction result %s: %v", r.Result, err)
			}
			for i := range as {
				a := &as[i]
				if a.Kind != "quickfix" || !answers(a, dg) || suppression(a) {
					continue
				}
				if len(a.Edit.Changes) == 0 {
					s.t.Fatalf("action %q has no edit (clients without resolve could not apply it)", a.Title)
				}
				return a
			}
		}
	}
	return nil
}

func answers(a *fixAction, dg diag) bool {
	for _, x := range a.Diagnostics {
		if x.Code == dg.Code && x.Range == dg.Range {
			return true
		}
	}
	return false
}

func suppression(a *fixAction) bool {
	for _, es := range a.Edit.Changes {
		for _, e := range es {
			if strings.Contains(e.NewText, "mpls-disable") {
				return true
			}
		}
	}
	return false
}

// apply sends the action's edits as an editor applies a workspace edit:
// per document, one didChange with the edits from the bottom up.
func (s *fixSession) apply(a *fixAction) {
	s.t.Helper()
	var changed []*openDoc
	for u, edits := range a.Edit.Changes {
		d := s.byURI(u)
		if d == nil {
			s.t.Fatalf("fix %q edits %s, which is not a file of the project", a.Title, u)
		}
		for i := 1; i < len(edits); i++ {
			p, q := edits[i-1].Range.End, edits[i].Range.Start
			if p.Line > q.Line || p.Line == q.Line && p.Character > q.Character {
				s.t.Fatalf("fix %q: overlapping or unsorted edits %+v", a.Title, edits)
			}
		}
		if len(edits) == 1 && edits[0].Range.Start.Line == 0 && edits[0].Range.Start.Character == 0 && offsetOf(d.text, edits[0].Range.End.Line, edits[0].Range.End.Character) == len(d.text) && len(d.text) > 200 {
			s.t.Errorf("fix %q rewrites the whole of %s: edits must be minimal", a.Title, d.rel)
		}
		var changes []map[string]any
		for i := len(edits) - 1; i >= 0; i-- {
			changes = append(changes, map[string]any{"range": edits[i].Range, "text": edits[i].NewText})
		}
		d.text = applyEdits(d.text, edits)
		d.version++
		s.c.change(d.uri, d.version, changes...)
		changed = append(changed, d)
	}
	for _, d := range changed {
		s.waitVersion(d)
	}
	s.settle()
}

// TestFixAllThroughLSP asks source.fixAll.mpls for every open document of
// a page with many findings (testdata/fixall: CRLF, tabs,
// emoji, a consent prompt wrapping a statement whose http:// URL has its
// own fix), of testdata/example (check --fix's golden) and of every fix
// fixture: one consistent edit (sorted, no
// overlap), applied as a didChange, after which the document still parses
// and fix-all has nothing left to offer, so no safe fix is left behind;
// and every text is then the one `mpls check --fix` writes on the same
// project (one planner behind both).
func TestFixAllThroughLSP(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/rules/*/*/*/fixed")
	cases := []string{"../testdata/fixall", "../testdata/example"}
	for _, d := range dirs {
		cases = append(cases, filepath.Dir(d))
	}
	for _, dir := range cases {
		name := strings.TrimPrefix(filepath.ToSlash(dir), "../testdata/")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := openCase(t, dir)
			for _, d := range s.sorted() {
				a := s.fixAll(d)
				if a == nil {
					continue
				}
				s.apply(a)
				if again := s.fixAll(d); again != nil {
					t.Errorf("%s: fix-all left safe fixes behind: %+v\n%s", d.rel, again.Edit.Changes, d.text)
				}
				for _, dg := range s.latest[d.rel].Diagnostics {
					if dg.Code == "syntax/parse-error" {
						t.Errorf("%s no longer parses after fix-all: %+v\n%s", d.rel, dg, d.text)
					}
				}
			}
			s.sameAsCheckFix()
			if name != "fixall" {
				return
			}
			js, tmpl := s.docs["pages/shop/shop.js"].text, s.docs["pages/shop/shop.wxml"].text
			for _, want := range []string{"\t\twx.showModal({\r\n", "'https://api.example.com/stores'", "// 门店页 🏪\r\n"} {
				if !strings.Contains(js, want) {
					t.Errorf("shop.js after fix-all lacks %q:\n%s", want, js)
				}
			}
			if strings.Contains(js, "autoplay = true") || strings.Contains(tmpl, "autoplay") {
				t.Errorf("autoplay left after fix-all:\n%s\n%s", js, tmpl)
			}
			if !strings.Contains(tmpl, ">手机号授权登录</button>\r\n") || !strings.Contains(tmpl, "🎉") {
				t.Errorf("shop.wxml after fix-all:\n%s", tmpl)
			}
			// app.json: the fuzzy API the code does not use goes, the
			// undeclared chooseLocation comes, both on one array
			if app := s.docs["app.json"].text; !strings.Contains(app, `"requiredPrivateInfos": ["getLocation", "chooseLocation"]`) {
				t.Errorf("app.json after fix-all:\n%s", app)
			}
		})
	}
}

func (s *fixSession) fixAll(d *openDoc) *fixAction {
	s.t.Helper()
	r := s.c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": d.uri},
		"range":        rng(0, 0, 0, 0),
		"context":      map[string]any{"diagnostics": []any{}, "only": []string{"source.fixAll.mpls"}},
	})
	if r.Error != nil {
		s.t.Fatalf("codeAction: %s", r.Error.Message)
	}
	var as []fixAction
	if err := json.Unmarshal(r.Result, &as); err != nil {
		s.t.Fatalf("codeAction result %s: %v", r.Result, err)
	}
	if len(as) > 1 {
		s.t.Fatalf("%d fix-all actions", len(as))
	}
	if len(as) == 0 {
		return nil
	}
	for u := range as[0].Edit.Changes {
		if s.byURI(u) != d {
			s.t.Fatalf("fix-all of %s edits another file: %s", d.rel, u)
		}
	}
	return &as[0]
}
