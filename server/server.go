// Package server speaks LSP. It holds no knowledge of mini-programs: every
// handler finds the document and calls analysis (gopls's "thin handlers").
package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"mpls/analysis/engine"
)

// RequestCancelled is LSP's code for a request the client cancelled.
const RequestCancelled jsonrpc2.Code = -32800

// Options configure a server.
type Options struct {
	Logger *zap.Logger
	// PollParent is how often to check that the editor is alive.
	PollParent time.Duration
}

// Server is one LSP session.
type Server struct {
	log    *zap.Logger
	conn   jsonrpc2.Conn
	stream *stream
	opts   Options

	mu         sync.Mutex
	state      int // 0 new, 1 initialized, 2 shut down
	locale     string
	caps       clientCaps
	initOpts   map[string]any
	clientConf map[string]any

	eng atomic.Pointer[engine.Engine]
	ws  *workspace

	docsMu sync.Mutex
	docs   map[protocol.DocumentURI]*document

	reqMu    sync.Mutex
	inflight map[string]context.CancelFunc

	exited   chan int
	exitOnce sync.Once
}

type clientCaps struct {
	workDoneProgress  bool
	configuration     bool
	watchedFilesDyn   bool
	codeActionLiteral bool
	// documentChanges: workspace edits may be versioned per document.
	documentChanges bool
	// createFiles: workspace edits may create a file (documentChanges
	// with the "create" resource operation).
	createFiles bool
}

const (
	stateNew = iota
	stateRunning
	stateShutdown
)

// Run serves LSP on r/w until exit or EOF and returns the process exit
// code the spec asks for (0 after shutdown, 1 otherwise).
func Run(ctx context.Context, r io.Reader, w io.Writer, opts Options) int {
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if opts.PollParent == 0 {
		opts.PollParent = 2 * time.Second
	}
	s := &Server{log: opts.Logger, opts: opts, docs: map[protocol.DocumentURI]*document{}, inflight: map[string]context.CancelFunc{}, exited: make(chan int, 1), locale: "zh-CN"}
	s.ws = newWorkspace(s)
	s.eng.Store(engine.New(engine.Settings{}))
	engine.OnPanic = func(id, path string, v any) {
		s.log.Error("rule panicked", zap.String("rule", id), zap.String("path", path), zap.Any("panic", v), zap.ByteString("stack", debug.Stack()))
	}
	s.stream = newStream(r, w, nil)
	s.stream.OnBad = func(err error) { s.log.Warn("skipped malformed input", zap.Error(err)) }
	s.conn = jsonrpc2.NewConn(s.stream)
	s.conn.Go(ctx, s.handle)
	select {
	case <-s.conn.Done():
		s.log.Info("connection closed", zap.Error(s.conn.Err()))
		s.shutdownDocs()
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.state == stateShutdown {
			return 0
		}
		return 1
	case code := <-s.exited:
		s.shutdownDocs()
		return code
	}
}

func (s *Server) exit(code int) {
	s.exitOnce.Do(func() { s.exited <- code })
}

func (s *Server) engine() *engine.Engine { return s.eng.Load() }

