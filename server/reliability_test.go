package server_test

// Reliability tests of issue #11: the server never crashes on what an
// editor (or a broken client) sends, never leaves the workspace, and exits
// when its editor is gone. They drive the built binary over stdio.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// logs is the server's stderr so far.
func (c *client) logs() string {
	sw := c.cmd.Stderr.(*syncWriter)
	sw.mu.Lock()
	defer sw.mu.Unlock()
	return c.stderr.String()
}

// waitLog waits (bounded) for the server to log s: some inputs have no
// answer but the log. stderr is copied by a goroutine of os/exec, so a
// line may land a moment after the reply that follows it.
func (c *client) waitLog(s string) {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.logs(), s) {
		if time.Now().After(deadline) {
			c.t.Fatalf("server never logged %q", s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitScan waits for the end of the start-up scan ($/progress end).
func (c *client) waitScan() {
	c.t.Helper()
	c.wait(func(m message) bool {
		return m.Method == "$/progress" && strings.Contains(string(m.Params), `"end"`)
	}, 60*time.Second)
}

// alive checks that a normal request still gets its answer.
func (c *client) alive(uri string) {
	c.t.Helper()
	r := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 0, "character": 0}})
	if r.Error != nil {
		c.t.Fatalf("server no longer answers normally: %+v", r.Error)
	}
}

func (c *client) open(uri, lang string, version int, text string) {
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": lang, "version": version, "text": text}})
}

func (c *client) change(uri string, version int, changes ...map[string]any) {
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version}, "contentChanges": changes})
}

func rng(l1, c1, l2, c2 int) map[string]any {
	return map[string]any{"start": map[string]any{"line": l1, "character": c1}, "end": map[string]any{"line": l2, "character": c2}}
}

// expectError sends a raw frame and waits for the error answer with code.
func (c *client) expectError(raw string, code int, id string) {
	c.t.Helper()
	c.writeRaw(raw)
	m := c.wait(func(m message) bool { return m.Method == "" && m.Error != nil }, 20*time.Second)
	if m.Error.Code != code || (id != "" && string(m.ID) != id) {
		c.t.Fatalf("answer %s %+v to %.80q, want code %d id %s", m.ID, m.Error, raw, code, id)
	}
}

// sane checks that every range lies within text, whose lines are counted
// the LSP way and measured in UTF-16 units (an invalid byte counts one).
func sane(t *testing.T, what, text string, ds []diag) {
	t.Helper()
	lines := splitLines(text)
	for _, d := range ds {
		for _, p := range []struct{ Line, Character int }{d.Range.Start, d.Range.End} {
			if p.Line < 0 || p.Line >= len(lines) || p.Character < 0 || p.Character > units(lines[p.Line]) {
				t.Fatalf("%s: %s range %+v outside the text (%d lines)", what, d.Code, d.Range, len(lines))
			}
		}
	}
}

// splitLines splits at "\n", "\r\n" and lone "\r", without terminators.
func splitLines(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
}

func units(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		n += len(utf16.Encode([]rune{r}))
		s = s[size:]
	}
	return n
}

// peakRSS is a process's peak resident set (VmHWM), in MiB.
func peakRSS(t *testing.T, pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return kb >> 10
		}
	}
	t.Fatalf("no VmHWM in /proc/%d/status", pid)
	return 0
}

// waitExit waits (bounded) for the server process to end.
func waitExit(t *testing.T, c *client, within time.Duration) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(within):
		t.Fatalf("server still running %v later", within)
		return nil
	}
}

