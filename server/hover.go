package server

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mpls/analysis/engine"
	"mpls/analysis/ruledoc"
	"mpls/analysis/text"
)

type positionParams struct {
	TextDocument struct {
		URI protocol.DocumentURI `json:"uri"`
	} `json:"textDocument"`
	Position text.Position `json:"position"`
}

// hover shows the documentation of the rules whose findings are under the
// cursor.
func (s *Server) hover(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, invalidParams(err)
	}
	abs, err := uriPath(p.TextDocument.URI)
	if err != nil {
		return nil, nil
	}
	if d := s.doc(p.TextDocument.URI); d != nil {
		d.current(ctx)
	}
	_, unit, fs := s.ws.findings(abs)
	if unit == nil || unit.Index == nil {
		return nil, nil
	}
	off := unit.Index.Offset(p.Position)
	loc := s.loc()
	var parts []string
	seen := map[string]bool{}
	var rng *text.Range
	for _, f := range fs {
		if !f.Span.Contains(off) || seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		if doc := ruledoc.Markdown(s.engine().Rule(f.Rule), loc); doc != "" {
			parts = append(parts, doc)
			r := unit.Index.Range(f.Span)
			rng = &r
		}
	}
	if extra := ruledoc.HoverAt(unit, off, s.ws.env(s.ws.find(abs), s.engine()), loc); extra != "" {
		parts = append(parts, extra)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	res := map[string]any{"contents": map[string]any{"kind": "markdown", "value": strings.Join(parts, "\n\n---\n\n")}}
	if rng != nil {
		res["range"] = rng
	}
	return res, nil
}

// definition jumps from a template event binding (bindtap="onTap") to the
// handler in the page or component script.
func (s *Server) definition(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, invalidParams(err)
	}
	abs, err := uriPath(p.TextDocument.URI)
	if err != nil {
		return nil, nil
	}
	if d := s.doc(p.TextDocument.URI); d != nil {
		d.current(ctx)
	}
	pr, unit := s.ws.unit(abs)
	if unit == nil || unit.Template == nil {
		return nil, nil
	}
	off := unit.Index.Offset(p.Position)
	for _, b := range unit.Template.Bindings {
		if b.Handler == "" || !b.HandlerSpan.Contains(off) {
			continue
		}
		s.ws.mu.Lock()
		target, span, ok := engine.ResolveHandler(pr.units, unit.Path, b.Handler)
		var tu = pr.units[target]
		s.ws.mu.Unlock()
		if !ok || tu == nil {
			return nil, nil
		}
		return []map[string]any{{
			"uri":   uri.File(filepath.Join(pr.root, filepath.FromSlash(target))),
			"range": tu.Index.Range(span),
		}}, nil
	}
	return nil, nil
}
