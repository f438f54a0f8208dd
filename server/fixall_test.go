package server_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixAllAndDisable: source.fixAll.mpls returns one consistent edit for
// a page with many findings, after which no finding with a safe fix is
// left; "disable for this line" inserts a suppression that silences the
// finding; a suppression naming an unknown rule is itself reported.
func TestFixAllAndDisable(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	page := filepath.Join(root, "pages/index/index.wxml")
	src := "<view class=\"page\">\r\n" +
		"\t<button open-type=\"getPhoneNumber\" bindgetphonenumber=\"onPhone\">一键登录</button>\r\n" +
		"\t<van-button open-type=\"getPhoneNumber\" text=\"快捷登录\" />\r\n" +
		"\t<text>😀 全网最好的咖啡</text>\r\n" +
		"\t<!-- mpls-disable-next-line content/no-such-rule -->\r\n" +
		"\t<text>第一步：选择门店</text>\r\n" +
		"</view>\r\n"
	if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	c := startServer(t)
	c.initialize(root, nil)
	u := fileURI(page)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "wxml", "version": 1, "text": src}})
	p := c.waitPublish(u, 1)
	if find(p.Diagnostics, "suppression/unknown-rule") == nil {
		t.Fatalf("unknown rule in a suppression not reported: %+v", p.Diagnostics)
	}
	n := 0
	for _, d := range p.Diagnostics {
		if d.Code == "login/phone-button-label" {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("want 2 phone label findings, got %+v", p.Diagnostics)
	}

	as := codeActions(t, c, u, diag{}, "source.fixAll.mpls")
	if len(as) != 1 || as[0].Kind != "source.fixAll.mpls" {
		t.Fatalf("fixAll actions: %+v", as)
	}
	edits := as[0].Edit.Changes[u]
	for i := 1; i < len(edits); i++ {
		a, b := edits[i-1].Range.End, edits[i].Range.Start
		if a.Line > b.Line || (a.Line == b.Line && a.Character > b.Character) {
			t.Fatalf("overlapping or unsorted edits: %+v", edits)
		}
	}
	var changes []any
	for i := len(edits) - 1; i >= 0; i-- { // apply bottom-up, each against the text so far
		changes = append(changes, map[string]any{"range": edits[i].Range, "text": edits[i].NewText})
	}
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 2}, "contentChanges": changes})
	text := applyEdits(src, edits)
	if !strings.Contains(text, ">手机号授权登录</button>\r\n") || !strings.Contains(text, `text="手机号授权登录"`) {
		t.Fatalf("fix-all result:\n%s", text)
	}
	p = c.waitPublish(u, 2)
	for _, d := range p.Diagnostics {
		if d.Code == "login/phone-button-label" {
			t.Fatalf("a safe-fixable finding is left after fix-all: %+v", d)
		}
	}
	// fix-all again changes nothing
	if as := codeActions(t, c, u, diag{}, "source.fixAll.mpls"); len(as) != 0 {
		t.Fatalf("fix-all offered twice: %+v", as)
	}

	// disable the extreme word for its line
	d := find(p.Diagnostics, "content/extreme-words")
	if d == nil {
		t.Fatalf("extreme word not reported: %+v", p.Diagnostics)
	}
	var dis *action
	for _, a := range codeActions(t, c, u, *d) {
		if strings.Contains(a.Title, "禁用") {
			a := a
			dis = &a
		}
	}
	if dis == nil {
		t.Fatalf("no disable action for %+v", *d)
	}
	e := dis.Edit.Changes[u]
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": u, "version": 3}, "contentChanges": []any{map[string]any{"range": e[0].Range, "text": e[0].NewText}}})
	text = applyEdits(text, e)
	if !strings.Contains(text, "\t<!-- mpls-disable-next-line content/extreme-words -->\r\n\t<text>😀 全网最好") {
		t.Fatalf("disable comment not inserted with the line's indentation and CRLF:\n%q", text)
	}
	p = c.waitPublish(u, 3)
	if find(p.Diagnostics, "content/extreme-words") != nil {
		t.Fatalf("suppressed finding still published: %+v", p.Diagnostics)
	}
}

// configAction is a code action whose edit may create a file.
type configAction struct {
	Title string
	Kind  string
	Edit  struct {
		Changes         map[string][]textEdit
		DocumentChanges []json.RawMessage
	}
}

