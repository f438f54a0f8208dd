package server_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Issue #10: the server honours $/cancelRequest, coalesces bursts of
// didChange, and keeps reading the connection while it analyses.

// bigScript is a page script of about n lines (a few hundred KB per
// 10,000 lines): slow enough to analyse that a test can act meanwhile.
func bigScript(n int) string {
	var b strings.Builder
	b.WriteString("Page({\n  data: { list: [] },\n")
	for i := 0; i*10 < n; i++ {
		fmt.Fprintf(&b, "  handler%d(e) {\n    const id = e.currentTarget.dataset.id\n    wx.request({\n      url: 'https://api.example.com/items/' + id,\n      success: (res) => {\n        this.setData({ ['list[%d]']: res.data })\n        wx.showToast({ title: '已更新', icon: 'none' })\n      }\n    })\n  },\n", i, i%50)
	}
	b.WriteString("  onLoad() {}\n})\n")
	return b.String()
}

func speedOpen(c *client, uri, lang string, version int, text string) {
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": lang, "version": version, "text": text}})
}

func speedHover(id any, uri string) map[string]any {
	return map[string]any{"jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
		"params": map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 1, "character": 4}}}
}

// isReply matches the response to request id (as the JSON it was sent as).
func isReply(id string) func(message) bool {
	return func(m message) bool { return m.Method == "" && string(m.ID) == id }
}

// TestCancelRequest: a request cancelled with $/cancelRequest is answered,
// with RequestCancelled (-32800) or, if it finished first, its result;
// numeric and string ids both work (a hover waiting for a 60,000-line
// file's analysis is cancelled), and the server keeps serving.
func TestCancelRequest(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t)
	c.initialize(dir, nil)
	small := fileURI(filepath.Join(dir, "small.js"))
	speedOpen(c, small, "javascript", 1, "Page({\n  onLoad() { wx.getLocation({}) }\n})\n")
	c.waitPublish(small, 1)

	big := fileURI(filepath.Join(dir, "big.js"))
	speedOpen(c, big, "javascript", 1, bigScript(60000))
	// hover waits for the newest version of big.js to be analysed: cancel
	// it meanwhile
	cancelled := 0
	for _, id := range []any{9001, "req-9002"} {
		c.write(speedHover(id, big))
		c.notify("$/cancelRequest", map[string]any{"id": id})
		raw, _ := json.Marshal(id)
		r := c.wait(isReply(string(raw)), 60*time.Second)
		switch {
		case r.Error != nil && r.Error.Code == -32800:
			cancelled++
		case r.Error != nil:
			t.Fatalf("cancelled hover %v: error %d %s, want -32800 or a result", id, r.Error.Code, r.Error.Message)
		default:
			t.Logf("hover %v finished before the cancellation arrived", id)
		}
	}
	t.Logf("%d of 2 cancelled requests answered with -32800", cancelled)
	if cancelled == 0 {
		// the analysis of big.js takes far longer than the two messages
		// take to arrive: at least the first hover must be cancelled
		t.Fatalf("no cancelled request was answered with RequestCancelled")
	}

	// cancelling an unknown or finished request is harmless
	c.notify("$/cancelRequest", map[string]any{"id": 424242})
	// the server keeps serving: requests on both documents are answered
	if r := c.call("textDocument/hover", speedHover(0, small)["params"]); r.Error != nil {
		t.Fatalf("hover after cancellation: %+v", r.Error)
	}
	if r := c.call("textDocument/hover", speedHover(0, big)["params"]); r.Error != nil {
		t.Fatalf("hover of the big file after cancellation: %+v", r.Error)
	}
	c.waitPublish(big, 1)
}

