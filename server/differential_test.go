package server_test

// The editor shows what `mpls check` shows (issue #19): the built server,
// driven over stdio as an editor drives it, against the built CLI on the
// same text, over every real project of ../shared/corpus and every project
// folder of testdata/. Nothing here names a finding: both sides come from
// the same build, so rules may change under the test.

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

var diffSeed = flag.Int64("diffseed", 0, "seed of TestEditorMatchesCLI (0: $MPLS_DIFF_SEED, else the clock)")

// corpusDir is the real corpus, laid beside the clone (as in CI).
const corpusDir = "../../shared/corpus"

const (
	// diffQuiet is how long no message may arrive before a step's
	// publishes are compared; the comparison is repeated, as messages
	// come, until they equal the CLI's. A state that would go wrong only
	// later is seen by the next step, or by the end of a phase, which
	// waits for diffQuietEnd (the project rules run 40 ms after an edit).
	diffQuiet    = 50 * time.Millisecond
	diffQuietEnd = 300 * time.Millisecond
	// diffPatience bounds the wait for the editor to reach the CLI's
	// findings: only a server that never gets there waits this long. A
	// large corpus project re-checked after an app.json edit, six
	// workspaces at a time on a shared 2-core CI machine, has needed more
	// than 15 s (hc-dymall-wx: "open at version 4, newest publish 3",
	// passing when run alone); waiting longer hides no wrong result, which
	// never converges.
	diffPatience = 45 * time.Second
)

// TestEditorMatchesCLI: after the start-up scan, after opening each file
// the CLI reports on (every app.json too) in a shuffled order, after a
// no-op edit, after an edit and its undo, after closing some files and
// after settings changes (platform, a rule's severity), the union of the
// newest publishes equals `mpls check --format json` on the same text:
// same files, codes, ranges, messages and severities. The seed is logged;
// -diffseed N or MPLS_DIFF_SEED=N replays it. MPLS_DIFF_TRACE=1 logs how
// long each step, CLI run and rescan took.
func TestEditorMatchesCLI(t *testing.T) {
	seed := *diffSeed
	if seed == 0 {
		if v := os.Getenv("MPLS_DIFF_SEED"); v != "" {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				t.Fatalf("MPLS_DIFF_SEED=%q: %v", v, err)
			}
			seed = n
		}
	}
	if seed == 0 {
		seed = time.Now().UnixNano() % 1_000_000_007
	}
	t.Logf("seed %d (replay: MPLS_DIFF_SEED=%d go test ./server -run TestEditorMatchesCLI)", seed, seed)
	roots := diffRoots(t)
	start := time.Now()
	// Sessions mostly wait for the quiet that ends a step, so more of them
	// run at once than there are cores (t.Parallel would allow only
	// GOMAXPROCS). A slow step never fails: only one that never reaches
	// the CLI's findings does.
	jobs := 6
	if v, err := strconv.Atoi(os.Getenv("MPLS_DIFF_JOBS")); err == nil && v > 0 {
		jobs = v
	}
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	for _, r := range roots {
		h := fnv.New64a()
		h.Write([]byte(r.name))
		rs := seed ^ int64(h.Sum64()>>1)
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			t.Run(r.name, func(t *testing.T) {
				began := time.Now()
				s := newDiffSession(t, r.dir, rand.New(rand.NewSource(rs)), seed)
				s.run()
				t.Logf("%d steps, %d files opened, %d findings compared at the scan: %v", s.steps, s.opened, s.scanFindings, time.Since(began).Round(time.Millisecond))
			})
		}()
	}
	wg.Wait()
	t.Logf("%d workspaces in %v (%d at a time)", len(roots), time.Since(start).Round(time.Millisecond), jobs)
}

type diffRoot struct{ name, dir string }

// diffRoots: each corpus project, and each folder of testdata/ that holds
// a project (testdata/rules one area at a time).
func diffRoots(t *testing.T) []diffRoot {
	out := testdataRoots()
	inTestdata := len(out)
	ents, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatalf("the real corpus is not at %s (CI lays shared/ beside the clone): %v", corpusDir, err)
	}
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, diffRoot{"corpus:" + e.Name(), filepath.Join(corpusDir, e.Name())})
		}
	}
	if n := len(out) - inTestdata; n < 20 {
		t.Fatalf("%d projects in %s, want 20", n, corpusDir)
	}
	return out
}