// handle dispatches one message. It runs on the read loop: it must never
// block on analysis. Long requests answer from their own goroutine.
func (s *Server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) (err error) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("handler panicked", zap.String("method", req.Method()), zap.Any("panic", v), zap.ByteString("stack", debug.Stack()))
			err = reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InternalError, fmt.Sprintf("mpls: internal error in %s (logged)", req.Method())))
		}
	}()
	method := req.Method()
	_, isCall := req.(*jsonrpc2.Call)
	s.log.Debug("message", zap.String("method", method), zap.Bool("request", isCall))

	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case method == "exit":
		s.mu.Lock()
		code := 1
		if s.state == stateShutdown {
			code = 0
		}
		s.mu.Unlock()
		s.exit(code)
		return nil
	case method == "initialize":
		if state != stateNew {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize sent twice"))
		}
		return s.initialize(ctx, reply, req)
	case state == stateNew:
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "mpls: initialize first"))
		}
		return nil // notifications before initialize are dropped, as the spec says
	case state == stateShutdown && method != "shutdown":
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "mpls: server is shutting down"))
		}
		return nil
	}

	switch method {
	case "initialized":
		go s.initialized()
		return nil
	case "shutdown":
		s.mu.Lock()
		s.state = stateShutdown
		s.mu.Unlock()
		return reply(ctx, nil, nil)
	case "$/cancelRequest":
		var p struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(req.Params(), &p) == nil {
			s.cancel(string(p.ID))
		}
		return nil
	case "textDocument/didOpen":
		return s.didOpen(req.Params())
	case "textDocument/didChange":
		return s.didChange(req.Params())
	case "textDocument/didSave":
		return s.didSave(req.Params())
	case "textDocument/didClose":
		return s.didClose(req.Params())
	case "workspace/didChangeConfiguration":
		go s.reloadConfig(req.Params())
		return nil
	case "workspace/didChangeWatchedFiles":
		return s.didChangeWatchedFiles(req.Params())
	case "textDocument/codeAction":
		return s.async(ctx, req, reply, s.codeAction)
	case "codeAction/resolve":
		return s.async(ctx, req, reply, s.resolveCodeAction)
	case "textDocument/hover":
		return s.async(ctx, req, reply, s.hover)
	case "textDocument/definition":
		return s.async(ctx, req, reply, s.definition)
	case "workspace/executeCommand":
		return s.async(ctx, req, reply, s.executeCommand)
	}
	if isCall {
		return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.MethodNotFound, "mpls: method not supported: "+method))
	}
	return nil // unknown notifications (and $/ ones) are ignored
}

// async answers a request off the read loop, with cancellation.
func (s *Server) async(ctx context.Context, req jsonrpc2.Request, reply jsonrpc2.Replier, fn func(context.Context, json.RawMessage) (any, error)) error {
	call := req.(*jsonrpc2.Call)
	key := idKey(call.ID())
	ctx, cancel := context.WithCancel(context.Background())
	s.reqMu.Lock()
	s.inflight[key] = cancel
	s.reqMu.Unlock()
	go func() {
		defer func() {
			s.reqMu.Lock()
			delete(s.inflight, key)
			s.reqMu.Unlock()
			cancel()
		}()
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("request panicked", zap.String("method", req.Method()), zap.Any("panic", v), zap.ByteString("stack", debug.Stack()))
				_ = reply(context.Background(), nil, jsonrpc2.NewError(jsonrpc2.InternalError, "mpls: internal error (logged)"))
			}
		}()
		res, err := fn(ctx, req.Params())
		if ctx.Err() != nil {
			_ = reply(context.Background(), nil, jsonrpc2.NewError(RequestCancelled, "request cancelled"))
			return
		}
		if err != nil {
			_ = reply(context.Background(), nil, err)
			return
		}
		_ = reply(context.Background(), res, nil)
	}()
	return nil
}

func idKey(id jsonrpc2.ID) string {
	b, _ := json.Marshal(&id) // MarshalJSON has a pointer receiver: a value marshals as {}
	return string(b)
}

func (s *Server) cancel(rawID string) {
	s.reqMu.Lock()
	defer s.reqMu.Unlock()
	for k, c := range s.inflight {
		if k == rawID || k == `"`+rawID+`"` {
			c()
		}
	}
}

func (s *Server) notify(method string, params any) {
	if err := s.conn.Notify(context.Background(), method, params); err != nil {
		s.log.Warn("notify failed", zap.String("method", method), zap.Error(err))
	}
}

// watchParent exits when the editor that started mpls is gone.
func (s *Server) watchParent(pid int) {
	if pid <= 0 {
		return
	}
	go func() {
		t := time.NewTicker(s.opts.PollParent)
		defer t.Stop()
		for range t.C {
			if parentGone(pid) {
				s.log.Info("editor process is gone; exiting", zap.Int("pid", pid))
				s.exit(1)
				return
			}
		}
	}()
}

func invalidParams(err error) error {
	return jsonrpc2.NewError(jsonrpc2.InvalidParams, "mpls: invalid params: "+err.Error())
}

// clientCallTimeout bounds a request to the client: one that never answers
// (a lost reply, a client busy elsewhere) must not keep the start-up scan
// or a configuration reload waiting for ever.
const clientCallTimeout = 5 * time.Second

// callClient sends a request to the client and waits, bounded, for its
// answer.
func (s *Server) callClient(method string, params, result any) (jsonrpc2.ID, error) {
	ctx, cancel := context.WithTimeout(context.Background(), clientCallTimeout)
	defer cancel()
	return s.conn.Call(ctx, method, params, result)
}
