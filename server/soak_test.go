package server_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// soakPieces are what the soak test types: CJK, emoji (surrogate pairs,
// joiners), CRLF and lone CR, and fragments that make rules fire or stop
// firing in templates, scripts and app.json.
var soakPieces = []string{
	"a", "最", "你好", "😀", "👨‍👩‍👧", "\r\n", "\n", "\r", " ", "\t", "最好", "全网最低", "一键登录", "手机号授权登录",
	"<", ">", "</view>", "<view>", "<button open-type=\"getPhoneNumber\" bindgetphonenumber=\"onPhone\">", "</button>",
	"{{", "}}", "\"", "'", "<!-- mpls-disable-next-line content/extreme-words -->", "<text>", "</text>",
	"wx.getLocation({})", "onLoad() {", "this.locate()", "}", "{", "(", ")", ";", "// 最好", "/*", "*/",
	"wx.getPhoneNumber", "wx.showModal({ success(res) { if (res.confirm) {", "\"pages/map/map\",",
	"\"permission\": {\"scope.userLocation\": {\"desc\": \"门店\"}},", "\"requiredPrivateInfos\": [\"getLocation\"],",
	"\"navigationBarTitleText\": \"最好的咖啡\",", "[", "]", ",", ":", "true", "null",
}

// soakDoc is one document as the client sees it.
type soakDoc struct {
	uri, lang string
	text      string
	version   int
}

// lspOffset converts an LSP position to a byte offset with the spec's
// clamping (a character inside a surrogate pair means the character's
// start), independently of the server's package text.
func lspOffset(s string, line, char int) int {
	off := 0
	for l := 0; l < line; l++ {
		i := strings.IndexAny(s[off:], "\r\n")
		if i < 0 {
			return len(s)
		}
		off += i + 1
		if s[off-1] == '\r' && off < len(s) && s[off] == '\n' {
			off++
		}
	}
	end := len(s)
	if i := strings.IndexAny(s[off:], "\r\n"); i >= 0 {
		end = off + i
	}
	n := 0
	for off < end {
		r, size := utf8.DecodeRuneInString(s[off:end])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > char {
			break
		}
		n += w
		off += size
	}
	return off
}

// randomEdit makes one LSP change to d (insertion, deletion or
// replacement; positions may fall past line ends, past the last line or
// inside surrogate pairs) and applies it to d.text. The text stays around
// its original size: short texts grow, long ones shrink; insertions are
// pieces or whole lines of the original files.
func randomEdit(r *rand.Rand, d *soakDoc, lines []string) map[string]any {
	n := strings.Count(d.text, "\n") + strings.Count(d.text, "\r") + 1
	l1 := r.Intn(n + 1) // sometimes one past the last line
	c1 := r.Intn(30)
	if r.Intn(5) == 0 {
		c1 = r.Intn(200)
	}
	l2, c2 := l1, c1
	kind := r.Intn(10) // 0-3 insert, 4-6 delete, 7-9 replace
	if len(d.text) < 400 {
		kind = 0
	} else if len(d.text) > 2500 {
		kind = 4
	}
	if kind >= 4 {
		if r.Intn(4) == 0 {
			l2 = l1 + 1 + r.Intn(2)
			c2 = r.Intn(30)
		} else {
			c2 = c1 + 1 + r.Intn(12)
		}
	}
	ins := ""
	if kind < 4 || kind >= 7 {
		ins = soakPieces[r.Intn(len(soakPieces))]
		if r.Intn(3) == 0 {
			ins = lines[r.Intn(len(lines))] + []string{"\n", "\r\n"}[r.Intn(2)]
		}
	}
	a, z := lspOffset(d.text, l1, c1), lspOffset(d.text, l2, c2)
	if a > z {
		a, z = z, a
	}
	d.text = d.text[:a] + ins + d.text[z:]
	return map[string]any{"range": rng(l1, c1, l2, c2), "text": ins}
}

// soakClient follows one server's newest diagnostics per document.
type soakClient struct {
	*client
	latest map[string]publish
}

// take records one message; it reports false when none came within d.
func (s *soakClient) take(d time.Duration) bool {
	select {
	case m, ok := <-s.msgs:
		if !ok {
			s.t.Fatalf("server closed the connection")
		}
		if m.Method == "textDocument/publishDiagnostics" {
			var p publish
			if err := json.Unmarshal(m.Params, &p); err != nil {
				s.t.Fatalf("bad publish: %v", err)
			}
			s.latest[p.URI] = p
		}
		return true
	case <-time.After(d):
		return false
	}
}

// drain records every message already received.
func (s *soakClient) drain() {
	for s.take(0) {
	}
}

// waitVersion waits until the newest publish for uri has version v.
func (s *soakClient) waitVersion(uri string, v int) {
	deadline := time.Now().Add(60 * time.Second)
	for {
		if p, ok := s.latest[uri]; ok && p.Version != nil && *p.Version == v {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("no publish of %s version %d (newest %+v)", uri, v, s.latest[uri].Version)
		}
		s.take(time.Second)
	}
}