// testdataRoots: the folders of testdata/ that hold a project, the areas
// of testdata/rules one by one (the longest sessions: they come first).
func testdataRoots() []diffRoot {
	var out []diffRoot
	tops, _ := filepath.Glob("../testdata/*")
	for _, d := range tops {
		if filepath.Base(d) == "corpus" || !holdsProject(d) {
			continue
		}
		if filepath.Base(d) == "rules" {
			areas, _ := filepath.Glob(filepath.Join(d, "*"))
			for _, a := range areas {
				if holdsProject(a) {
					out = append(out, diffRoot{"testdata:rules:" + filepath.Base(a), a})
				}
			}
			continue
		}
		out = append(out, diffRoot{"testdata:" + filepath.Base(d), d})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.Contains(out[i].name, ":rules:") && !strings.Contains(out[j].name, ":rules:")
	})
	return out
}

func holdsProject(dir string) bool {
	found := errors.New("found")
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (d.Name() == "app.json" || d.Name() == "game.json") {
			return found
		}
		return nil
	})
	return err == found
}

// diffDoc is a file the test holds open.
type diffDoc struct {
	rel, uri, lang, text string
	version              int
}

type diffSession struct {
	t    *testing.T
	c    *client
	r    *rand.Rand
	seed int64
	// srv is the server's copy of the workspace (never written); cli is
	// the CLI's, which holds the open buffers' text.
	srv, cli string
	latest   map[string]publish // by path relative to srv
	docs     map[string]*diffDoc
	base     map[string][]string // the CLI's findings on the files as they are
	want     map[string][]string
	// skipFile is left out of the comparison (a file whose text the
	// test changed for the CLI alone: mpls.json in the settings steps).
	skipFile func(rel string) bool

	steps, opened, scanFindings int
}

func newDiffSession(t *testing.T, src string, r *rand.Rand, seed int64) *diffSession {
	s := &diffSession{t: t, r: r, seed: seed, latest: map[string]publish{}, docs: map[string]*diffDoc{}}
	began := time.Now()
	s.srv = copyTree(t, src)
	s.cli = copyTree(t, src)
	if os.Getenv("MPLS_DIFF_TRACE") != "" {
		t.Logf("%v copies", time.Since(began).Round(time.Millisecond))
	}
	return s
}

func (s *diffSession) run() {
	t := s.t
	s.base = s.check()
	s.want = s.base
	for _, fs := range s.base {
		s.scanFindings += len(fs)
	}
	s.c = startServer(t, "--log-level", "info")
	s.c.initialize(s.srv, nil)
	s.c.waitScan()
	s.settleEnd("start-up scan")

	// open every file the CLI reports on, and every app.json
	files := map[string]bool{}
	for rel := range s.base {
		files[rel] = true
	}
	_ = filepath.WalkDir(s.srv, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (d.Name() == "app.json" || d.Name() == "game.json") {
			files[s.rel(p)] = true
		}
		return nil
	})
	order := make([]string, 0, len(files))
	for rel := range files {
		if langOf[filepath.Ext(rel)] != "" {
			order = append(order, rel)
		}
	}
	sort.Strings(order)
	s.r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	if os.Getenv("MPLS_DIFF_TRACE") != "" {
		s.t.Logf("opening %d files", len(order))
	}
	for _, rel := range order {
		s.open(rel)
		s.settle("open " + rel)
	}
	s.opened = len(order)
	s.settleEnd("opening every file")

	docs := s.openDocs()
	if len(docs) == 0 {
		return
	}
	// a no-op edit: an empty insertion and a character replaced by itself
	for _, d := range pick(s.r, docs, 3, nil) {
		s.noop(d)
		s.settle("no-op edit of " + d.rel)
	}
	// an edit, then its undo (app.json first: it reloads the model)
	for _, d := range pick(s.r, docs, 2, func(d *diffDoc) bool { return filepath.Base(d.rel) == "app.json" }) {
		undo := s.edit(d)
		s.settleEnd(fmt.Sprintf("edit of %s (version %d)", d.rel, d.version))
		undo()
		s.settleEnd(fmt.Sprintf("undo in %s (version %d)", d.rel, d.version))
	}
	// close some
	for _, d := range pick(s.r, docs, (len(docs)+1)/2, nil) {
		s.close(d)
		s.settle("close " + d.rel)
	}
	s.settleEnd("closing")
	s.settings()
}

