package project

import (
	"path/filepath"
	"sort"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/text"
)

// ConfigFileName is the name of mpls's configuration file.
const ConfigFileName = "mpls.json"

// Severity is a rule's configured level, or "off".
type Severity string

const (
	SeverityOff         Severity = "off"
	SeverityError       Severity = "error"
	SeverityWarning     Severity = "warning"
	SeverityInformation Severity = "information"
	SeverityHint        Severity = "hint"
)

// ParseSeverity accepts the five names (and warn, info, none as aliases).
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none":
		return SeverityOff, true
	case "error":
		return SeverityError, true
	case "warning", "warn":
		return SeverityWarning, true
	case "information", "info":
		return SeverityInformation, true
	case "hint":
		return SeverityHint, true
	}
	return "", false
}

// Config is mpls.json: the user's choices. Zero values mean "not set".
type Config struct {
	Platform Platform
	// Locale is "zh-CN" or "en".
	Locale string
	// Profile is "recommended" (what reviewers reject in practice, the
	// default) or "strict" (the letter of the rulebook).
	Profile string
	// Rules maps a rule id (or "area/*") to a severity or off.
	Rules map[string]Severity
	// Lexicon changes the word lists.
	Lexicon LexiconConfig
	// Ignore holds globs (see Glob).
	Ignore []string
	// Privacy is the "privacy" object as written (raw JSON), nil if
	// absent; PrivacyValue is it parsed, with spans into the file.
	Privacy      []byte
	PrivacyValue *jsonv.Value
}

// LexiconConfig is the "lexicon" object.
type LexiconConfig struct {
	// Add maps a lexicon category (extreme, brand, gambling, …) to more
	// words.
	Add map[string][]string
	// Allow lists words that never count as hits (e.g. 最近).
	Allow []string
}

// ConfigProblem is a mistake in mpls.json; the default is used instead of
// the bad part.
type ConfigProblem struct {
	Span text.Span
	// Message is bilingual, "中文 / English"; Zh and En are the halves.
	Message string
	Zh, En  string
}

// Localized returns the message in one language ("en…" or Chinese).
func (p ConfigProblem) Localized(locale string) string {
	if strings.HasPrefix(strings.ToLower(locale), "en") {
		return p.En
	}
	return p.Zh
}

func problem(s text.Span, zh, en string) ConfigProblem {
	return ConfigProblem{Span: s, Zh: zh, En: en, Message: zh + " / " + en}
}

// ConfigFile is one mpls.json read.
type ConfigFile struct {
	File     *JSONFile
	Config   Config
	Problems []ConfigProblem
}

// Locales mpls speaks.
var Locales = []string{"zh-CN", "en"}

// configKeys are the known top-level keys (and "$schema").
var configKeys = []string{"$schema", "platform", "locale", "profile", "rules", "lexicon", "ignore", "privacy"}

// ParseConfig reads mpls.json text. Syntax errors, unknown keys, wrong
// types, bad severities, locales and platforms are problems with spans;
// the bad parts are left at their defaults.
func ParseConfig(src []byte) (Config, []ConfigProblem) {
	v, errs := jsonv.ParseBytes(src)
	var probs []ConfigProblem
	for _, e := range errs {
		probs = append(probs, ConfigProblem{Span: e.Span, Message: e.Message, Zh: e.Zh, En: e.En})
	}
	c, more := configFromValue(v, src)
	return c, append(probs, more...)
}

