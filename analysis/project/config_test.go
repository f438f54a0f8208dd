package project

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfigValid(t *testing.T) {
	src := `{
  "$schema": "https://example.com/mpls.schema.json",
  "platform": "douyin",
  "locale": "en",
  "rules": {"content/extreme-words": "warning", "login/*": "off", "privacy/vague-purpose": "info"},
  "lexicon": {"add": {"extreme": ["史上"], "prohibited": ["代充"]}, "allow": ["最近", "最新"]},
  "ignore": ["**/mock/**", "vendor/", "*.min.js"],
  "privacy": {"contact": {"email": "privacy@example.com"}, "storage": "30天"}
}`
	c, probs := ParseConfig([]byte(src))
	if len(probs) != 0 {
		t.Fatalf("problems %v", probs)
	}
	if c.Platform != Douyin || c.Locale != "en" {
		t.Errorf("platform/locale %q %q", c.Platform, c.Locale)
	}
	if c.Rules["content/extreme-words"] != SeverityWarning || c.Rules["login/*"] != SeverityOff || c.Rules["privacy/vague-purpose"] != SeverityInformation {
		t.Errorf("rules %v", c.Rules)
	}
	if !eqStrings(c.RuleIDs(), []string{"content/extreme-words", "login/*", "privacy/vague-purpose"}) {
		t.Errorf("RuleIDs %v", c.RuleIDs())
	}
	if !eqStrings(c.Lexicon.Add["extreme"], []string{"史上"}) || !eqStrings(c.Lexicon.Allow, []string{"最近", "最新"}) {
		t.Errorf("lexicon %+v", c.Lexicon)
	}
	if !eqStrings(c.Ignore, []string{"**/mock/**", "vendor/", "*.min.js"}) {
		t.Errorf("ignore %v", c.Ignore)
	}
	if !strings.HasPrefix(string(c.Privacy), `{"contact"`) || c.PrivacyValue.Path("contact", "email").Str != "privacy@example.com" {
		t.Errorf("privacy %s", c.Privacy)
	}
}

func TestParseConfigProblems(t *testing.T) {
	src := `{
  "platfrom": "wechat",
  "platform": "symbian",
  "locale": "fr",
  "rules": {"a/b": "loud", "c/d": 2, "e/f": "error"},
  "lexicon": {"add": {"extreme": "最"}, "allow": ["", 3], "deny": []},
  "ignore": "dist",
  "privacy": [],
  "rules": {"g/h": "hint"}
}`
	b := []byte(src)
	c, probs := ParseConfig(b)
	want := []struct {
		at   string // the text the problem's span covers
		n    int    // occurrence
		want string // substring of the English message
	}{
		{`"platfrom"`, 0, `did you mean "platform"`},
		{`"symbian"`, 0, "unknown platform"},
		{`"fr"`, 0, "unsupported locale"},
		{`"loud"`, 0, "invalid level"},
		{`2`, 0, "must be a string"},
		{`"最"`, 0, "array of strings"},
		{`""`, 0, "non-empty"},
		{`3`, 0, "non-empty"},
		{`"deny"`, 0, "unknown key"},
		{`"dist"`, 0, "array of globs"},
		{`[]`, 1, "must be an object"},
		{`"rules"`, 1, "duplicate key"},
	}
	if len(probs) != len(want) {
		for _, p := range probs {
			t.Logf("%v %q %s", p.Span, src[p.Span.Start:p.Span.End], p.En)
		}
		t.Fatalf("%d problems, want %d", len(probs), len(want))
	}
	for i, w := range want {
		p := probs[i]
		if p.Span != at(t, b, w.at, w.n) || !strings.Contains(p.En, w.want) || p.Zh == "" || p.Message != p.Zh+" / "+p.En {
			t.Errorf("problem %d = %v %q %q; want at %q: %q", i, p.Span, src[p.Span.Start:p.Span.End], p.En, w.at, w.want)
		}
		if p.Localized("en") != p.En || p.Localized("zh-CN") != p.Zh {
			t.Error("Localized")
		}
	}
	// Defaults for the bad parts, the good parts kept.
	if c.Platform != "" || c.Locale != "" || c.Ignore != nil || c.Privacy != nil {
		t.Errorf("bad parts must stay unset: %+v", c)
	}
	if c.Rules["g/h"] != SeverityHint || c.Rules["e/f"] != "" {
		t.Errorf("last rules object wins: %v", c.Rules)
	}
}

