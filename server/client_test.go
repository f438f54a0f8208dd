package server_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// binary is the mpls built once for these tests: they drive the real
// program over stdio, as an editor does.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.fuzzworker"); f != nil && f.Value.String() == "true" {
		os.Exit(m.Run()) // a fuzz worker runs only fuzz targets: no binary needed
	}
	dir, err := os.MkdirTemp("", "mpls-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "mpls")
	_, file, _, _ := runtime.Caller(0)
	cmd := exec.Command("go", "build", "-o", binary, "./cmd/mpls")
	cmd.Dir = filepath.Join(filepath.Dir(file), "..")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		panic("building mpls: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type message struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// client is a minimal LSP client over the server's stdio.
type client struct {
	t      testing.TB
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	nextID int
	mu     sync.Mutex
	msgs   chan message
	// Config answers workspace/configuration.
	Config  map[string]any
	stderr  *strings.Builder
	pending []message
	// Mute leaves the server's requests unanswered (set before initialize).
	Mute bool
}

func startServer(t testing.TB, args ...string) *client {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--log-level", "debug"}, args...)...)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &syncWriter{w: &stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &client{t: t, cmd: cmd, in: in, out: bufio.NewReader(out), msgs: make(chan message, 1000), stderr: &stderr}
	go c.readLoop()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
		if t.Failed() {
			t.Logf("server stderr:\n%s", tail(c.logs(), 20000))
		}
	})
	return c
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(b)
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (c *client) readLoop() {
	defer close(c.msgs)
	for {
		length := -1
		for {
			line, err := c.out.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		buf := make([]byte, length)
		if _, err := io.ReadFull(c.out, buf); err != nil {
			return
		}
		var m message
		if err := json.Unmarshal(buf, &m); err != nil {
			c.t.Errorf("server sent invalid JSON: %s", buf)
			return
		}
		if m.Method != "" && len(m.ID) > 0 { // a request from the server
			c.answer(m)
			continue
		}
		c.msgs <- m
	}
}

func (c *client) answer(m message) {
	if c.Mute {
		c.msgs <- m
		return
	}
	var result any
	switch m.Method {
	case "workspace/configuration":
		result = []any{c.Config}
	default:
		result = nil
	}
	c.write(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": result})
	c.msgs <- m // tests may wait for it too
}

func (c *client) write(v any) {
	b, _ := json.Marshal(v)
	c.writeRaw(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(b), b))
}

func (c *client) writeRaw(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.in, s); err != nil {
		c.t.Logf("write: %v", err)
	}
}

func (c *client) notify(method string, params any) {
	c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and waits for its response (other messages that
// arrive meanwhile are kept for wait).
func (c *client) call(method string, params any) message {
	c.t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.mu.Unlock()
	c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return c.wait(func(m message) bool { return m.Method == "" && string(m.ID) == strconv.Itoa(id) }, 20*time.Second)
}

// drain collects every message that arrives within d into pending.
func (c *client) drain(d time.Duration) {
	timeout := time.After(d)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				return
			}
			c.pending = append(c.pending, m)
		case <-timeout:
			return
		}
	}
}

// lastPublish removes every pending publish of uri and returns the last
// one with the given version, if any.
func (c *client) lastPublish(uri string, version int) (publish, bool) {
	var last publish
	found := false
	keep := c.pending[:0]
	for _, m := range c.pending {
		if m.Method == "textDocument/publishDiagnostics" {
			var q publish
			_ = json.Unmarshal(m.Params, &q)
			if q.URI == uri {
				if q.Version != nil && *q.Version == version {
					last, found = q, true
				}
				continue
			}
		}
		keep = append(keep, m)
	}
	c.pending = keep
	return last, found
}

// wait returns the first message (earlier or future) that matches.
func (c *client) wait(match func(message) bool, d time.Duration) message {
	c.t.Helper()
	for i, m := range c.pending {
		if match(m) {
			c.pending = append(c.pending[:i:i], c.pending[i+1:]...)
			return m
		}
	}
	timeout := time.After(d)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("server closed the connection")
			}
			if match(m) {
				return m
			}
			c.pending = append(c.pending, m)
		case <-timeout:
			c.t.Fatalf("timed out waiting for a message")
		}
	}
}

type diag struct {
	Range struct {
		Start struct{ Line, Character int }
		End   struct{ Line, Character int }
	}
	Severity int
	Code     string
	Message  string
}

type publish struct {
	URI         string `json:"uri"`
	Version     *int   `json:"version"`
	Diagnostics []diag `json:"diagnostics"`
}

// waitPublish waits for diagnostics of uri (with version, if >= 0).
func (c *client) waitPublish(uri string, version int) publish {
	c.t.Helper()
	var p publish
	c.wait(func(m message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var q publish
		_ = json.Unmarshal(m.Params, &q)
		if q.URI != uri {
			return false
		}
		if version >= 0 && (q.Version == nil || *q.Version != version) {
			return false
		}
		p = q
		return true
	}, 20*time.Second)
	return p
}

func fileURI(p string) string { return "file://" + filepath.ToSlash(p) }

func (c *client) initialize(root string, extra map[string]any) message {
	params := map[string]any{
		"processId": os.Getpid(),
		"locale":    "zh-CN",
		"rootUri":   fileURI(root),
		"capabilities": map[string]any{
			"window":    map[string]any{"workDoneProgress": true},
			"workspace": map[string]any{"configuration": true, "didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
		},
	}
	for k, v := range extra {
		params[k] = v
	}
	r := c.call("initialize", params)
	c.notify("initialized", map[string]any{})
	return r
}

func copyTree(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
