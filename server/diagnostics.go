package server

import (
	"mpls/analysis/rule"
	"mpls/analysis/ruledoc"
	"mpls/analysis/text"
)

// DocsBase is where rule documentation lives (codeDescription.href).
const DocsBase = ruledoc.DocsBase

type lspDiagnostic struct {
	Range           text.Range        `json:"range"`
	Severity        int               `json:"severity"`
	Code            string            `json:"code"`
	CodeDescription map[string]string `json:"codeDescription,omitempty"`
	Source          string            `json:"source"`
	Message         string            `json:"message"`
	Data            any               `json:"data,omitempty"`
}

// diagnostics converts findings of one file: the one place where byte
// spans become UTF-16 ranges on the way out.
func (s *Server) diagnostics(u *rule.Unit, fs []rule.Finding) []lspDiagnostic {
	out := make([]lspDiagnostic, 0, len(fs))
	if u == nil || u.Index == nil {
		return out
	}
	loc := s.loc()
	for _, f := range fs {
		out = append(out, lspDiagnostic{
			Range:           u.Index.Range(f.Span),
			Severity:        int(f.Severity),
			Code:            f.Rule,
			CodeDescription: map[string]string{"href": DocsBase + f.Rule + ".md"},
			Source:          "mpls",
			Message:         f.Message.In(loc),
		})
	}
	return out
}

func (s *Server) loc() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.locale
}
