package server

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"mpls/analysis/engine"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
)

// document is an open editor buffer. The read loop applies edits to it
// (text and tree, incrementally) under mu; its worker analyses the newest
// state and publishes, so a burst of keystrokes costs one analysis.
type document struct {
	uri  protocol.DocumentURI
	path string
	mu   sync.Mutex
	file *source.File
	// changed is signalled (never blocking) after each edit.
	changed chan struct{}
	stop    chan struct{}
	// analysed is closed and replaced each time an analysis is published.
	analysed chan struct{}
	doneVer  int32
	closed   bool
	// last is the unit of the last analysed text (worker only): the base
	// the next edit's facts are spliced into.
	last *rule.Unit
}

type openParams struct {
	TextDocument struct {
		URI        protocol.DocumentURI `json:"uri"`
		LanguageID string               `json:"languageId"`
		Version    int32                `json:"version"`
		Text       string               `json:"text"`
	} `json:"textDocument"`
}

// changeEvent differs from protocol's: Range is a pointer, since a change
// without a range replaces the whole text.
type changeEvent struct {
	Range *text.Range `json:"range"`
	Text  string      `json:"text"`
}

type changeParams struct {
	TextDocument struct {
		URI     protocol.DocumentURI `json:"uri"`
		Version int32                `json:"version"`
	} `json:"textDocument"`
	ContentChanges []changeEvent `json:"contentChanges"`
}

type docParams struct {
	TextDocument struct {
		URI protocol.DocumentURI `json:"uri"`
	} `json:"textDocument"`
}

func uriPath(u protocol.DocumentURI) (p string, err error) {
	defer func() {
		if recover() != nil {
			err = fmt.Errorf("not a file URI: %q", string(u))
		}
	}()
	p = uri.URI(u).Filename()
	if p == "" {
		return "", fmt.Errorf("not a file URI: %q", string(u))
	}
	return p, nil
}

func (s *Server) didOpen(raw json.RawMessage) error {
	var p openParams
	if err := json.Unmarshal(raw, &p); err != nil {
		s.log.Warn("didOpen: bad params", zap.Error(err))
		return nil
	}
	path, err := uriPath(p.TextDocument.URI)
	if err != nil {
		s.log.Warn("didOpen", zap.Error(err))
		return nil
	}
	lang := parse.Detect(p.TextDocument.LanguageID, path)
	rel := s.ws.relPath(path)
	// the worker parses it (Deferred): the read loop stays free for the
	// editor's other requests while a big file is parsed
	f := source.NewDeferred(rel, lang, p.TextDocument.Version, []byte(p.TextDocument.Text))
	f.LazyFresh = true // the worker re-parses an erroneous tree from scratch when typing pauses
	d := &document{uri: p.TextDocument.URI, path: path, file: f, changed: make(chan struct{}, 1), stop: make(chan struct{}), analysed: make(chan struct{}), doneVer: -1 << 30}
	s.docsMu.Lock()
	if old := s.docs[docKey(d.uri)]; old != nil {
		s.closeDoc(old)
	}
	s.docs[docKey(d.uri)] = d
	s.docsMu.Unlock()
	s.ws.setOpen(path, true)
	go s.worker(d)
	d.changed <- struct{}{}
	return nil
}

func (s *Server) doc(u protocol.DocumentURI) *document {
	s.docsMu.Lock()
	defer s.docsMu.Unlock()
	return s.docs[docKey(u)]
}

// docKey is the one spelling of a document's URI that s.docs is keyed by:
// editors percent-encode differently ("%40" or "@", "%2B" or "+", "%3A"),
// and the workspace looks documents up by URIs it makes from paths.
func docKey(u protocol.DocumentURI) protocol.DocumentURI {
	if p, err := uriPath(u); err == nil {
		return uri.File(p)
	}
	return u
}

func (s *Server) didChange(raw json.RawMessage) error {
	var p changeParams
	if err := json.Unmarshal(raw, &p); err != nil {
		s.log.Warn("didChange: bad params", zap.Error(err))
		return nil
	}
	d := s.doc(p.TextDocument.URI)
	if d == nil {
		s.log.Warn("didChange for a document that is not open; ignored", zap.String("uri", string(p.TextDocument.URI)))
		return nil
	}
	changes := make([]text.Change, len(p.ContentChanges))
	for i, c := range p.ContentChanges {
		changes[i] = text.Change{Range: c.Range, Text: c.Text}
	}
	d.mu.Lock()
	if p.TextDocument.Version <= d.file.Version {
		s.log.Warn("didChange: version did not increase; applying anyway (the buffer is the truth)",
			zap.String("uri", string(d.uri)), zap.Int32("had", d.file.Version), zap.Int32("got", p.TextDocument.Version))
	}
	d.file.Apply(p.TextDocument.Version, changes)
	d.mu.Unlock()
	select {
	case d.changed <- struct{}{}:
	default: // already signalled: the worker will see this version
	}
	return nil
}

func (s *Server) didSave(raw json.RawMessage) error {
	var p docParams
	if json.Unmarshal(raw, &p) != nil {
		return nil
	}
	if d := s.doc(p.TextDocument.URI); d != nil {
		s.ws.saved(d.path)
	}
	return nil
}