// pick returns up to n of docs at random, those first matching first.
func pick(r *rand.Rand, docs []*diffDoc, n int, first func(*diffDoc) bool) []*diffDoc {
	ds := append([]*diffDoc(nil), docs...)
	r.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
	if first != nil {
		sort.SliceStable(ds, func(i, j int) bool { return first(ds[i]) && !first(ds[j]) })
	}
	if len(ds) > n {
		ds = ds[:n]
	}
	return ds
}

func (s *diffSession) openDocs() []*diffDoc {
	var out []*diffDoc
	for _, d := range s.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out
}

func (s *diffSession) rel(abs string) string {
	r, err := filepath.Rel(s.srv, abs)
	if err != nil {
		s.t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

func (s *diffSession) open(rel string) {
	b, err := os.ReadFile(filepath.Join(s.srv, filepath.FromSlash(rel)))
	if err != nil {
		s.t.Fatal(err)
	}
	d := &diffDoc{rel: rel, uri: fileURI(filepath.Join(s.srv, filepath.FromSlash(rel))), lang: langOf[filepath.Ext(rel)], text: string(b), version: 1}
	s.docs[rel] = d
	s.c.open(d.uri, d.lang, d.version, d.text)
}

func (s *diffSession) close(d *diffDoc) {
	delete(s.docs, d.rel)
	s.c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": d.uri}})
}

// change sends one didChange and applies it to the test's copy.
func (s *diffSession) change(d *diffDoc, l1, c1, l2, c2 int, text string) {
	a, z := offsetOf(d.text, l1, c1), offsetOf(d.text, l2, c2)
	d.text = d.text[:a] + text + d.text[z:]
	d.version++
	s.c.change(d.uri, d.version, map[string]any{"range": rng(l1, c1, l2, c2), "text": text})
}

// noop sends, in one notification, an empty insertion somewhere and the
// first character of a line written over with itself.
func (s *diffSession) noop(d *diffDoc) {
	lines := strings.Split(d.text, "\n")
	l := s.r.Intn(len(lines))
	ch := 0
	if n := utf16Col(strings.TrimRight(lines[l], "\r")); n > 0 {
		ch = s.r.Intn(n + 1)
	}
	off := offsetOf(d.text, l, ch)
	if off > 0 && off < len(d.text) && d.text[off-1] == '\r' && d.text[off] == '\n' {
		ch = 0 // never between \r and \n
	}
	changes := []any{map[string]any{"range": rng(l, ch, l, ch), "text": ""}}
	k := s.r.Intn(len(lines))
	if r := []rune(strings.TrimRight(lines[k], "\r")); len(r) > 0 {
		w := len(utf16.Encode(r[:1]))
		changes = append(changes, map[string]any{"range": rng(k, 0, k, w), "text": string(r[0])})
	}
	d.version++
	s.c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": d.uri, "version": d.version}, "contentChanges": changes})
}

// editSnippets are inserted at the start of a line: some make findings,
// some only move the ones after them, some break the syntax there.
var editSnippets = map[string][]string{
	"template": {"<text>全网最低价，最好的服务</text>\n", "<!-- 注释 -->\n", "\n", "<view>\n", "<button open-type=\"getPhoneNumber\">一键登录</button>\n"},
	"script":   {"// 注释 😀\n", "\n", "var mplsProbe = 'http://example.com/最好';\n", "wx.getLocation({ success() {} })\n", "function (\n"},
	"json":     {"\n", "  \n", "\"mplsProbe\": 1,\n"},
}

// edit inserts a snippet at the start of a random line, writes the text
// where the CLI reads it, and returns the undo.
func (s *diffSession) edit(d *diffDoc) (undo func()) {
	kind := "script"
	switch d.lang {
	case "json":
		kind = "json"
	case "wxml", "ttml", "axml", "swan", "qml":
		kind = "template"
	}
	snips := editSnippets[kind]
	snip := snips[s.r.Intn(len(snips))]
	if strings.Contains(d.text, "\r\n") {
		snip = strings.ReplaceAll(snip, "\n", "\r\n")
	}
	l := s.r.Intn(strings.Count(d.text, "\n") + 1)
	s.change(d, l, 0, l, 0, snip)
	if os.Getenv("MPLS_DIFF_TRACE") != "" {
		s.t.Logf("edit %s line %d: %q", d.rel, l, snip)
	}
	nl := strings.Count(snip, "\n")
	s.writeCLI(d.rel, d.text)
	s.want = s.check()
	return func() {
		s.change(d, l, 0, l+nl, 0, "")
		s.writeCLI(d.rel, d.text)
		s.want = s.base
	}
}

func (s *diffSession) writeCLI(rel, text string) {
	if err := os.WriteFile(filepath.Join(s.cli, filepath.FromSlash(rel)), []byte(text), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

var platforms = []string{"wechat", "douyin", "alipay", "baidu", "qq"}

var severityNames = []string{"error", "warning", "information", "hint"}

// settings changes the platform, then a rule's severity (and turns
// another off), then goes back to no settings; each through
// workspace/didChangeConfiguration, against the CLI with the same
// settings in mpls.json.
func (s *diffSession) settings() {
	var codes []string
	seen := map[string]bool{}
	for _, fs := range s.base {
		for _, f := range fs {
			code := strings.Fields(f)[1]
			if !seen[code] {
				seen[code] = true
				codes = append(codes, code)
			}
		}
	}
	sort.Strings(codes)
	steps := []map[string]any{{"platform": platforms[s.r.Intn(len(platforms))]}}
	if len(codes) > 0 {
		rules := map[string]any{codes[s.r.Intn(len(codes))]: severityNames[s.r.Intn(len(severityNames))]}
		if len(codes) > 1 {
			rules[codes[s.r.Intn(len(codes))]] = "off"
		}
		steps = append(steps, map[string]any{"rules": rules})
	}
	steps = append(steps, map[string]any{})
	restore := func() {}
	for _, st := range steps {
		restore()
		if restore = s.configure(st); restore == nil {
			s.t.Logf("settings steps left out: an mpls.json of the workspace is not JSON")
			return
		}
		if len(st) == 0 {
			s.want = s.base
			s.skipFile = nil
		} else {
			s.want = s.check()
		}
		s.c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"mpls": st}})
		began := time.Now()
		s.c.waitScan()
		if os.Getenv("MPLS_DIFF_TRACE") != "" {
			s.t.Logf("%v rescan", time.Since(began).Round(time.Millisecond))
		}
		b, _ := json.Marshal(st)
		s.settleEnd("settings " + string(b))
	}
	restore()
}

// configure lays settings over every mpls.json of the CLI's copy (one at
// its root too) and returns what puts them back, or nil when one is not
// JSON. Findings in a rewritten mpls.json are left out of the comparison:
// the server reads the original.
func (s *diffSession) configure(st map[string]any) (restore func()) {
	if len(st) == 0 {
		return func() {}
	}
	paths := []string{filepath.Join(s.cli, "mpls.json")}
	_ = filepath.WalkDir(s.cli, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "mpls.json" && p != paths[0] {
			paths = append(paths, p)
		}
		return nil
	})
	saved := map[string][]byte{}
	rewritten := map[string]bool{}
	objs := map[string]map[string]any{}
	for _, p := range paths {
		old, err := os.ReadFile(p)
		m := map[string]any{}
		if err == nil {
			saved[p] = old
			if json.Unmarshal(old, &m) != nil {
				return nil // not JSON (a fixture of a broken mpls.json): nothing to lay settings over
			}
		}
		objs[p] = m
	}
	for _, p := range paths {
		m := objs[p]
		for k, v := range st {
			if k == "rules" {
				rules, _ := m["rules"].(map[string]any)
				if rules == nil {
					rules = map[string]any{}
				}
				for id, sev := range v.(map[string]any) {
					rules[id] = sev
				}
				v = rules
			}
			m[k] = v
		}
		b, _ := json.MarshalIndent(m, "", "  ")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			s.t.Fatal(err)
		}
		rewritten[s.relCLI(p)] = true
	}
	s.skipFile = func(rel string) bool { return rewritten[rel] }
	return func() {
		for _, p := range paths {
			if old, ok := saved[p]; ok {
				_ = os.WriteFile(p, old, 0o644)
			} else {
				_ = os.Remove(p)
			}
		}
	}
}

