package privacydecl_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/jsonv"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
	"mpls/analysis/ruledoc"
)

// update runs what `mpls privacy --write` does on a folder and returns
// the file written and the keys added.
func update(t *testing.T, dir string) (string, []byte, []string) {
	t.Helper()
	pr := check(t, dir)
	s := save(t, dir, pr.Env, privacydecl.Derive(pr.Env))
	out := s.Out
	if _, errs := jsonv.ParseBytes(out); len(errs) > 0 {
		t.Fatalf("%s does not parse: %v\n%s", s.Path, errs, out)
	}
	return s.Path, out, s.Added
}

// save plans the write and writes it, as the CLI does.
func save(t *testing.T, dir string, env *rule.Env, decl *privacydecl.Declaration) privacydecl.Write {
	t.Helper()
	w, err := privacydecl.PlanWrite(env, decl)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Unchanged {
		if err := os.WriteFile(filepath.Join(dir, w.Path), w.Out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// PlanWrite says what it does: created with drafts counted, then up to
// date.
func TestPlanWriteReports(t *testing.T) {
	dir := copyCase(t, cases+"/media")
	pr := check(t, dir)
	decl := privacydecl.Derive(pr.Env)
	s := save(t, dir, pr.Env, decl)
	drafts := 0
	for _, st := range decl.Settings {
		if st.Draft {
			drafts++
		}
	}
	if !s.Created || s.Unchanged || len(s.Added) != len(decl.Settings) || s.Drafts != drafts {
		t.Errorf("first save: %+v (drafts %d)", s, drafts)
	}
	pr = check(t, dir)
	if s := save(t, dir, pr.Env, privacydecl.Derive(pr.Env)); s.Created || !s.Unchanged || len(s.Added) != 0 {
		t.Errorf("second save: %+v", s)
	}
}

func TestWriteCreates(t *testing.T) {
	dir := copyCase(t, cases+"/media")
	path, out, added := update(t, dir)
	if path != "privacy.json" || strings.Join(added, ",") != "Album,Record,Camera,AlbumWriteOnly" {
		t.Fatalf("%s added %v", path, added)
	}
	want := `{
  "owner_setting": {
    "contact_phone": "",
    "contact_email": "",
    "notice_method": "",
    "store_expire_timestamp": ""
  },
  "setting_list": [
    {
      "privacy_key": "Album",
      "privacy_text": "上传商品图片"
    },
    {
      "privacy_key": "Record",
      "privacy_text": "录制语音消息"
    },
    {
      "privacy_key": "Camera",
      "privacy_text": "拍摄照片或视频"
    },
    {
      "privacy_key": "AlbumWriteOnly",
      "privacy_text": "保存海报到相册，方便你分享给好友"
    }
  ]
}
`
	if string(out) != want {
		t.Fatalf("privacy.json:\n%s", out)
	}
	// Written, the project now satisfies the declaration rules.
	for _, id := range []string{"privacy/undeclared-category", "privacy/unused-declaration"} {
		if fs := findings(t, dir, id); len(fs) > 0 {
			t.Errorf("%s after --write: %+v", id, fs)
		}
	}
	// A second run changes nothing.
	if _, again, added := update(t, dir); string(again) != string(out) || len(added) > 0 {
		t.Errorf("second write changed the file (added %v)", added)
	}
}

func TestWriteKeepsTeamText(t *testing.T) {
	dir := copyCase(t, cases+"/media")
	src := "{\n\t\"setting_list\": [\n\t\t{\"privacy_key\": \"Album\", \"privacy_text\": \"上传商品主图\"},\n\t\t{\"privacy_key\": \"Contact\", \"privacy_text\": \"保存客服电话\"}\n\t]\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "privacy.json"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, added := update(t, dir)
	if strings.Join(added, ",") != "Record,Camera,AlbumWriteOnly" {
		t.Fatalf("added %v", added)
	}
	want := "{\n\t\"setting_list\": [\n\t\t{\"privacy_key\": \"Album\", \"privacy_text\": \"上传商品主图\"},\n\t\t{\"privacy_key\": \"Contact\", \"privacy_text\": \"保存客服电话\"},\n" +
		"\t\t{\"privacy_key\": \"Record\", \"privacy_text\": \"录制语音消息\"},\n" +
		"\t\t{\"privacy_key\": \"Camera\", \"privacy_text\": \"拍摄照片或视频\"},\n" +
		"\t\t{\"privacy_key\": \"AlbumWriteOnly\", \"privacy_text\": \"保存海报到相册，方便你分享给好友\"}\n\t],\n" +
		"\t\"owner_setting\": {\n\t\t\"contact_phone\": \"\",\n\t\t\"contact_email\": \"\",\n\t\t\"notice_method\": \"\",\n\t\t\"store_expire_timestamp\": \"\"\n\t}\n}\n"
	if string(out) != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
	// the unused Contact stays (the team decides), and is reported
	fs := findings(t, dir, "privacy/unused-declaration")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.En, "Contact") {
		t.Errorf("unused-declaration: %+v", fs)
	}
}

func TestWriteIntoMplsJSON(t *testing.T) {
	dir := copyCase(t, cases+"/clipboard")
	src := "{\n  \"locale\": \"zh-CN\",\n  \"privacy\": {\n    \"owner_setting\": { \"notice_method\": \"站内信\" }\n  }\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "mpls.json"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	path, out, added := update(t, dir)
	want := "{\n  \"locale\": \"zh-CN\",\n  \"privacy\": {\n    \"owner_setting\": { \"notice_method\": \"站内信\" },\n    \"setting_list\": [\n      {\n        \"privacy_key\": \"Clipboard\",\n        \"privacy_text\": \"复制订单号\"\n      }\n    ]\n  }\n}\n"
	if path != "mpls.json" || strings.Join(added, ",") != "Clipboard" || string(out) != want {
		t.Fatalf("%s %v:\n%s", path, added, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "privacy.json")); err == nil {
		t.Error("privacy.json created beside mpls.json's declaration")
	}
}

func TestWriteRefusesBroken(t *testing.T) {
	dir := copyCase(t, cases+"/clipboard")
	if err := os.WriteFile(filepath.Join(dir, "privacy.json"), []byte("{\"setting_list\": [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pr := check(t, dir)
	_, _, _, err := privacydecl.Update(privacydecl.ReadDeclared(pr.Env), privacydecl.Derive(pr.Env))
	if !errors.Is(err, privacydecl.ErrBroken) {
		t.Fatalf("err = %v", err)
	}
	if _, err := privacydecl.PlanWrite(pr.Env, privacydecl.Derive(pr.Env)); !errors.Is(err, privacydecl.ErrBroken) || !strings.HasPrefix(err.Error(), "privacy.json: ") {
		t.Fatalf("PlanWrite: err = %v", err)
	}
}

func TestHover(t *testing.T) {
	pr := check(t, cases+"/location")
	u := pr.Units["pages/index/index.js"]
	off := strings.Index(string(u.Text), "getLocation")
	got := ruledoc.HoverAt(u, off+2, pr.Env, "zh-CN")
	for _, w := range []string{"`wx.getLocation`", "位置信息（`Location`）", "`scope.userLocation`", "requiredPrivateInfos：需要列出 · 已列出 ✓", "desc：需要 · 已填写 ✓", "没有 privacy.json"} {
		if !strings.Contains(got, w) {
			t.Errorf("hover lacks %q:\n%s", w, got)
		}
	}
	if s := ruledoc.HoverAt(u, 0, pr.Env, "zh-CN"); s != "" {
		t.Errorf("hover on Page: %q", s)
	}

	// a component, in English, with a declaration that lacks it
	dir := copyCase(t, cases+"/profile")
	if err := os.WriteFile(filepath.Join(dir, "privacy.json"), []byte(`{"setting_list": [{"privacy_key": "PhoneNumber", "privacy_text": "手机号授权登录"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	pr = check(t, dir)
	u = pr.Units["pages/me/me.wxml"]
	off = strings.Index(string(u.Text), "<input") + 2
	got = privacydecl.Hover(u, off, pr.Env, "en")
	for _, w := range []string{"`<input type=\"nickname\">`", "UserInfo", "requiredPrivateInfos: not needed", "(privacy.json): `UserInfo` not declared ✗"} {
		if !strings.Contains(got, w) {
			t.Errorf("hover lacks %q:\n%s", w, got)
		}
	}
}
