package server

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"mpls/analysis/engine"
	"mpls/analysis/privacydecl"
	"mpls/analysis/report"
	"mpls/analysis/rule"
)

// The workspace commands (workspace/executeCommand): each returns a
// Markdown document the editor shows, drafted by analysis/ from the
// units the editor sees (unsaved buffers included), as `mpls report` and
// `mpls privacy` draft it from the disk.
const (
	cmdSubmissionNotes     = "mpls.submissionNotes"
	cmdPrivacyDeclaration  = "mpls.privacyDeclaration"
	commandScanWaitTimeout = 10 * time.Second
)

var commands = []string{cmdSubmissionNotes, cmdPrivacyDeclaration}

type executeCommandParams struct {
	Command string `json:"command"`
	// Arguments may hold the URI of a document or folder: the
	// mini-programs that hold it, or that it holds. Without one: every
	// mini-program of the workspace.
	Arguments []json.RawMessage `json:"arguments"`
}

func (s *Server) executeCommand(ctx context.Context, raw json.RawMessage) (any, error) {
	var p executeCommandParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, invalidParams(err)
	}
	var draft func([]*engine.ProjectResult) string
	switch p.Command {
	case cmdSubmissionNotes:
		draft = s.submissionNotes
	case cmdPrivacyDeclaration:
		draft = declarations
	default:
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "mpls: unknown command "+p.Command)
	}
	// the first scan loads the files no editor has open
	wctx, cancel := context.WithTimeout(ctx, commandScanWaitTimeout)
	defer cancel()
	select {
	case <-s.ws.scanned:
	case <-wctx.Done():
	}
	var at string
	if len(p.Arguments) > 0 {
		var u protocol.DocumentURI
		if json.Unmarshal(p.Arguments[0], &u) == nil && u != "" {
			abs, err := uriPath(u)
			if err != nil {
				return nil, invalidParams(err)
			}
			at = abs
		}
	}
	var prs []*engine.ProjectResult
	for _, pr := range s.ws.projectsAt(at) {
		prs = append(prs, s.ws.result(pr))
	}
	return draft(prs), nil
}

// submissionNotes are the notes (提审说明) of every project, paths
// relative to the workspace root that holds them.
func (s *Server) submissionNotes(prs []*engine.ProjectResult) string {
	locale := s.loc()
	var parts []string
	for _, pr := range prs {
		res := &engine.Result{Base: s.ws.rootOf(pr.Project.Root), Projects: []*engine.ProjectResult{pr}}
		parts = append(parts, report.Markdown(report.Build(res, s.engine().For(pr.Project), report.Options{Locale: locale})))
	}
	if len(parts) == 0 {
		return report.Markdown(report.Doc{})
	}
	return strings.Join(parts, "\n---\n\n")
}

// declarations are the privacy declaration of every mini-program (a
// project with an app.json).
func declarations(prs []*engine.ProjectResult) string {
	var parts []string
	for _, pr := range prs {
		if pr.Project.App != nil && pr.Project.App.File != nil {
			parts = append(parts, privacydecl.Derive(pr.Env).Markdown())
		}
	}
	if len(parts) == 0 {
		return "# 用户隐私保护指引\n\n没有找到小程序项目（app.json）。\n"
	}
	return strings.Join(parts, "\n---\n\n")
}

// projectsAt are the mini-programs holding abs or under it (every one
// when abs is ""), by root.
func (w *workspace) projectsAt(abs string) []*proj {
	w.mu.Lock()
	defer w.mu.Unlock()
	var under []*proj
	var holder *proj
	for _, p := range w.projects {
		switch {
		case p.model == nil:
		case abs == "" || within(abs, p.root):
			under = append(under, p)
		case within(p.root, abs) && (holder == nil || len(p.root) > len(holder.root)):
			holder = p
		}
	}
	if holder != nil {
		return []*proj{holder}
	}
	sort.Slice(under, func(i, j int) bool { return under[i].root < under[j].root })
	return under
}

// rootOf is the workspace folder holding a project's root: the notes
// name files relative to it, as `mpls report` run there does.
func (w *workspace) rootOf(root string) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	best := root
	for _, r := range w.roots {
		if within(r, root) && len(r) < len(best) {
			best = r
		}
	}
	return best
}

// result is p as a check's result: its units as the editor holds them,
// their file findings, and its project findings computed afresh on those
// units (the published ones may wait for a debounce).
func (w *workspace) result(p *proj) *engine.ProjectResult {
	eng := w.engFor(p)
	env := w.env(p, eng)
	var fs []rule.Finding
	w.mu.Lock()
	model := p.model
	for rel := range env.Units {
		fs = append(fs, p.fileF[rel]...)
	}
	w.mu.Unlock()
	fs = append(fs, eng.CheckProject(env)...)
	rule.SortFindings(fs)
	return &engine.ProjectResult{Project: model, Env: env, Units: env.Units, Findings: fs}
}