// hostileProject is the example project plus what the issue lists: a
// template with invalid UTF-8, a 20 MB template, a binary file named
// .wxml, a symlink loop, and links (a folder and a file) that lead out of
// the workspace to files that would have findings.
func hostileProject(t *testing.T) (root, outside string) {
	root = copyTree(t, "../testdata/example")
	outside = t.TempDir()
	write := func(p string, b []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The hostile pages are pages of the app (registered and linked from
	// the profile tab, which no subtest edits), so their findings count as
	// in any page.
	hostile := []string{"pages/bad/bad", "pages/big/big", "pages/bin/bin", "pages/back", "pages/clamp"}
	app, _ := os.ReadFile(filepath.Join(root, "app.json"))
	app = bytes.Replace(app, []byte(`"pages/profile/profile"`), []byte(`"pages/profile/profile", "`+strings.Join(hostile, `", "`)+`"`), 1)
	write(filepath.Join(root, "app.json"), app)
	prof, _ := os.ReadFile(filepath.Join(root, "pages/profile/profile.wxml"))
	for _, h := range hostile {
		prof = append(prof, []byte("<navigator url=\"/"+h+"\">"+filepath.Base(h)+"</navigator>\n")...)
	}
	write(filepath.Join(root, "pages/profile/profile.wxml"), prof)
	write(filepath.Join(root, "pages/bad/bad.wxml"), []byte("<view>\xff\xfe最好\xc3</view>\r\n<text>\xe4\xb8 全网最低 😀\x80</text>\n<view>\xf0\x9f</view>"))
	big := bytes.Repeat([]byte("<view>最好的拿铁</view>\n"), 20<<20/28)
	write(filepath.Join(root, "pages/big/big.wxml"), big)
	bin := make([]byte, 64<<10)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	write(filepath.Join(root, "pages/bin/bin.wxml"), bin)
	write(filepath.Join(outside, "evil.wxml"), []byte("<view>最好</view><button open-type=\"getPhoneNumber\">一键登录</button>\n"))
	write(filepath.Join(outside, "app.json"), []byte(`{"pages": ["evil"]}`))
	write(filepath.Join(outside, "evil.js"), []byte("Page({ onLoad() { wx.getLocation({}) } })\n"))
	for link, target := range map[string]string{
		"pages/loop":      root,                                 // a loop back to the root
		"pages/self":      filepath.Join(root, "pages/self"),    // a link to itself
		"pages/out":       outside,                              // a folder outside
		"pages/evil.wxml": filepath.Join(outside, "evil.wxml"),  // a file outside
		"pages/dangling":  filepath.Join(root, "pages/nothing"), // nowhere
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	return root, outside
}

// TestMalformedInput sends each kind of bad input the issue lists to the
// real server and checks its defined answer, and that a normal request
// still works after each.
func TestMalformedInput(t *testing.T) {
	root, outside := hostileProject(t)
	c := startServer(t)
	idxURI := fileURI(filepath.Join(root, "pages/index/index.wxml"))

	// before initialize: requests are refused, notifications dropped
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": idxURI, "languageId": "wxml", "version": 1, "text": "<view/>"}})
	if r := c.call("textDocument/hover", map[string]any{}); r.Error == nil || r.Error.Code != -32002 {
		t.Fatalf("request before initialize: %+v, want ServerNotInitialized (-32002)", r.Error)
	}
	c.expectError("Content-Length: x\r\n\r\n", -32700, "null") // framing errors are answered even now
	c.initialize(root, nil)
	c.waitScan()

	t.Run("workspace boundary", func(t *testing.T) {
		// Nothing outside the root, nor reached through a link out of it,
		// was published; the links were reported and not followed.
		for _, m := range c.pending {
			if m.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var p publish
			_ = json.Unmarshal(m.Params, &p)
			if !strings.HasPrefix(p.URI, fileURI(root)+"/") || strings.Contains(p.URI, "/pages/out/") || strings.HasSuffix(p.URI, "/pages/evil.wxml") || strings.Contains(p.URI, "/pages/loop/") {
				t.Errorf("published diagnostics for %s (outside %s, or through a link)", p.URI, root)
			}
			if strings.HasPrefix(p.URI, fileURI(outside)) {
				t.Errorf("published a file outside the workspace: %s", p.URI)
			}
		}
		logs := c.logs()
		for _, want := range []string{"pages/out", "pages/evil.wxml", "pages/self", "pages/dangling"} {
			if !strings.Contains(logs, want) {
				t.Errorf("no log line about the link %s", want)
			}
		}
	})

	t.Run("invalid UTF-8 on disk", func(t *testing.T) {
		b, _ := os.ReadFile(filepath.Join(root, "pages/bad/bad.wxml"))
		p := c.waitPublish(fileURI(filepath.Join(root, "pages/bad/bad.wxml")), -1)
		if find(p.Diagnostics, "content/extreme-words") == nil {
			t.Fatalf("the template with bad bytes was not analysed: %+v", p.Diagnostics)
		}
		sane(t, "bad.wxml", string(b), p.Diagnostics)
	})

	t.Run("huge and binary files on disk", func(t *testing.T) {
		c.waitLog("big.wxml")
		c.waitLog("bin.wxml")
		logs := c.logs()
		if !strings.Contains(logs, "over the 2.0 MiB limit: not analysed") || !strings.Contains(logs, "binary file") {
			t.Fatalf("skips not explained in the log:\n%s", tail(logs, 3000))
		}
	})

	c.open(idxURI, "wxml", 1, "<view>你好</view>\n")
	c.waitPublish(idxURI, 1)

	t.Run("framing", func(t *testing.T) {
		c.expectError("Content-Length: abc\r\n\r\n{}", -32700, "null")
		c.alive(idxURI)
		c.expectError("Content-Length: 99999999999\r\n\r\n", -32700, "null")
		c.alive(idxURI)
		c.expectError(`{"jsonrpc":"2.0","id":5,"method":"shutdown"}`+"\n", -32700, "null") // JSON without a header
		c.alive(idxURI)
		c.expectError("Content-Length: 12\r\n\r\n{\"jsonrpc\":1", -32700, "null")
		c.alive(idxURI)
		body := `{"jsonrpc":"2.0","id":6,"method":`
		c.expectError(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body), -32700, "null") // invalid JSON
		c.alive(idxURI)
		body = `{"jsonrpc":"2.0","id":7,"method":42}`
		c.expectError(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body), -32600, "7") // not a request
		c.alive(idxURI)
		c.expectError("\x00\xff garbage \r\n\r\n", -32700, "null")
		c.alive(idxURI)
	})

	t.Run("methods and params", func(t *testing.T) {
		if r := c.call("mpls/noSuchMethod", map[string]any{}); r.Error == nil || r.Error.Code != -32601 {
			t.Fatalf("unknown method: %+v, want MethodNotFound", r.Error)
		}
		c.notify("mpls/noSuchNotification", map[string]any{"x": 1})
		if r := c.call("textDocument/hover", "not an object"); r.Error == nil || r.Error.Code != -32602 {
			t.Fatalf("bad params: %+v, want InvalidParams", r.Error)
		}
		if r := c.call("initialize", map[string]any{}); r.Error == nil {
			t.Fatal("a second initialize was accepted")
		}
		for _, u := range []string{"untitled:Untitled-1", "not a uri", "file://", "http://example.com/a.wxml"} {
			c.open(u, "wxml", 1, "<view>最好</view>")
			c.change(u, 2, map[string]any{"text": "x"})
			if r := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": u}, "range": rng(0, 0, 0, 1), "context": map[string]any{}}); r.Error != nil {
				t.Fatalf("codeAction on %q: %+v", u, r.Error)
			}
		}
		c.notify("textDocument/didOpen", "garbage")
		c.notify("textDocument/didChange", map[string]any{"textDocument": 5})
		c.alive(idxURI)
	})

	t.Run("changes to unknown or closed documents", func(t *testing.T) {
		ghost := fileURI(filepath.Join(root, "pages/ghost/ghost.wxml"))
		c.change(ghost, 2, map[string]any{"text": "<view>最好</view>"})
		c.alive(idxURI)
		c.waitLog("didChange for a document that is not open")
		tmp := fileURI(filepath.Join(root, "pages/tmp.wxml"))
		c.open(tmp, "wxml", 1, "<view/>")
		c.waitPublish(tmp, 1)
		c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": tmp}})
		c.change(tmp, 2, map[string]any{"text": "<view>最好</view>"})
		c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": tmp}}) // twice
		c.alive(idxURI)
		for _, m := range c.pending {
			var p publish
			if m.Method == "textDocument/publishDiagnostics" && json.Unmarshal(m.Params, &p) == nil && p.URI == ghost {
				t.Fatalf("published for a document never opened: %+v", p)
			}
		}
	})

	t.Run("versions going backwards", func(t *testing.T) {
		u := fileURI(filepath.Join(root, "pages/back.wxml"))
		c.open(u, "wxml", 10, "<view>a</view>")
		c.waitPublish(u, 10)
		c.change(u, 11, map[string]any{"range": rng(0, 6, 0, 7), "text": "最好"})
		if p := c.waitPublish(u, 11); find(p.Diagnostics, "content/extreme-words") == nil {
			t.Fatalf("v11: %+v", p.Diagnostics)
		}
		// an older version number: the buffer is still the truth
		c.change(u, 5, map[string]any{"range": rng(0, 6, 0, 8), "text": "b"})
		if p := c.waitPublish(u, 5); find(p.Diagnostics, "content/extreme-words") != nil {
			t.Fatalf("v5 still has the removed word: %+v", p.Diagnostics)
		}
		c.waitLog("version did not increase")
		c.alive(u)
	})

	t.Run("ranges past the end", func(t *testing.T) {
		u := fileURI(filepath.Join(root, "pages/clamp.wxml"))
		c.open(u, "wxml", 1, "<view>x</view>\r\n")
		c.waitPublish(u, 1)
		// past the last line: appended at the end; past a line's end:
		// clamped before its CRLF; negative: the start.
		c.change(u, 2,
			map[string]any{"range": rng(99, 99, 120, 0), "text": "<text>最好</text>"},
			map[string]any{"range": rng(0, 999, 0, 1000), "text": "😀"},
			map[string]any{"range": rng(-1, -5, -1, -5), "text": "<!--c-->"},
			map[string]any{"range": rng(1, 5, 0, 3), "text": ""}, // reversed
		)
		// "<!--c--><view>x</view>😀\r\n<text>最好</text>" less the reversed range
		text := "<!->最好</text>"
		p := c.waitPublish(u, 2)
		sane(t, "clamp.wxml", text, p.Diagnostics)
		if d := find(p.Diagnostics, "content/extreme-words"); d == nil || d.Range.Start.Line != 0 || d.Range.Start.Character != 4 {
			t.Fatalf("the server's text is not %q: %+v", text, p.Diagnostics)
		}
		c.alive(u)
	})

	t.Run("20 MB template and binary buffer", func(t *testing.T) {
		bigURI := fileURI(filepath.Join(root, "pages/big/big.wxml"))
		b, _ := os.ReadFile(filepath.Join(root, "pages/big/big.wxml"))
		c.open(bigURI, "wxml", 1, string(b))
		p := c.waitPublish(bigURI, 1)
		if d := find(p.Diagnostics, "syntax/parse-error"); d == nil || !strings.Contains(d.Message, "MB") {
			t.Fatalf("no clear diagnostic for the 20 MB buffer: %+v", p.Diagnostics)
		}
		c.change(bigURI, 2, map[string]any{"range": rng(5, 0, 5, 0), "text": "最好"})
		c.waitPublish(bigURI, 2)
		binURI := fileURI(filepath.Join(root, "pages/bin/bin.wxml"))
		c.open(binURI, "wxml", 1, "<view>\x00\x01\x02最好</view>")
		if p := c.waitPublish(binURI, 1); find(p.Diagnostics, "syntax/parse-error") == nil {
			t.Fatalf("no diagnostic for the binary buffer: %+v", p.Diagnostics)
		}
		c.alive(idxURI)
		rss := peakRSS(t, c.cmd.Process.Pid)
		t.Logf("peak RSS after a 20 MB buffer: %d MiB", rss)
		if rss > 300 && !raceBuild {
			t.Fatalf("peak RSS %d MiB, want < 300", rss)
		}
	})

	t.Run("nesting 10,000 deep", func(t *testing.T) {
		const depth = 10000
		tmpl := fileURI(filepath.Join(root, "pages/deep/deep.wxml"))
		c.open(tmpl, "wxml", 1, strings.Repeat("<view>", depth)+"最好"+strings.Repeat("</view>", depth))
		script := fileURI(filepath.Join(root, "pages/deep/deep.js"))
		c.open(script, "javascript", 1, "Page({ onLoad() { "+strings.Repeat("f(", depth)+"wx.getLocation({})"+strings.Repeat(")", depth)+
			"; const a = "+strings.Repeat("[{a:", depth)+"1"+strings.Repeat("}]", depth)+" } })")
		jsonURI := fileURI(filepath.Join(root, "pages/deep/deep.json"))
		c.open(jsonURI, "json", 1, strings.Repeat(`{"a":[`, depth)+strings.Repeat("]}", depth))
		for _, u := range []string{tmpl, script, jsonURI} {
			c.waitPublish(u, 1)
		}
		c.alive(tmpl)
	})

	if err := c.cmd.Process.Signal(syscall.Signal(0)); err != nil {
		t.Fatalf("server died: %v", err)
	}
}