// TestDisableInConfig: a finding in app.json (JSON has no comments, so no
// "disable for this line") gets "turn the rule off in mpls.json": an edit
// of the project's mpls.json in its own style, or, when there is none and
// the client can create files, a create + edit; applied, the finding is
// gone. A client that cannot create files gets no such action.
func TestDisableInConfig(t *testing.T) {
	const id = "privacy/permission-desc-missing"
	caps := map[string]any{"capabilities": map[string]any{"workspace": map[string]any{
		"configuration": true,
		"workspaceEdit": map[string]any{"documentChanges": true, "resourceOperations": []string{"create", "rename", "delete"}},
	}}}
	appAction := func(t *testing.T, c *client, root string) (*configAction, string) {
		t.Helper()
		appURI := fileURI(filepath.Join(root, "app.json"))
		p := c.waitFor(appURI, -1, func(ds []diag) bool { return find(ds, id) != nil })
		d := find(p.Diagnostics, id)
		r := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": appURI}, "range": d.Range, "context": map[string]any{"diagnostics": []any{}}})
		var as []configAction
		if err := json.Unmarshal(r.Result, &as); err != nil {
			t.Fatal(err)
		}
		for i := range as {
			if strings.Contains(as[i].Title, "mpls.json") {
				return &as[i], appURI
			}
		}
		return nil, appURI
	}
	gone := func(t *testing.T, c *client, appURI string) {
		t.Helper()
		c.waitFor(appURI, -1, func(ds []diag) bool { return find(ds, id) == nil })
	}

	t.Run("create", func(t *testing.T) {
		root := copyTree(t, "../testdata/example")
		c := startServer(t)
		c.initialize(root, caps)
		a, appURI := appAction(t, c, root)
		if a == nil || len(a.Edit.DocumentChanges) != 2 {
			t.Fatalf("no create-mpls.json action: %+v", a)
		}
		var create struct{ Kind, URI string }
		var edit struct {
			TextDocument struct{ URI string }
			Edits        []textEdit
		}
		_ = json.Unmarshal(a.Edit.DocumentChanges[0], &create)
		_ = json.Unmarshal(a.Edit.DocumentChanges[1], &edit)
		cfg := filepath.Join(root, "mpls.json")
		if create.Kind != "create" || uriFile(create.URI) != cfg || uriFile(edit.TextDocument.URI) != cfg || len(edit.Edits) != 1 {
			t.Fatalf("documentChanges: %+v %+v", create, edit)
		}
		body := applyEdits("", edit.Edits)
		var v map[string]map[string]string
		if err := json.Unmarshal([]byte(body), &v); err != nil || v["rules"][id] != "off" {
			t.Fatalf("mpls.json body %q: %v", body, err)
		}
		// the editor creates the file and opens it with the edit applied
		if err := os.WriteFile(cfg, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		c.open(fileURI(cfg), "json", 1, body)
		gone(t, c, appURI)
	})

	t.Run("edit", func(t *testing.T) {
		root := copyTree(t, "../testdata/example")
		cfg := filepath.Join(root, "mpls.json")
		src := "{\r\n\t\"platform\": \"wechat\",\r\n\t\"rules\": {\r\n\t\t\"content/extreme-words\": \"warning\"\r\n\t}\r\n}\r\n"
		if err := os.WriteFile(cfg, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		c := startServer(t)
		c.initialize(root, nil) // no create capability: not needed here
		a, appURI := appAction(t, c, root)
		if a == nil || len(a.Edit.Changes) != 1 {
			t.Fatalf("no mpls.json edit: %+v", a)
		}
		var edits []textEdit
		for u, es := range a.Edit.Changes {
			if uriFile(u) != cfg {
				t.Fatalf("edit of %s", u)
			}
			edits = es
		}
		got := applyEdits(src, edits)
		want := "{\r\n\t\"platform\": \"wechat\",\r\n\t\"rules\": {\r\n\t\t\"content/extreme-words\": \"warning\",\r\n\t\t\"" + id + "\": \"off\"\r\n\t}\r\n}\r\n"
		if got != want {
			t.Fatalf("mpls.json after the action:\n%q\nwant\n%q", got, want)
		}
		c.open(fileURI(cfg), "json", 1, src)
		c.change(fileURI(cfg), 2, map[string]any{"range": edits[0].Range, "text": edits[0].NewText})
		gone(t, c, appURI)
	})

	t.Run("no-create-capability", func(t *testing.T) {
		root := copyTree(t, "../testdata/example")
		c := startServer(t)
		c.initialize(root, nil)
		if a, _ := appAction(t, c, root); a != nil {
			t.Fatalf("an action the client cannot apply: %+v", a)
		}
	})
}

// TestVersionedEdits: a client that takes documentChanges gets edits that
// name the version they were computed on (open documents) or null (files
// not open), so an edit that went stale is refused rather than applied at
// the wrong place.
func TestVersionedEdits(t *testing.T) {
	root := copyTree(t, "../testdata/example")
	c := startServer(t)
	c.initialize(root, map[string]any{"capabilities": map[string]any{"workspace": map[string]any{
		"workspaceEdit": map[string]any{"documentChanges": true},
	}}})
	type docEdit struct {
		TextDocument struct {
			URI     string
			Version *int
		}
		Edits []textEdit
	}
	actions := func(uri string, d diag) []docEdit {
		t.Helper()
		r := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": d.Range, "context": map[string]any{"diagnostics": []any{}, "only": []string{"quickfix"}}})
		var as []struct {
			Title string
			Edit  struct {
				Changes         map[string]any
				DocumentChanges []docEdit
			}
		}
		if err := json.Unmarshal(r.Result, &as); err != nil || len(as) == 0 {
			t.Fatalf("code actions %s: %v", r.Result, err)
		}
		if as[0].Edit.Changes != nil {
			t.Fatalf("changes instead of documentChanges: %s", r.Result)
		}
		return as[0].Edit.DocumentChanges
	}

	page := filepath.Join(root, "pages/index/index.wxml")
	b, _ := os.ReadFile(page)
	u := fileURI(page)
	c.open(u, "wxml", 7, string(b))
	p := c.waitPublish(u, 7)
	dc := actions(u, *find(p.Diagnostics, "login/phone-button-label"))
	if len(dc) != 1 || uriFile(dc[0].TextDocument.URI) != page || dc[0].TextDocument.Version == nil || *dc[0].TextDocument.Version != 7 {
		t.Fatalf("edit of the open page: %+v", dc)
	}
	if got := applyEdits(string(b), dc[0].Edits); !strings.Contains(got, ">手机号授权登录</button>") {
		t.Fatalf("fixed page:\n%s", got)
	}

	appURI := fileURI(filepath.Join(root, "app.json"))
	ap := c.waitFor(appURI, -1, func(ds []diag) bool { return find(ds, "privacy/required-private-infos") != nil })
	dc = actions(appURI, *find(ap.Diagnostics, "privacy/required-private-infos"))
	if len(dc) != 1 || dc[0].TextDocument.Version != nil {
		t.Fatalf("edit of app.json, not open, must have a null version: %+v", dc)
	}
}
