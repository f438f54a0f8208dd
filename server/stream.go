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
	mu  sync.Mutex // serialises writes (ours and the conn's)
	// OnBad hears about skipped input, for the log.
	OnBad func(error)
}

func newStream(r io.Reader, w io.Writer, c io.Closer) *stream {
	return &stream{in: bufio.NewReaderSize(r, 64<<10), out: w, c: c}
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

func (s *stream) readOne() (jsonrpc2.Message, int64, error) {
	var total, length int64 = 0, -1
	sawHeader := false
	for {
		line, err := s.in.ReadString('\n')
		total += int64(len(line))
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
		sawHeader = true
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			s.replyError(nil, jsonrpc2.ParseError, "invalid header line")
			return nil, total, fmt.Errorf("%w: invalid header line %q", errFraming, clip(line))
		}
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
		s.replyError(nil, jsonrpc2.ParseError, "missing or invalid Content-Length")
		return nil, total, fmt.Errorf("%w: missing or invalid Content-Length", errFraming)
	}
	data := make([]byte, length)
	if _, err := io.ReadFull(s.in, data); err != nil {
		return nil, total, fmt.Errorf("reading body: %w", io.ErrUnexpectedEOF)
	}
	total += length
	msg, err := jsonrpc2.DecodeMessage(data)
	if err != nil {
		code, text := jsonrpc2.ParseError, "invalid JSON"
		var probe struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(data, &probe) == nil {
			code, text = jsonrpc2.InvalidRequest, "invalid JSON-RPC request"
		}
		s.replyError(probe.ID, code, text)
		return nil, total, fmt.Errorf("%w: %s: %v", errFraming, text, err)
	}
	return msg, total, nil
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
	return s.writeRaw(body)
}

// Close closes the underlying connection.
func (s *stream) Close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}