// TestExitOnEOF: the server exits when its input ends: cleanly after
// initialize, and in the middle of a message.
func TestExitOnEOF(t *testing.T) {
	for name, input := range map[string]string{
		"clean":          "",
		"truncated body": "Content-Length: 200\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,",
		"mid-header":     "Content-Len",
	} {
		t.Run(name, func(t *testing.T) {
			c := startServer(t)
			c.initialize(t.TempDir(), nil)
			c.writeRaw(input)
			c.in.Close()
			err := waitExit(t, c, 10*time.Second)
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("exit: %v, want status 1 (no shutdown request)", err)
			}
		})
	}
}

// TestExitWhenEditorDies: the server polls the processId of initialize
// (every 2 s) and exits soon after that process is gone, whether or not
// the dead editor was reaped yet (a zombie still answers signal 0).
func TestExitWhenEditorDies(t *testing.T) {
	for _, reap := range []bool{true, false} {
		t.Run(map[bool]string{true: "reaped", false: "zombie"}[reap], func(t *testing.T) {
			editor := exec.Command("sleep", "600")
			if err := editor.Start(); err != nil {
				t.Skipf("cannot start a dummy editor: %v", err)
			}
			defer func() { _ = editor.Process.Kill(); _, _ = editor.Process.Wait() }()
			c := startServer(t)
			c.initialize(t.TempDir(), map[string]any{"processId": editor.Process.Pid})
			c.alive("file:///x.wxml")
			_ = editor.Process.Kill()
			if reap {
				_, _ = editor.Process.Wait()
			}
			start := time.Now()
			err := waitExit(t, c, 8*time.Second)
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("exit: %v, want status 1", err)
			}
			t.Logf("server exited %v after the editor died", time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestOpenBeforeScan: a document opened before the start-up scan has
// found its project (editors open the active file right after
// initialized) is still published under its own URI, with the project's
// findings, and no diagnostics go to a file that does not exist.
func TestOpenBeforeScan(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	idx := filepath.Join(root, "pages/index/index.wxml")
	b, _ := os.ReadFile(idx)
	c.initialize(root, nil) // sends initialized: the scan starts now
	c.open(fileURI(idx), "wxml", 1, string(b))
	c.waitScan()
	// after the scan the open document is checked again, in its project
	p := c.waitPublish(fileURI(idx), 1)
	if find(p.Diagnostics, "login/phone-button-label") == nil {
		t.Fatalf("open document lost its findings: %+v", p.Diagnostics)
	}
	c.alive(fileURI(idx))
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": fileURI(idx), "version": 2}, "contentChanges": []any{map[string]any{"text": string(b) + "<view>最好</view>"}}})
	c.waitPublish(fileURI(idx), 2)
	for _, m := range c.pending {
		var q publish
		if m.Method != "textDocument/publishDiagnostics" || json.Unmarshal(m.Params, &q) != nil {
			continue
		}
		path := strings.TrimPrefix(q.URI, "file://")
		if _, err := os.Stat(path); err != nil {
			t.Errorf("diagnostics published for a file that does not exist: %s (%d diagnostics)", q.URI, len(q.Diagnostics))
		}
	}
}

// vscodeURI encodes a path as VS Code does: everything but unreserved
// characters and "/" is percent-encoded ("+", "@", spaces, CJK).
func vscodeURI(p string) string {
	var b strings.Builder
	b.WriteString("file://")
	for _, c := range []byte(filepath.ToSlash(p)) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// uriFile decodes a file URI to its path ("" if it is not one).
func uriFile(u string) string {
	x, err := url.Parse(u)
	if err != nil || x.Scheme != "file" {
		return ""
	}
	return x.Path
}

// TestEncodedURIs: a project under a folder whose name editors
// percent-encode ("+", "@", a space, CJK) is served as well: the open
// buffer is recognised as open (versioned publishes, the buffer wins over
// the disk), whatever spelling of its URI the editor uses.
func TestEncodedURIs(t *testing.T) {
	root := filepath.Join(t.TempDir(), "my+app@v2 小程序")
	if err := os.Rename(copyTree(t, "../testdata/example"), root); err != nil {
		t.Fatal(err)
	}
	c := startServer(t)
	c.initialize(root, map[string]any{"rootUri": vscodeURI(root)})
	c.waitScan()
	idx := filepath.Join(root, "pages/index/index.wxml")
	u := vscodeURI(idx)
	c.open(u, "wxml", 1, "<view>全网最低</view>\n")
	waitPath := func(version int) publish {
		var p publish
		c.wait(func(m message) bool {
			if m.Method != "textDocument/publishDiagnostics" || json.Unmarshal(m.Params, &p) != nil {
				return false
			}
			return uriFile(p.URI) == idx && p.Version != nil && *p.Version == version
		}, 20*time.Second)
		return p
	}
	p := waitPath(1)
	if find(p.Diagnostics, "content/extreme-words") == nil || find(p.Diagnostics, "login/phone-button-label") != nil {
		t.Fatalf("diagnostics are not those of the buffer: %+v", p.Diagnostics)
	}
	c.change(u, 2, map[string]any{"range": rng(0, 6, 0, 10), "text": "好"})
	if p := waitPath(2); find(p.Diagnostics, "content/extreme-words") != nil {
		t.Fatalf("v2: %+v", p.Diagnostics)
	}
	// a hover on the buffer sees its text, not the disk's
	c.change(u, 3, map[string]any{"range": rng(0, 6, 0, 7), "text": "最好"})
	waitPath(3)
	h := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": u}, "position": map[string]any{"line": 0, "character": 7}})
	if !strings.Contains(string(h.Result), "content/extreme-words") {
		t.Fatalf("hover on the buffer: %s", h.Result)
	}
}