func (s *diffSession) relCLI(abs string) string {
	r, _ := filepath.Rel(s.cli, abs)
	return filepath.ToSlash(r)
}

// check runs `mpls check --format json` on the CLI's copy: findings by
// file, each as "range code severity message".
func (s *diffSession) check() map[string][]string {
	s.t.Helper()
	if os.Getenv("MPLS_DIFF_TRACE") != "" {
		began := time.Now()
		defer func() { s.t.Logf("%v mpls check", time.Since(began).Round(time.Millisecond)) }()
	}
	cmd := exec.Command(binary, "check", "--format", "json", s.cli)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		s.t.Fatalf("mpls check: %v\n%s", err, stderr.String())
	}
	var res struct {
		Diagnostics []struct {
			File     string
			Range    struct{ Start, End struct{ Line, Character int } }
			Severity string
			Code     string
			Message  string
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		s.t.Fatalf("mpls check output: %v", err)
	}
	by := map[string][]string{}
	for _, d := range res.Diagnostics {
		by[d.File] = append(by[d.File], diffLine(d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Code, d.Severity, d.Message))
	}
	for _, fs := range by {
		sort.Strings(fs)
	}
	return by
}

func diffLine(l1, c1, l2, c2 int, code, sev, msg string) string {
	return fmt.Sprintf("%d:%d-%d:%d %s %s %s", l1, c1, l2, c2, code, sev, msg)
}

