package server

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"mpls/analysis/fix"
	"mpls/analysis/jsonv"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

type codeActionParams struct {
	TextDocument struct {
		URI protocol.DocumentURI `json:"uri"`
	} `json:"textDocument"`
	Range   text.Range `json:"range"`
	Context struct {
		Only []string `json:"only"`
	} `json:"context"`
}

type textEdit struct {
	Range   text.Range `json:"range"`
	NewText string     `json:"newText"`
}

type codeAction struct {
	Title       string          `json:"title"`
	Kind        string          `json:"kind"`
	Diagnostics []lspDiagnostic `json:"diagnostics,omitempty"`
	IsPreferred bool            `json:"isPreferred,omitempty"`
	Edit        *workspaceEdit  `json:"edit,omitempty"`
}

type workspaceEdit struct {
	Changes map[protocol.DocumentURI][]textEdit `json:"changes,omitempty"`
	// DocumentChanges is used only to create a file (mpls.json).
	DocumentChanges []any `json:"documentChanges,omitempty"`
}

func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return kind != "source.fixAll.mpls"
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

// codeAction offers each finding's fixes, a "disable for this line"
// action, and source.fixAll.mpls. Edits are computed eagerly: clients
// without codeAction/resolve get working actions.
func (s *Server) codeAction(ctx context.Context, raw json.RawMessage) (any, error) {
	var p codeActionParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, invalidParams(err)
	}
	abs, err := uriPath(p.TextDocument.URI)
	if err != nil {
		return []codeAction{}, nil
	}
	if d := s.doc(p.TextDocument.URI); d != nil {
		wctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		d.current(wctx)
		cancel()
	}
	pr, unit, fs := s.ws.findings(abs)
	out := []codeAction{}
	if unit == nil || unit.Index == nil {
		return out, nil
	}
	loc := s.loc()
	sel := unit.Index.SpanOf(p.Range)
	if wants(p.Context.Only, "quickfix") {
		for _, f := range fs {
			if !f.Span.Overlaps(sel) {
				continue
			}
			diag := s.diagnostics(unit, []rule.Finding{f})
			for _, fx := range f.Fixes {
				if fix.Applied(unit.Text, fx) {
					continue
				}
				we := s.workspaceEdit(pr, unit, fx.Edits)
				if we == nil {
					continue
				}
				out = append(out, codeAction{Title: fx.Title.In(loc), Kind: "quickfix", Diagnostics: diag, IsPreferred: fx.Preferred, Edit: we})
			}
			if dis := disableComment(unit, f); dis != nil {
				out = append(out, codeAction{
					Title:       rule.Msg{Zh: "在此行禁用 " + f.Rule, En: "Disable " + f.Rule + " for this line"}.In(loc),
					Kind:        "quickfix",
					Diagnostics: diag,
					Edit:        s.workspaceEdit(pr, unit, []rule.Edit{*dis}),
				})
			} else if we := s.disableInConfig(pr, f.Rule); we != nil {
				out = append(out, codeAction{
					Title:       rule.Msg{Zh: "在 mpls.json 中关闭 " + f.Rule + "（整个项目）", En: "Turn " + f.Rule + " off in mpls.json (whole project)"}.In(loc),
					Kind:        "quickfix",
					Diagnostics: diag,
					Edit:        we,
				})
			}
		}
	}
	if wants(p.Context.Only, "source.fixAll.mpls") {
		edits := fix.AllRounds(unit.Path, unit.Text, fs, func(txt []byte) []rule.Finding { return s.ws.recheck(pr, unit, txt) })
		if len(edits) > 0 {
			out = append(out, codeAction{Title: rule.Msg{Zh: "修复所有 mpls 可自动修复的问题", En: "Fix all auto-fixable mpls problems"}.In(loc), Kind: "source.fixAll.mpls", Edit: s.workspaceEdit(pr, unit, edits)})
		}
	}
	s.log.Debug("codeAction", zap.String("path", unit.Path), zap.Int32("version", unit.Version), zap.Int("findings", len(fs)), zap.Int("actions", len(out)), zap.Strings("only", p.Context.Only))
	return out, nil
}

func (s *Server) resolveCodeAction(ctx context.Context, raw json.RawMessage) (any, error) {
	var a map[string]any
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, invalidParams(err)
	}
	return a, nil // actions carry their edits already
}

// workspaceEdit converts byte edits to LSP text edits, per file.
func (s *Server) workspaceEdit(p *proj, u *rule.Unit, edits []rule.Edit) *workspaceEdit {
	we := &workspaceEdit{Changes: map[protocol.DocumentURI][]textEdit{}}
	on := map[protocol.DocumentURI]*rule.Unit{} // the unit each file's ranges come from
	for _, e := range edits {
		target := u
		path := u.Path
		if e.Path != "" && e.Path != u.Path {
			s.ws.mu.Lock()
			target = p.units[e.Path]
			s.ws.mu.Unlock()
			path = e.Path
			if target == nil || target.Index == nil {
				return nil
			}
		}
		key := uri.File(filepath.Join(p.root, filepath.FromSlash(path)))
		we.Changes[key] = append(we.Changes[key], textEdit{Range: target.Index.Range(e.Span), NewText: e.NewText})
		on[key] = target
	}
	for k := range we.Changes {
		sort.SliceStable(we.Changes[k], func(i, j int) bool {
			a, b := we.Changes[k][i].Range.Start, we.Changes[k][j].Range.Start
			return a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character)
		})
	}
	s.mu.Lock()
	versioned := s.caps.documentChanges
	s.mu.Unlock()
	if versioned {
		return s.versionedEdit(we, on)
	}
	return we
}