// norm is a publish's diagnostics in a canonical order and form.
func norm(p publish) string {
	var out []string
	for _, d := range p.Diagnostics {
		out = append(out, fmt.Sprintf("%d:%d-%d:%d %s sev%d %s", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Code, d.Severity, d.Message))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// TestSoakRandomEdits types 100,000 random edits (insertions, deletions,
// replacements across CJK, emoji, CRLF and lone CR, ranges past the end)
// into a template, a script and app.json of a project, through
// incremental didChange (several changes per notification). Every 5,000
// edits, the diagnostics published for the newest versions must equal —
// once the project rules settle — those a second server publishes for a
// fresh didOpen of the same texts (after a didClose: the buffer reverted
// to disk, then reopened).
func TestSoakRandomEdits(t *testing.T) {
	total, every := 100000, 5000
	if testing.Short() {
		total = 10000
	}
	rootA := copyTree(t, "../testdata/example")
	rootB := copyTree(t, "../testdata/example")
	a := &soakClient{client: startServer(t, "--log-level", "info"), latest: map[string]publish{}}
	b := &soakClient{client: startServer(t, "--log-level", "info"), latest: map[string]publish{}}
	for _, s := range []struct {
		c    *soakClient
		root string
	}{{a, rootA}, {b, rootB}} {
		s.c.initialize(s.root, nil)
		s.c.waitScan()
	}
	start := time.Now()
	var docs []*soakDoc
	var lines []string
	for _, f := range []struct{ rel, lang string }{{"pages/index/index.wxml", "wxml"}, {"pages/map/map.js", "javascript"}, {"app.json", "json"}} {
		src, err := os.ReadFile(filepath.Join(rootA, f.rel))
		if err != nil {
			t.Fatal(err)
		}
		d := &soakDoc{uri: fileURI(filepath.Join(rootA, f.rel)), lang: f.lang, text: string(src), version: 1}
		docs = append(docs, d)
		lines = append(lines, strings.Split(strings.TrimSpace(d.text), "\n")...)
		a.open(d.uri, d.lang, 1, d.text)
	}
	bURI := func(d *soakDoc) string { return strings.Replace(d.uri, fileURI(rootA), fileURI(rootB), 1) }

	r := rand.New(rand.NewSource(20240611))
	edits, notifications, checkpoint := 0, 0, 0
	for edits < total {
		d := docs[r.Intn(len(docs))]
		n := 1 + r.Intn(60)
		n = min(n, total-edits)
		changes := make([]any, n)
		for i := range changes {
			changes[i] = randomEdit(r, d, lines)
		}
		d.version++
		a.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": d.uri, "version": d.version}, "contentChanges": changes})
		edits += n
		notifications++
		a.drain()
		if edits/every > checkpoint || edits == total {
			checkpoint = edits / every
			compareFresh(t, a, b, docs, bURI, checkpoint)
		}
	}
	t.Logf("%d edits in %d notifications, %d checkpoints (%d diagnostics equal to a fresh open): %v", edits, notifications, checkpoint, compared, time.Since(start).Round(time.Millisecond))
	for _, d := range docs {
		t.Logf("%s: %d bytes, version %d, %d diagnostics", filepath.Base(d.uri), len(d.text), d.version, len(a.latest[d.uri].Diagnostics))
	}
	if rss := peakRSS(t, a.cmd.Process.Pid); rss > 300 && !raceBuild {
		t.Errorf("peak RSS %d MiB after the soak", rss)
	} else {
		t.Logf("peak RSS of the edited server: %d MiB", rss)
	}
}

// compareFresh waits for a's publishes of the newest versions, reopens
// the same texts in b, and requires both to agree (waiting, bounded, for
// the project rules of either server to settle).
func compareFresh(t *testing.T, a, b *soakClient, docs []*soakDoc, bURI func(*soakDoc) string, k int) {
	t.Helper()
	for _, d := range docs {
		a.waitVersion(d.uri, d.version)
	}
	for _, d := range docs {
		if k > 1 {
			b.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": bURI(d)}})
		}
		b.open(bURI(d), d.lang, 1000+k, d.text)
	}
	for _, d := range docs {
		b.waitVersion(bURI(d), 1000+k)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		diff := ""
		for _, d := range docs {
			pa, pb := a.latest[d.uri], b.latest[bURI(d)]
			if pa.Version == nil || *pa.Version != d.version || pb.Version == nil || *pb.Version != 1000+k || norm(pa) != norm(pb) {
				diff += fmt.Sprintf("%s (version %v, fresh %v):\nincremental:\n%s\nfresh:\n%s\ntext: %q\n", filepath.Base(d.uri), ver(pa), ver(pb), norm(pa), norm(pb), clipText(d.text))
			}
		}
		if diff == "" {
			for _, d := range docs {
				compared += len(a.latest[d.uri].Diagnostics)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("checkpoint %d: published diagnostics differ from a fresh open:\n%s", k, diff)
		}
		// wait for either server's next message
		if !a.take(20 * time.Millisecond) {
			b.take(20 * time.Millisecond)
		}
	}
}

// compared counts the diagnostics found equal at checkpoints.
var compared int

func ver(p publish) any {
	if p.Version == nil {
		return nil
	}
	return *p.Version
}

func clipText(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "…"
	}
	return s
}