func configFromValue(v *jsonv.Value, src []byte) (Config, []ConfigProblem) {
	var c Config
	var probs []ConfigProblem
	if v == nil {
		return c, probs
	}
	if !v.IsObject() {
		probs = append(probs, problem(v.Span, "mpls.json 应当是一个对象", "mpls.json must be an object"))
		return c, probs
	}
	wrongType := func(m jsonv.Member, want, wantZh string) {
		probs = append(probs, problem(m.Value.Span,
			"“"+m.Key+"”应为"+wantZh+"，已忽略",
			"\""+m.Key+"\" must be "+want+"; ignored"))
	}
	seen := map[string]bool{}
	for _, m := range v.Members {
		if seen[m.Key] {
			probs = append(probs, problem(m.KeySpan, "重复的键“"+m.Key+"”，以最后一个为准", "duplicate key \""+m.Key+"\"; the last one wins"))
		}
		seen[m.Key] = true
		switch m.Key {
		case "$schema":
		case "platform":
			s, ok := m.Value.AsString()
			if !ok {
				wrongType(m, "a string", "字符串")
				continue
			}
			pl, ok := ParsePlatform(s)
			if !ok {
				probs = append(probs, problem(m.Value.Span,
					"未知平台“"+s+"”，可选 wechat、douyin、alipay、baidu、qq；将自动识别",
					"unknown platform \""+s+"\": use wechat, douyin, alipay, baidu or qq; detecting instead"))
				continue
			}
			c.Platform = pl
		case "locale":
			s, ok := m.Value.AsString()
			if !ok {
				wrongType(m, "a string", "字符串")
				continue
			}
			loc, ok := normLocale(s)
			if !ok {
				probs = append(probs, problem(m.Value.Span,
					"不支持的语言“"+s+"”，可选 zh-CN、en",
					"unsupported locale \""+s+"\": use zh-CN or en"))
				continue
			}
			c.Locale = loc
		case "profile":
			s, ok := m.Value.AsString()
			if !ok {
				wrongType(m, "a string", "字符串")
				continue
			}
			pr, ok := ParseProfile(s)
			if !ok {
				probs = append(probs, problem(m.Value.Span,
					"未知的检查范围“"+s+"”，可选 recommended（默认：审核实际驳回的问题）、strict（规范的字面要求）",
					"unknown profile \""+s+"\": use recommended (the default: what reviewers reject in practice) or strict (the letter of the rulebook)"))
				continue
			}
			c.Profile = pr
		case "rules":
			if !m.Value.IsObject() {
				wrongType(m, "an object of rule id → severity", "对象（规则 id → 级别）")
				continue
			}
			c.Rules = map[string]Severity{}
			for _, r := range m.Value.Members {
				s, ok := r.Value.AsString()
				if !ok {
					probs = append(probs, problem(r.Value.Span,
						"规则“"+r.Key+"”的级别应为字符串：off、error、warning、information、hint",
						"the level of rule \""+r.Key+"\" must be a string: off, error, warning, information or hint"))
					continue
				}
				sev, ok := ParseSeverity(s)
				if !ok {
					probs = append(probs, problem(r.Value.Span,
						"无效的级别“"+s+"”，可选 off、error、warning、information、hint",
						"invalid level \""+s+"\": use off, error, warning, information or hint"))
					continue
				}
				if strings.TrimSpace(r.Key) == "" {
					probs = append(probs, problem(r.KeySpan, "规则 id 为空", "empty rule id"))
					continue
				}
				c.Rules[r.Key] = sev
			}
		case "lexicon":
			if !m.Value.IsObject() {
				wrongType(m, "an object", "对象")
				continue
			}
			probs = append(probs, parseLexicon(m.Value, &c.Lexicon)...)
		case "ignore":
			if !m.Value.IsArray() {
				wrongType(m, "an array of globs", "字符串数组（glob）")
				continue
			}
			for _, it := range m.Value.Items {
				s, ok := it.AsString()
				if !ok {
					probs = append(probs, problem(it.Span, "ignore 的每一项应为字符串", "each ignore entry must be a string"))
					continue
				}
				if _, ok := CompileGlob(s); !ok {
					probs = append(probs, problem(it.Span, "无效的 glob“"+s+"”", "invalid glob \""+s+"\""))
					continue
				}
				c.Ignore = append(c.Ignore, s)
			}
		case "privacy":
			if !m.Value.IsObject() {
				wrongType(m, "an object", "对象")
				continue
			}
			c.Privacy = append([]byte(nil), src[m.Value.Span.Start:m.Value.Span.End]...)
			c.PrivacyValue = m.Value
		default:
			probs = append(probs, problem(m.KeySpan,
				"未知配置项“"+m.Key+"”"+didYouMean(m.Key, configKeys, "，是否想写“%s”？"),
				"unknown setting \""+m.Key+"\""+didYouMean(m.Key, configKeys, " (did you mean \"%s\"?)")))
		}
	}
	return c, probs
}

func parseLexicon(v *jsonv.Value, lx *LexiconConfig) []ConfigProblem {
	var probs []ConfigProblem
	words := func(a *jsonv.Value, where string) []string {
		if !a.IsArray() {
			probs = append(probs, problem(a.Span, where+" 应为字符串数组", where+" must be an array of strings"))
			return nil
		}
		var out []string
		for _, it := range a.Items {
			s, ok := it.AsString()
			if !ok || strings.TrimSpace(s) == "" {
				probs = append(probs, problem(it.Span, "词条应为非空字符串", "a word must be a non-empty string"))
				continue
			}
			out = append(out, s)
		}
		return out
	}
	for _, m := range v.Members {
		switch m.Key {
		case "add":
			if !m.Value.IsObject() {
				probs = append(probs, problem(m.Value.Span, "lexicon.add 应为对象（类别 → 词条数组）", "lexicon.add must be an object of category → words"))
				continue
			}
			if lx.Add == nil {
				lx.Add = map[string][]string{}
			}
			for _, cat := range m.Value.Members {
				lx.Add[cat.Key] = append(lx.Add[cat.Key], words(cat.Value, "lexicon.add."+cat.Key)...)
			}
		case "allow":
			lx.Allow = append(lx.Allow, words(m.Value, "lexicon.allow")...)
		default:
			probs = append(probs, problem(m.KeySpan,
				"lexicon 中未知的键“"+m.Key+"”，可用 add、allow",
				"unknown key \""+m.Key+"\" in lexicon: use add or allow"))
		}
	}
	return probs
}

func normLocale(s string) (string, bool) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-")) {
	case "zh-cn", "zh", "zh-hans", "zh-hans-cn":
		return "zh-CN", true
	case "en", "en-us", "en-gb":
		return "en", true
	}
	return "", false
}

