package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// maxMessage bounds one message's body: a wrong Content-Length must not
// make the server allocate gigabytes.
const maxMessage = 64 << 20

// stream frames LSP messages like jsonrpc2's own, but survives bad input:
// a malformed header, a bad Content-Length or a body that is not JSON-RPC
// is answered with a JSON-RPC error (id null) and skipped, rather than
// closing the connection as jsonrpc2.NewStream does. Only EOF ends it.
type stream struct {
	in  *bufio.Reader
	out io.Writer
	c   io.Closer
	mu  sync.Mutex // serialises writes (ours and the conn's), guards calls
	// calls are the ids of our requests to the client not yet answered.
	calls map[jsonrpc2.ID]bool
	// inGarbage is set while skipping junk, so that a run of bad lines is
	// answered once. Only the read loop touches it.
	inGarbage bool
	// OnBad hears about skipped input, for the log.
	OnBad func(error)
}

func newStream(r io.Reader, w io.Writer, c io.Closer) *stream {
	return &stream{in: bufio.NewReaderSize(r, 64<<10), out: w, c: c, calls: map[jsonrpc2.ID]bool{}}
}

// errFraming marks input that was skipped (the stream goes on).
var errFraming = errors.New("framing")

// Read returns the next well-formed message, skipping and answering bad ones.
func (s *stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		msg, n, err := s.readOne()
		if err == nil {
			return msg, n, nil
		}
		if !errors.Is(err, errFraming) {
			return nil, n, err
		}
		if s.OnBad != nil {
			s.OnBad(err)
		}
	}
}

// maxHeaderLine bounds what is kept of one header line: garbage without a
// newline must not grow without limit. Only its tail is kept, where the
// next message's header may begin.
const maxHeaderLine = 4 << 10

// readLine reads one line (with its terminator). A longer line than
// maxHeaderLine comes back cut to its tail, with cut set.
func (s *stream) readLine() (line string, n int64, cut bool, err error) {
	var keep []byte
	for {
		chunk, err := s.in.ReadSlice('\n')
		n += int64(len(chunk))
		keep = append(keep, chunk...)
		if len(keep) > maxHeaderLine {
			keep = append(keep[:0], keep[len(keep)-maxHeaderLine:]...)
			cut = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return string(keep), n, cut, err
	}
}

// indexContentLength finds "Content-Length:" (any case) in line.
func indexContentLength(line string) int {
	const h = "content-length:"
	for i := 0; i+len(h) <= len(line); i++ {
		if (line[i] == 'c' || line[i] == 'C') && strings.EqualFold(line[i:i+len(h)], h) {
			return i
		}
	}
	return -1
}

// isToken reports whether name is a valid header field name (RFC 7230).
func isToken(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"(),/:;<=>?@[\\]{}", c) >= 0 {
			return false
		}
	}
	return true
}

// badInput answers skipped input with a JSON-RPC error, once per run of
// garbage (a stream of junk lines gets one answer, not one per line).
func (s *stream) badInput(id json.RawMessage, code jsonrpc2.Code, message string) {
	if !s.inGarbage {
		s.replyError(id, code, message)
	}
	s.inGarbage = true
}

func (s *stream) readOne() (jsonrpc2.Message, int64, error) {
	var total, length int64 = 0, -1
	sawHeader := false
	for {
		line, n, cut, err := s.readLine()
		total += n
		if err != nil {
			if err == io.EOF && line == "" {
				return nil, total, io.EOF
			}
			return nil, total, fmt.Errorf("reading header: %w", io.ErrUnexpectedEOF)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if !sawHeader {
				continue // stray blank line between messages
			}
			break
		}
		// Resynchronise: junk (the rest of a body whose length was wrong,
		// a line without a newline) may run into the next header.
		if i := indexContentLength(line); i > 0 || (cut && i == 0) {
			s.badInput(nil, jsonrpc2.ParseError, "invalid input before a header")
			if s.OnBad != nil {
				s.OnBad(fmt.Errorf("%w: skipped %q before a header", errFraming, clip(line[:i])))
			}
			line, cut = line[i:], false
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || cut || !isToken(strings.TrimSpace(name)) {
			s.badInput(nil, jsonrpc2.ParseError, "invalid header line")
			return nil, total, fmt.Errorf("%w: invalid header line %q", errFraming, clip(line))
		}
		sawHeader = true
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || n < 0 || n > maxMessage {
				length = -2
				continue
			}
			length = n
		}
	}
	if length < 0 {
		s.inGarbage = false // a header block: answer it even after junk
		s.badInput(nil, jsonrpc2.ParseError, "missing or invalid Content-Length")
		return nil, total, fmt.Errorf("%w: missing or invalid Content-Length", errFraming)
	}
	data := make([]byte, length)
	if _, err := io.ReadFull(s.in, data); err != nil {
		return nil, total, fmt.Errorf("reading body: %w", io.ErrUnexpectedEOF)
	}
	total += length
	s.inGarbage = false
	msg, err := jsonrpc2.DecodeMessage(data)
	if err != nil {
		code, text := jsonrpc2.ParseError, "invalid JSON"
		var probe struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Valid(data) {
			code, text = jsonrpc2.InvalidRequest, "invalid JSON-RPC request"
			if json.Unmarshal(data, &probe) != nil || !validID(probe.ID) {
				probe.ID = nil
			}
		}
		s.badInput(probe.ID, code, text)
		return nil, total, fmt.Errorf("%w: %s: %v", errFraming, text, err)
	}
	if r, ok := msg.(*jsonrpc2.Response); ok && !s.answered(r.ID()) {
		return nil, total, fmt.Errorf("%w: response to no request of ours (id %v): dropped", errFraming, r.ID())
	}
	return msg, total, nil
}

// validID reports whether raw is a JSON-RPC id a reply may echo: a
// string or a number.
func validID(raw json.RawMessage) bool {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return false
	}
	switch v.(type) {
	case string, float64:
		return true
	}
	return false
}

// answered reports whether id is one of our outstanding calls, and marks
// it answered: a duplicate or unsolicited response is dropped here, as
// jsonrpc2's conn could block on a second response to a finished call.
func (s *stream) answered(id jsonrpc2.ID) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.calls[id] {
		return false
	}
	delete(s.calls, id)
	return true
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// replyError writes an error response; id nil means JSON null.
func (s *stream) replyError(id json.RawMessage, code jsonrpc2.Code, message string) {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	body, _ := json.Marshal(struct {
		V     string          `json:"jsonrpc"`
		ID    json.RawMessage `json:"id"`
		Error struct {
			Code    int64  `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}{V: "2.0", ID: id, Error: struct {
		Code    int64  `json:"code"`
		Message string `json:"message"`
	}{int64(code), message}})
	s.writeRaw(body)
}

func (s *stream) writeRaw(body []byte) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := fmt.Fprintf(s.out, "Content-Length: %d\r\n\r\n", len(body))
	if err != nil {
		return int64(n), err
	}
	m, err := s.out.Write(body)
	return int64(n + m), err
}

// Write frames one message.
func (s *stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	body, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	if c, ok := msg.(*jsonrpc2.Call); ok {
		s.mu.Lock()
		s.calls[c.ID()] = true
		s.mu.Unlock()
	}
	return s.writeRaw(body)
}

// Close closes the underlying connection.
func (s *stream) Close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}