func (s *Server) didClose(raw json.RawMessage) error {
	var p docParams
	if json.Unmarshal(raw, &p) != nil {
		return nil
	}
	s.docsMu.Lock()
	d := s.docs[docKey(p.TextDocument.URI)]
	delete(s.docs, docKey(p.TextDocument.URI))
	s.docsMu.Unlock()
	if d == nil {
		return nil
	}
	s.closeDoc(d)
	go s.ws.closed(d.path, d.uri)
	return nil
}

func (s *Server) closeDoc(d *document) {
	d.mu.Lock()
	if !d.closed {
		d.closed = true
		close(d.stop)
	}
	d.mu.Unlock()
}

func (s *Server) shutdownDocs() {
	s.docsMu.Lock()
	defer s.docsMu.Unlock()
	for _, d := range s.docs {
		s.closeDoc(d)
	}
}

// worker analyses d's newest state whenever it changes.
func (s *Server) worker(d *document) {
	defer func() {
		d.mu.Lock()
		d.file.Close()
		d.mu.Unlock()
		engine.Release(d.last) // the flat tree kept for the next edit
	}()
	// idle is set while the tree is an incremental parse with syntax
	// errors, which can differ from a fresh parse: when no edit came for
	// refreshDelay, the text is parsed from scratch (off the read loop) and,
	// if the tree differs, analysed and published again
	var idle <-chan time.Time
	for {
		select {
		case <-d.stop:
			return
		case <-d.changed:
		case <-idle:
			idle = nil
			if !s.refresh(d) {
				continue
			}
		}
		if !s.parseDeferred(d) {
			return
		}
		d.mu.Lock()
		if d.closed {
			d.mu.Unlock()
			return
		}
		// the path is relative to the project that holds the file now: the
		// start-up scan may find the project after the file was opened
		rel := s.ws.relPath(d.path)
		snap := &source.File{Path: rel, Lang: d.file.Lang, Version: d.file.Version, Text: d.file.Text, Index: d.file.Index, Skip: d.file.Skip}
		if d.file.Tree != nil {
			snap.Tree = d.file.Tree.Copy() // the read loop may edit the original
		}
		edit, edited, full := d.file.TakeEdit()
		d.mu.Unlock()
		s.log.Debug("analyse", zap.String("path", snap.Path), zap.Int32("version", snap.Version))
		base := d.last
		if full || base == nil || base.Path != rel || (!edited && base.Version != snap.Version) {
			engine.Release(base)
			base = nil
		}
		d.last = s.analyseOpen(d, snap, base, edit, edited)
		snap.Close()
		d.mu.Lock()
		d.doneVer = snap.Version
		close(d.analysed)
		d.analysed = make(chan struct{})
		suspect := d.file.Suspect()
		d.mu.Unlock()
		idle = nil
		if suspect {
			idle = time.After(refreshDelay)
		}
	}
}

// parseDeferred gives d's text its full parse when it waits for one (just
// opened, or replaced whole), without holding d.mu: edits that arrive
// meanwhile change the text, and the parse is done again for it. It
// reports false when d was closed.
func (s *Server) parseDeferred(d *document) bool {
	for {
		d.mu.Lock()
		if d.closed {
			d.mu.Unlock()
			return false
		}
		if !d.file.Unparsed() {
			d.mu.Unlock()
			return true
		}
		run := d.file.FreshParse()
		d.mu.Unlock()
		r := run()
		d.mu.Lock()
		done := d.file.Install(r)
		d.mu.Unlock()
		if done {
			return true
		}
	}
}

// refreshDelay is the pause in typing after which a suspect tree is parsed
// again from scratch.
const refreshDelay = 150 * time.Millisecond

// refresh parses d's text from scratch, without holding d.mu, and puts the
// tree in place if it differs from the incremental one: then it reports
// true, and the caller analyses again.
func (s *Server) refresh(d *document) bool {
	d.mu.Lock()
	if d.closed || !d.file.Suspect() {
		d.mu.Unlock()
		return false
	}
	run := d.file.FreshParse()
	d.mu.Unlock()
	r := run()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		r.Close()
		return false
	}
	replaced := d.file.Refresh(r)
	if replaced {
		s.log.Debug("fresh parse differs from the incremental one", zap.String("uri", string(d.uri)))
	}
	return replaced
}

func (s *Server) analyseOpen(d *document, f *source.File, base *rule.Unit, e text.ByteEdit, edited bool) (u *rule.Unit) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("analysis panicked", zap.String("uri", string(d.uri)), zap.Any("panic", v))
			u = nil
		}
	}()
	return s.ws.analyseOpen(d.path, d.uri, f, base, e, edited)
}

// current waits (bounded by ctx) until d's newest version is analysed and
// returns that version.
func (d *document) current(ctx context.Context) int32 {
	for {
		d.mu.Lock()
		want, done, ch := d.file.Version, d.doneVer, d.analysed
		d.mu.Unlock()
		if done == want {
			return done
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return done
		}
	}
}

// readOverlay reads a file as the editor sees it: an open buffer's text,
// else the disk.
func (s *Server) readOverlay(abs string) ([]byte, error) {
	if d := s.doc(uri.File(abs)); d != nil {
		d.mu.Lock()
		defer d.mu.Unlock()
		return append([]byte(nil), d.file.Text...), nil
	}
	return os.ReadFile(abs)
}