// didYouMean formats the closest known key (edit distance ≤ 2) with
// format, or "".
func didYouMean(key string, known []string, format string) string {
	best, bd := "", 3
	for _, k := range known {
		if d := editDistance(strings.ToLower(key), k); d < bd {
			best, bd = k, d
		}
	}
	if best == "" {
		return ""
	}
	return strings.Replace(format, "%s", best, 1)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Merge returns c with other laid over it (other wins): client settings
// over the file, or a root's mpls.json over the workspace's. Rules merge
// key by key; lexicon words and ignore globs add up.
func (c Config) Merge(other Config) Config {
	out := c
	if other.Platform != "" {
		out.Platform = other.Platform
	}
	if other.Locale != "" {
		out.Locale = other.Locale
	}
	if other.Profile != "" {
		out.Profile = other.Profile
	}
	if len(c.Rules)+len(other.Rules) > 0 {
		out.Rules = make(map[string]Severity, len(c.Rules)+len(other.Rules))
		for k, v := range c.Rules {
			out.Rules[k] = v
		}
		for k, v := range other.Rules {
			out.Rules[k] = v
		}
	}
	if len(c.Lexicon.Add)+len(other.Lexicon.Add) > 0 {
		out.Lexicon.Add = map[string][]string{}
		for _, src := range []map[string][]string{c.Lexicon.Add, other.Lexicon.Add} {
			for k, ws := range src {
				out.Lexicon.Add[k] = appendUnique(out.Lexicon.Add[k], ws...)
			}
		}
	}
	out.Lexicon.Allow = appendUnique(appendUnique(nil, c.Lexicon.Allow...), other.Lexicon.Allow...)
	out.Ignore = appendUnique(appendUnique(nil, c.Ignore...), other.Ignore...)
	if other.Privacy != nil {
		out.Privacy, out.PrivacyValue = other.Privacy, other.PrivacyValue
	}
	return out
}

func appendUnique(dst []string, src ...string) []string {
	for _, s := range src {
		dup := false
		for _, d := range dst {
			if d == s {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, s)
		}
	}
	return dst
}

// RuleIDs returns the configured rule ids, sorted.
func (c Config) RuleIDs() []string {
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// readConfigFile reads and parses one mpls.json; nil if absent.
func readConfigFile(abs string, opts Options) (*ConfigFile, error) {
	if !fileExists(abs) {
		return nil, nil
	}
	src, err := opts.read(abs)
	if err != nil {
		return nil, err
	}
	v, errs := jsonv.ParseBytes(src)
	cf := &ConfigFile{File: &JSONFile{Abs: abs, Path: ConfigFileName, Src: src, Value: v, Errors: errs}}
	for _, e := range errs {
		cf.Problems = append(cf.Problems, ConfigProblem{Span: e.Span, Message: e.Message, Zh: e.Zh, En: e.En})
	}
	c, probs := configFromValue(v, src)
	cf.Config = c
	cf.Problems = append(cf.Problems, probs...)
	return cf, nil
}

// loadConfig reads every mpls.json from the workspace root down to the
// mini-program root (the project file's folder included), each over the
// ones above it.
func (p *Project) loadConfig(workspace string) {
	for _, d := range configDirs(workspace, p.ConfigDir, p.Root) {
		abs := filepath.Join(d, ConfigFileName)
		cf, _ := readConfigFile(abs, p.opts)
		if cf == nil {
			continue
		}
		if rel, err := filepath.Rel(p.Root, abs); err == nil {
			cf.File.Path = filepath.ToSlash(rel)
		}
		p.ConfigFiles = append(p.ConfigFiles, cf)
		p.Config = p.Config.Merge(cf.Config)
		for _, g := range cf.Config.Ignore {
			p.ignores = append(p.ignores, ignoreEntry{pattern: g, bases: []string{d}})
		}
	}
}

// configDirs lists the folders that may hold mpls.json, outermost first.
func configDirs(workspace, configDir, root string) []string {
	var chain []string
	if within(root, workspace) {
		for d := root; ; d = filepath.Dir(d) {
			chain = append([]string{d}, chain...)
			if d == workspace || d == filepath.Dir(d) {
				break
			}
		}
	} else {
		chain = []string{workspace, root}
	}
	if configDir != "" {
		found := false
		for _, d := range chain {
			found = found || d == configDir
		}
		if !found {
			chain = append(chain[:len(chain)-1:len(chain)-1], configDir, root)
		}
	}
	out := chain[:0:0]
	seen := map[string]bool{}
	for _, d := range chain {
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// within reports whether p is dir or under it (both clean and absolute).
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	r, err := filepath.Rel(dir, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// Profiles: recommended reports what reviewers reject in practice; strict
// also reports what only the letter of a rulebook forbids (every Tencent
// brand word, WX §12.3).
const (
	ProfileRecommended = "recommended"
	ProfileStrict      = "strict"
)

// ParseProfile accepts the two profile names ("default" for recommended).
func ParseProfile(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "recommended", "default", "":
		return ProfileRecommended, true
	case "strict":
		return ProfileStrict, true
	}
	return "", false
}
