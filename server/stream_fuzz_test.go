package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
)

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

const sentinel = `{"jsonrpc":"2.0","id":77,"method":"shutdown"}`

// readAll reads messages from in until the stream ends, failing if Read
// panics or does not return within a few seconds.
func readAll(t *testing.T, in []byte) (msgs []jsonrpc2.Message, out []byte, err error) {
	t.Helper()
	var w bytes.Buffer
	s := newStream(bytes.NewReader(in), &w, nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("panic: %v", v)
			}
		}()
		for {
			var m jsonrpc2.Message
			m, _, err = s.Read(context.Background())
			if err != nil {
				return
			}
			msgs = append(msgs, m)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("Read hangs on %q", in)
	}
	return msgs, w.Bytes(), err
}

// replies parses what the stream wrote back: well-formed frames, each a
// JSON-RPC error response.
func replies(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	r := bufio.NewReader(bytes.NewReader(out))
	var res []map[string]any
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF && line == "" {
			return res
		}
		v, ok := strings.CutPrefix(line, "Content-Length: ")
		if !ok {
			t.Fatalf("bad reply header %q in %q", line, out)
		}
		n, _ := strconv.Atoi(strings.TrimSpace(v))
		if blank, _ := r.ReadString('\n'); blank != "\r\n" {
			t.Fatalf("bad reply framing in %q", out)
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			t.Fatalf("short reply in %q", out)
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil || m["error"] == nil || m["jsonrpc"] != "2.0" {
			t.Fatalf("reply is not a JSON-RPC error: %s", body)
		}
		res = append(res, m)
	}
}

func hasFold(b []byte, s string) bool {
	return bytes.Contains(bytes.ToLower(b), []byte(s))
}

// FuzzStreamRead feeds arbitrary bytes, then a valid message, to the
// server's framing: Read never panics or hangs, ends with EOF, answers
// garbage only with well-formed JSON-RPC errors, and, when the garbage
// holds no Content-Length header of its own, still reads the valid
// message after it.
func FuzzStreamRead(f *testing.F) {
	for _, s := range []string{
		"", "garbage", "garbage\r\n", "a:b", "a: b\r\n\r\n", "\r\n\r\n\r\n", "{\"jsonrpc\":\"2.0\"}\n",
		"Content-Length: abc\r\n\r\n{}", "Content-Length: -5\r\n\r\n", "Content-Length: 99999999999999\r\n\r\n",
		"Content-Length: 3\r\n\r\n{}}", "Content-Length: 2\r\n\r\n[]", frame(`{"jsonrpc":"2.0","id":1}`), frame("null"),
		frame(`{"jsonrpc":"2.0","id":{},"method":"x"}`), frame(`{"id":1,"method":"initialize"`),
		"Content-Type: application/vscode-jsonrpc\r\n", "\x00\xff\xfe", strings.Repeat("x", 5000), "\r",
		frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}`),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, garbage []byte) {
		in := append(append([]byte(nil), garbage...), frame(sentinel)...)
		msgs, out, err := readAll(t, in)
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("stream ended with %v, want EOF", err)
		}
		replies(t, out)
		if hasFold(garbage, "content-length") {
			return // the garbage may frame (and swallow) what follows
		}
		if err != io.EOF {
			t.Fatalf("stream ended with %v after a complete message", err)
		}
		if len(msgs) != 1 {
			t.Fatalf("read %d messages from %q, want the one after the garbage", len(msgs), in)
		}
		if c, ok := msgs[0].(*jsonrpc2.Call); !ok || c.Method() != "shutdown" {
			t.Fatalf("read %#v, want the shutdown call", msgs[0])
		}
	})
}

// TestStreamRecovers: each kind of bad input gets its defined answer and
// the valid message after it is still read.
func TestStreamRecovers(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		code     int    // the error answered (0: none)
		id       string // the id echoed, as JSON
	}{
		{"bad Content-Length", "Content-Length: abc\r\n\r\n" + sentinel, -32700, "null"},
		{"huge Content-Length", "Content-Length: 99999999999\r\n\r\n", -32700, "null"},
		{"negative Content-Length", "Content-Length: -1\r\n\r\n{}\n", -32700, "null"},
		{"no Content-Length", "Content-Type: x\r\n\r\n", -32700, "null"},
		{"short Content-Length", "Content-Length: 10\r\n\r\n" + sentinel, -32700, "null"},
		{"invalid JSON", frame(`{"jsonrpc":"2.0","id":3,`), -32700, "null"},
		{"not JSON-RPC", frame(`{"jsonrpc":"2.0","id":4,"method":7}`), -32600, "4"},
		{"object id", frame(`{"jsonrpc":"2.0","id":{"a":1},"method":7}`), -32600, "null"},
		{"batch", frame(`[{"jsonrpc":"2.0","id":1,"method":"x"}]`), -32600, "null"},
		{"JSON without a header", `{"jsonrpc":"2.0","id":1,"method":"initialize"}` + "\n", -32700, "null"},
		{"junk lines", "junk\n\x00\xff\nmore junk\n", -32700, "null"},
		{"long line without newline", strings.Repeat("\xffjunk", 50000), -32700, "null"},
		{"unsolicited response", frame(`{"jsonrpc":"2.0","id":9,"result":null}`), 0, ""},
		{"blank lines", "\r\n\r\n\n", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msgs, out, err := readAll(t, []byte(tc.in+frame(sentinel)))
			if err != io.EOF {
				t.Fatalf("ended with %v", err)
			}
			rs := replies(t, out)
			if tc.code == 0 && len(rs) > 0 {
				t.Fatalf("answered %v, want no answer", rs)
			}
			if tc.code != 0 {
				if len(rs) != 1 {
					t.Fatalf("%d answers %v, want one", len(rs), rs)
				}
				e := rs[0]["error"].(map[string]any)
				id, _ := json.Marshal(rs[0]["id"])
				if int(e["code"].(float64)) != tc.code || string(id) != tc.id {
					t.Fatalf("answer %v, want code %d id %s", rs[0], tc.code, tc.id)
				}
			}
			if len(msgs) == 0 {
				t.Fatalf("the valid message after the bad input was lost")
			}
			if c, ok := msgs[len(msgs)-1].(*jsonrpc2.Call); !ok || c.Method() != "shutdown" {
				t.Fatalf("last message %#v, want the shutdown call", msgs[len(msgs)-1])
			}
		})
	}
	t.Run("truncated body", func(t *testing.T) {
		_, _, err := readAll(t, []byte("Content-Length: 100\r\n\r\n{\"jsonrpc\""))
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("ended with %v, want unexpected EOF", err)
		}
	})
	t.Run("duplicate response", func(t *testing.T) {
		// our call 1 is answered three times: only the first reaches the conn
		resp := frame(`{"jsonrpc":"2.0","id":1,"result":[{}]}`)
		var w bytes.Buffer
		s := newStream(strings.NewReader(resp+resp+resp+frame(sentinel)), &w, nil)
		call, _ := jsonrpc2.NewCall(jsonrpc2.NewNumberID(1), "workspace/configuration", nil)
		if _, err := s.Write(context.Background(), call); err != nil {
			t.Fatal(err)
		}
		var got []jsonrpc2.Message
		for {
			m, _, err := s.Read(context.Background())
			if err != nil {
				break
			}
			got = append(got, m)
		}
		if len(got) != 2 {
			t.Fatalf("read %d messages, want the first response and the call", len(got))
		}
		if _, ok := got[0].(*jsonrpc2.Response); !ok {
			t.Fatalf("first message %#v", got[0])
		}
	})
}