func TestParseConfigSyntaxAndShape(t *testing.T) {
	_, probs := ParseConfig([]byte(`{"locale": "en",}`))
	if len(probs) != 1 || !strings.Contains(probs[0].En, "comma") {
		t.Errorf("%v", probs)
	}
	c, probs := ParseConfig([]byte(`["platform"]`))
	if len(probs) != 1 || !strings.Contains(probs[0].En, "must be an object") || c.Platform != "" {
		t.Errorf("%v", probs)
	}
	if _, probs := ParseConfig(nil); len(probs) != 1 {
		t.Errorf("empty: %v", probs)
	}
	if _, probs := ParseConfig([]byte(`{"ignore": ["[abc"]}`)); len(probs) != 1 || !strings.Contains(probs[0].En, "invalid glob") {
		t.Errorf("bad glob: %v", probs)
	}
}

func TestConfigMerge(t *testing.T) {
	file, _ := ParseConfig([]byte(`{"platform": "wechat", "locale": "zh-CN", "rules": {"a/x": "error", "b/y": "warning"},
		"lexicon": {"add": {"extreme": ["甲"]}, "allow": ["最近"]}, "ignore": ["mock/"], "privacy": {"a": 1}}`))
	client, _ := ParseConfig([]byte(`{"locale": "en", "rules": {"b/y": "off"}, "lexicon": {"add": {"extreme": ["乙", "甲"], "brand": ["丙"]}, "allow": ["最近", "最新"]}, "ignore": ["tmp/"]}`))
	m := file.Merge(client)
	if m.Platform != WeChat || m.Locale != "en" {
		t.Errorf("scalars %q %q", m.Platform, m.Locale)
	}
	if m.Rules["a/x"] != SeverityError || m.Rules["b/y"] != SeverityOff {
		t.Errorf("rules %v", m.Rules)
	}
	if !eqStrings(m.Lexicon.Add["extreme"], []string{"甲", "乙"}) || !eqStrings(m.Lexicon.Add["brand"], []string{"丙"}) || !eqStrings(m.Lexicon.Allow, []string{"最近", "最新"}) {
		t.Errorf("lexicon %+v", m.Lexicon)
	}
	if !eqStrings(m.Ignore, []string{"mock/", "tmp/"}) || string(m.Privacy) != `{"a": 1}` {
		t.Errorf("ignore/privacy %v %s", m.Ignore, m.Privacy)
	}
	// Merge does not touch its inputs.
	if file.Rules["b/y"] != SeverityWarning || len(file.Lexicon.Add["extreme"]) != 1 {
		t.Error("Merge mutated its receiver")
	}
	if z := (Config{}).Merge(Config{}); z.Rules != nil || z.Lexicon.Add != nil {
		t.Errorf("zero merge %+v", z)
	}
}

func TestConfigFilesLayered(t *testing.T) {
	ws := tree(t, map[string]string{
		"mpls.json":                  `{"locale": "en", "rules": {"a/x": "error"}, "ignore": ["apps/shop/mock/**"]}`,
		"apps/shop/mpls.json":        `{"rules": {"a/x": "hint"}, "platfrom": "qq"}`,
		"apps/shop/app.json":         `{"pages": []}`,
		"apps/shop/mock/data.js":     `module.exports = {}`,
		"apps/shop/pages/a/a.js":     `Page({})`,
		"apps/shop/tmp/scratch.js":   `1`,
		"apps/shop/sub/mpls.json":    `{"locale": "zh-CN"}`,
		"apps/shop/sub/sub.wxml":     `<view/>`,
		"apps/shop/sub/generated.js": `1`,
	})
	ps, err := Discover(ws, Options{Ignore: []string{"tmp/", "**/generated.js"}})
	if err != nil || len(ps) != 1 {
		t.Fatal(err, len(ps))
	}
	p := ps[0]
	if p.Config.Locale != "en" || p.Config.Rules["a/x"] != SeverityHint {
		t.Errorf("layering %+v", p.Config)
	}
	if len(p.ConfigFiles) != 2 || p.ConfigFiles[1].File.Path != "mpls.json" || p.ConfigFiles[0].File.Path != "../../mpls.json" {
		t.Fatalf("config files %d", len(p.ConfigFiles))
	}
	if probs := p.ConfigFiles[1].Problems; len(probs) != 1 || !strings.Contains(probs[0].En, "unknown setting") {
		t.Errorf("problems %v", probs)
	}
	files, _ := Files(p, Options{Ignore: []string{"tmp/", "**/generated.js"}})
	want := []string{"app.json", "mpls.json", "pages/a/a.js", "sub/mpls.json", "sub/sub.wxml"}
	if !eqStrings(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	_ = filepath.Join
}
