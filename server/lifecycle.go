package server

import (
	"context"
	"encoding/json"
	"slices"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"
)

// Version is set by the binary.
var Version = "dev"

type initParams struct {
	ProcessID             int32                      `json:"processId"`
	Locale                string                     `json:"locale"`
	RootURI               protocol.DocumentURI       `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	InitializationOptions map[string]any             `json:"initializationOptions"`
	Capabilities          struct {
		Window struct {
			WorkDoneProgress bool `json:"workDoneProgress"`
		} `json:"window"`
		Workspace struct {
			Configuration         bool `json:"configuration"`
			DidChangeWatchedFiles struct {
				DynamicRegistration bool `json:"dynamicRegistration"`
			} `json:"didChangeWatchedFiles"`
			WorkspaceEdit struct {
				DocumentChanges    bool     `json:"documentChanges"`
				ResourceOperations []string `json:"resourceOperations"`
			} `json:"workspaceEdit"`
		} `json:"workspace"`
	} `json:"capabilities"`
}

func (s *Server) initialize(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	var p initParams
	if len(req.Params()) > 0 {
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, invalidParams(err))
		}
	}
	s.mu.Lock()
	if p.Locale != "" {
		s.locale = p.Locale
	}
	s.caps = clientCaps{
		workDoneProgress: p.Capabilities.Window.WorkDoneProgress,
		configuration:    p.Capabilities.Workspace.Configuration,
		watchedFilesDyn:  p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration,
		documentChanges:  p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges,
		createFiles:      p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges && slices.Contains(p.Capabilities.Workspace.WorkspaceEdit.ResourceOperations, "create"),
	}
	s.initOpts = p.InitializationOptions
	s.state = stateRunning
	s.mu.Unlock()

	var roots []string
	for _, f := range p.WorkspaceFolders {
		roots = append(roots, uri.URI(f.URI).Filename())
	}
	if len(roots) == 0 && p.RootURI != "" {
		roots = append(roots, uri.URI(p.RootURI).Filename())
	}
	if len(roots) == 0 && p.RootPath != "" {
		roots = append(roots, p.RootPath)
	}
	s.ws.setRoots(roots)
	s.applySettings()
	s.ws.discover()
	s.watchParent(int(p.ProcessID))
	s.log.Info("initialize", zap.Strings("roots", roots), zap.String("locale", s.locale), zap.Int32("processId", p.ProcessID))

	res := map[string]any{
		"capabilities": map[string]any{
			"textDocumentSync": map[string]any{
				"openClose": true,
				"change":    protocol.TextDocumentSyncKindIncremental,
				"save":      map[string]any{"includeText": false},
			},
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{"quickfix", "source.fixAll.mpls"},
				"resolveProvider": false,
			},
			"hoverProvider":          true,
			"definitionProvider":     true,
			"executeCommandProvider": map[string]any{"commands": commands},
		},
		"serverInfo": map[string]any{"name": "mpls", "version": Version},
	}
	return reply(ctx, res, nil)
}

// initialized pulls the client's settings, registers file watchers and
// scans the workspace. It runs off the read loop.
func (s *Server) initialized() {
	if s.caps.watchedFilesDyn {
		go s.registerWatchers() // the scan need not wait for the answer
	}
	s.pullConfiguration()
	s.ws.scan(false)
}

// registerWatchers asks the client to report file changes on disk.
func (s *Server) registerWatchers() {
	reg := map[string]any{"registrations": []map[string]any{{
		"id": "mpls-watch", "method": "workspace/didChangeWatchedFiles",
		"registerOptions": map[string]any{"watchers": []map[string]any{
			{"globPattern": "**/*.{json,wxml,ttml,axml,swan,qml,js,ts,wxs,sjs}"},
		}},
	}}}
	var res any
	if _, err := s.callClient("client/registerCapability", reg, &res); err != nil {
		s.log.Warn("registerCapability failed", zap.Error(err))
	}
}