var severityOf = map[int]string{1: "error", 2: "warning", 3: "information", 4: "hint"}

// editor is the union of the newest publishes, by file.
func (s *diffSession) editor() map[string][]string {
	by := map[string][]string{}
	for rel, p := range s.latest {
		for _, d := range p.Diagnostics {
			by[rel] = append(by[rel], diffLine(d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Code, severityOf[d.Severity], d.Message))
		}
	}
	for _, fs := range by {
		sort.Strings(fs)
	}
	return by
}

// take records one message; false when none came within d.
func (s *diffSession) take(d time.Duration) bool {
	var m message
	if len(s.c.pending) > 0 {
		m, s.c.pending = s.c.pending[0], s.c.pending[1:]
	} else {
		timer := time.NewTimer(d)
		defer timer.Stop()
		var ok bool
		select {
		case m, ok = <-s.c.msgs:
			if !ok {
				s.t.Fatalf("server closed the connection")
			}
		case <-timer.C:
			return false
		}
	}
	if m.Method == "textDocument/publishDiagnostics" {
		var p publish
		if err := json.Unmarshal(m.Params, &p); err != nil {
			s.t.Fatalf("bad publish: %v", err)
		}
		s.latest[s.rel(uriFile(p.URI))] = p
	}
	return true
}

// settle waits until the server is quiet and its publishes equal the
// CLI's findings (open files at their newest version); it fails the test
// with the difference if they do not within diffPatience.
func (s *diffSession) settle(step string) { s.t.Helper(); s.settleFor(step, diffQuiet) }

// settleEnd is settle at the end of a phase: the quiet is longer.
func (s *diffSession) settleEnd(step string) { s.t.Helper(); s.settleFor(step, diffQuietEnd) }

func (s *diffSession) settleFor(step string, quiet time.Duration) {
	s.t.Helper()
	s.steps++
	if os.Getenv("MPLS_DIFF_TRACE") != "" {
		began := time.Now()
		defer func() { s.t.Logf("%v %s", time.Since(began).Round(time.Millisecond), step) }()
	}
	deadline := time.Now().Add(diffPatience)
	for {
		for s.take(quiet) {
		}
		diff := s.diff()
		if diff == "" {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("after %s: the editor shows other findings than mpls check on the same text (- CLI only, + editor only):\n%s\nreplay: MPLS_DIFF_SEED=%d go test ./server -run '^%s$'", step, diff, s.seed, regexp.QuoteMeta(s.t.Name()))
		}
	}
}

func (s *diffSession) diff() string {
	var b strings.Builder
	for _, d := range s.openDocs() {
		p, ok := s.latest[d.rel]
		if !ok || p.Version == nil || *p.Version != d.version {
			fmt.Fprintf(&b, "%s: open at version %d, newest publish %v\n", d.rel, d.version, ver(p))
		}
	}
	got, want := s.editor(), s.want
	files := map[string]bool{}
	for f := range got {
		files[f] = true
	}
	for f := range want {
		files[f] = true
	}
	var names []string
	for f := range files {
		if s.skipFile == nil || !s.skipFile(f) {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	for _, f := range names {
		g, w := got[f], want[f]
		if strings.Join(g, "\n") == strings.Join(w, "\n") {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", f)
		gs, ws := map[string]int{}, map[string]int{}
		for _, x := range g {
			gs[x]++
		}
		for _, x := range w {
			ws[x]++
		}
		for _, x := range w {
			if gs[x] > 0 {
				gs[x]--
				continue
			}
			fmt.Fprintf(&b, "  - %s\n", clip(x))
		}
		for _, x := range g {
			if ws[x] > 0 {
				ws[x]--
				continue
			}
			fmt.Fprintf(&b, "  + %s\n", clip(x))
		}
	}
	return b.String()
}

func clip(s string) string {
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}