// TestBurstCoalesces: 200 didChange notifications in a burst cost far
// fewer than 200 analyses (the worker takes the newest version), and the
// last diagnostics published carry the last version.
func TestBurstCoalesces(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t)
	c.initialize(dir, nil)
	uri := fileURI(filepath.Join(dir, "big.js"))
	src := bigScript(3000)
	speedOpen(c, uri, "javascript", 1, src)
	c.waitPublish(uri, 1)

	// 200 keystrokes on line 3, written in one go as an editor's queue
	var frames strings.Builder
	const n = 200
	for i := 0; i < n; i++ {
		b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []any{map[string]any{"range": map[string]any{"start": map[string]any{"line": 3, "character": 4 + i}, "end": map[string]any{"line": 3, "character": 4 + i}}, "text": "x"}},
		}})
		fmt.Fprintf(&frames, "Content-Length: %d\r\n\r\n%s", len(b), b)
	}
	c.writeRaw(frames.String())
	last := n + 1

	// count the publishes of this document until the last version's
	publishes := 0
	var final publish
	c.wait(func(m message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var p publish
		_ = json.Unmarshal(m.Params, &p)
		if p.URI != uri || p.Version == nil {
			return false
		}
		publishes++
		final = p
		return *p.Version == last
	}, 60*time.Second)
	t.Logf("%d didChange notifications, %d analyses published", n, publishes)
	if publishes > n/4 {
		t.Fatalf("%d analyses for a burst of %d edits: the worker does not coalesce", publishes, n)
	}
	// nothing older is published after the last version
	time.Sleep(300 * time.Millisecond)
	for {
		select {
		case m := <-c.msgs:
			var p publish
			if m.Method == "textDocument/publishDiagnostics" && json.Unmarshal(m.Params, &p) == nil && p.URI == uri && p.Version != nil && *p.Version != last {
				t.Fatalf("a publish of version %d came after the last version %d", *p.Version, last)
			}
			continue
		default:
		}
		break
	}
	if *final.Version != last {
		t.Fatalf("last publish has version %d, want %d", *final.Version, last)
	}
	// and the text the server analysed is the editor's: hover answers on it
	if r := c.call("textDocument/hover", speedHover(0, uri)["params"]); r.Error != nil {
		t.Fatalf("hover: %+v", r.Error)
	}
}

// TestReadLoopNotBlocked: while a huge file is being analysed, requests
// about another document (and shutdown) are answered at once: their
// replies arrive before the huge file's diagnostics.
func TestReadLoopNotBlocked(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t)
	c.initialize(dir, nil)
	small := fileURI(filepath.Join(dir, "small.js"))
	speedOpen(c, small, "javascript", 1, "Page({\n  onLoad() { wx.getLocation({}) }\n})\n")
	c.waitPublish(small, 1)

	huge := fileURI(filepath.Join(dir, "huge.js"))
	text := bigScript(70000) // ~2.9 MB, under the 4 MB limit
	if len(text) > 4<<20 {
		t.Fatalf("test file too big: %d", len(text))
	}
	speedOpen(c, huge, "javascript", 1, text)
	start := time.Now()
	c.write(speedHover(7001, small))
	c.write(map[string]any{"jsonrpc": "2.0", "id": 7002, "method": "shutdown"})

	var order []string
	at := map[string]time.Duration{}
	for len(order) < 3 {
		m := c.wait(func(m message) bool {
			if m.Method == "" && (string(m.ID) == "7001" || string(m.ID) == "7002") {
				return true
			}
			if m.Method == "textDocument/publishDiagnostics" {
				var p publish
				_ = json.Unmarshal(m.Params, &p)
				return p.URI == huge
			}
			return false
		}, 90*time.Second)
		switch {
		case string(m.ID) == "7001":
			if m.Error != nil {
				t.Fatalf("hover during analysis: %+v", m.Error)
			}
			order = append(order, "hover")
		case string(m.ID) == "7002":
			if m.Error != nil {
				t.Fatalf("shutdown during analysis: %+v", m.Error)
			}
			order = append(order, "shutdown")
		default:
			order = append(order, "publish")
		}
		at[order[len(order)-1]] = time.Since(start)
		t.Logf("%s after %v", order[len(order)-1], time.Since(start).Round(time.Millisecond))
	}
	if order[2] != "publish" {
		t.Fatalf("replies came after the huge file's analysis: %v", order)
	}
	// the open's parse is the worker's too (source.NewDeferred): the
	// reply does not wait for it
	if at["hover"] > at["publish"]/2 {
		t.Fatalf("hover answered after %v, the huge file published after %v: the read loop waited for its parse", at["hover"], at["publish"])
	}
	c.notify("exit", nil)
	if err := c.cmd.Wait(); err != nil {
		t.Fatalf("exit after shutdown: %v", err)
	}
}
