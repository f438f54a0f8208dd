package server

import (
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"mpls/analysis/engine"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
)

// TestNoPublishBetweenTextAndFindings: while a new text's file rules run,
// the file's unit is already the new one but its findings are still those
// of the text before. A publish in that window (a project check finishing,
// another file's reload) would send the old findings at their old byte
// offsets read against the new text, labelled with the new version: the
// editor shows them at the wrong place until the next publish. Seen under
// load as a phone-label finding that fix-all had just fixed, published
// again with the fixed text's version (TestFixAllAndDisable).
func TestNoPublishBetweenTextAndFindings(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	got := make(chan jsonrpc2.Message, 8)
	go func() {
		st := jsonrpc2.NewStream(b)
		for {
			m, _, err := st.Read(context.Background())
			if err != nil {
				return
			}
			got <- m
		}
	}()
	s := &Server{log: zap.NewNop(), conn: jsonrpc2.NewConn(jsonrpc2.NewStream(a)), docs: map[protocol.DocumentURI]*document{}}
	w := &workspace{s: s}
	s.ws = w
	root := t.TempDir()
	p := newProj(root, nil)
	w.projects = []*proj{p}
	const rel = "pages/index/index.wxml"
	before := "<button open-type=\"getPhoneNumber\">一键登录</button>\n"
	after := "<view class=\"tip\">登录后可查看订单</view>\n" + before
	unit := func(v int32, txt string) *rule.Unit {
		f := source.New(rel, parse.Template, v, []byte(txt))
		t.Cleanup(f.Close)
		u := engine.BuildUnit(f, "wx")
		t.Cleanup(func() { engine.Release(u) })
		return u
	}
	u1, u2 := unit(1, before), unit(2, after)
	label := func(txt string) rule.Finding {
		i := strings.Index(txt, "一键登录")
		return rule.Finding{Rule: "login/phone-button-label", Severity: rule.Warning, Path: rel,
			Span: text.Span{Start: i, End: i + len("一键登录")}, Message: rule.Msg{Zh: "x", En: "x"}}
	}
	next := func() (map[string]any, bool) {
		select {
		case m := <-got:
			var q map[string]any
			_ = json.Unmarshal(m.(*jsonrpc2.Notification).Params(), &q)
			return q, true
		case <-time.After(300 * time.Millisecond):
			return nil, false
		}
	}

	// the new text's unit is in, its file rules are running
	w.mu.Lock()
	p.units[rel], p.fileF[rel], p.fileU[rel] = u2, []rule.Finding{label(before)}, u1
	w.mu.Unlock()
	w.publish(p, rel)
	if q, ok := next(); ok {
		t.Fatalf("published the old text's findings against the new text: %v", q)
	}
	if _, _, fs := w.findings(filepath.Join(root, rel)); len(fs) != 0 {
		t.Fatalf("code actions would see the old text's findings against the new text: %+v", fs)
	}

	// its findings are in: published, on the line the label is on now
	w.mu.Lock()
	p.fileF[rel], p.fileU[rel] = []rule.Finding{label(after)}, u2
	w.mu.Unlock()
	w.publish(p, rel)
	q, ok := next()
	if !ok {
		t.Fatal("nothing published once the findings of the new text were in")
	}
	ds, _ := q["diagnostics"].([]any)
	if len(ds) != 1 {
		t.Fatalf("diagnostics %v", q)
	}
	line := ds[0].(map[string]any)["range"].(map[string]any)["start"].(map[string]any)["line"]
	if line != float64(1) {
		t.Fatalf("the label is on line 1 of the new text, published on %v", line)
	}
}