// versionedEdit turns we into documentChanges whose edits name the version
// of each open document they were computed on: a client that has moved on
// (a keystroke between the code action and its application) refuses the
// edit instead of applying it at stale positions. Files not open get a null
// version (the disk).
func (s *Server) versionedEdit(we *workspaceEdit, on map[protocol.DocumentURI]*rule.Unit) *workspaceEdit {
	keys := make([]string, 0, len(we.Changes))
	for k := range we.Changes {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	out := &workspaceEdit{}
	for _, k := range keys {
		var version any // null: not open
		if abs, err := uriPath(protocol.DocumentURI(k)); err == nil && s.ws.isOpen(abs) && on[protocol.DocumentURI(k)] != nil {
			version = on[protocol.DocumentURI(k)].Version
		}
		out.DocumentChanges = append(out.DocumentChanges, map[string]any{
			"textDocument": map[string]any{"uri": k, "version": version},
			"edits":        we.Changes[protocol.DocumentURI(k)],
		})
	}
	return out
}

// disableComment is the edit that inserts an mpls-disable-next-line
// comment above the finding, indented like that line. JSON has no
// comments, so nothing is offered there.
func disableComment(u *rule.Unit, f rule.Finding) *rule.Edit {
	var open, close string
	switch u.Lang {
	case parse.Template:
		open, close = "<!-- ", " -->"
	case parse.JavaScript, parse.TypeScript:
		open = "// "
	default:
		return nil
	}
	line := u.Index.LineOf(f.Span.Start)
	start := u.Index.LineStart(line)
	indent := start
	for indent < len(u.Text) && (u.Text[indent] == ' ' || u.Text[indent] == '\t') {
		indent++
	}
	eol := "\n"
	if i := strings.IndexByte(string(u.Text), '\n'); i > 0 && u.Text[i-1] == '\r' {
		eol = "\r\n"
	}
	txt := string(u.Text[start:indent]) + open + "mpls-disable-next-line " + f.Rule + close + eol
	return &rule.Edit{Span: text.Span{Start: start, End: start}, NewText: txt}
}

// disableInConfig turns rule id off in the project's mpls.json: JSON has
// no comments, so a finding in app.json cannot be silenced for its line.
// The file is edited in its own style, or created when the client can
// create files; a broken mpls.json is left alone.
func (s *Server) disableInConfig(p *proj, id string) *workspaceEdit {
	if p == nil || p.root == "" {
		return nil
	}
	// the innermost mpls.json the project reads (it wins over those
	// above it), else a new one at the project root
	abs := filepath.Join(p.root, "mpls.json")
	if m := s.ws.modelOf(p); m != nil {
		for _, cf := range m.ConfigFiles {
			if cf.File != nil && cf.File.Abs != "" {
				abs = cf.File.Abs
			}
		}
	}
	key := uri.File(abs)
	src, err := s.readOverlay(abs)
	if err != nil {
		s.mu.Lock()
		create := s.caps.createFiles
		s.mu.Unlock()
		if !os.IsNotExist(err) || !create {
			return nil
		}
		body := "{\n  \"rules\": {\n    " + jsonv.Quote(id) + ": \"off\"\n  }\n}\n"
		return &workspaceEdit{DocumentChanges: []any{
			map[string]any{"kind": "create", "uri": key, "options": map[string]any{"ignoreIfExists": true}},
			map[string]any{"textDocument": map[string]any{"uri": key, "version": nil}, "edits": []textEdit{{NewText: body}}},
		}}
	}
	v, errs := jsonv.ParseBytes(src)
	if len(errs) > 0 || !v.IsObject() {
		return nil
	}
	var span text.Span
	var newText string
	switch rules := v.Get("rules"); {
	case rules == nil:
		span, newText = jsonv.InsertMember(src, v, "rules", "{"+jsonv.Quote(id)+": \"off\"}")
	case rules.IsObject() && rules.Get(id) != nil:
		span, newText = jsonv.ReplaceValue(src, rules.Get(id), `"off"`)
	case rules.IsObject():
		span, newText = jsonv.InsertMember(src, rules, id, `"off"`)
	default:
		return nil
	}
	if newText == "" {
		return nil
	}
	ix := text.NewIndex(src)
	return &workspaceEdit{Changes: map[protocol.DocumentURI][]textEdit{key: {{Range: ix.Range(span), NewText: newText}}}}
}
