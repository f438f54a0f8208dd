package privacydecl

import (
	"errors"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// FileName is the declaration kept at the mini-program root.
const FileName = "privacy.json"

// Declared is the declaration the team keeps: privacy.json at the
// mini-program root (WeChat's setprivacysetting payload:
//
//	{"owner_setting": {"contact_phone": "", "contact_email": "",
//	  "notice_method": "", "store_expire_timestamp": ""},
//	 "setting_list": [{"privacy_key": "Location", "privacy_text": "…"}]}
//
// ), or the same object under mpls.json's "privacy" key. Spans point into
// Src, the text of the file at Path.
type Declared struct {
	// Path is the file holding it, relative to the project root:
	// "privacy.json" or "mpls.json" (or "../mpls.json" for a
	// workspace-level one).
	Path string
	// InConfig: it is mpls.json's "privacy" key.
	InConfig bool
	Src      []byte
	// Object is the declaration object; nil when it is not an object.
	Object *jsonv.Value
	// Broken: the file does not parse cleanly; nothing is checked until
	// it does.
	Broken bool
	// List is setting_list (nil when absent or not an array).
	List    *jsonv.Value
	Entries []Entry
	// Live: read from a unit (the editor's buffer or the analysed file),
	// so findings and fixes may point into it.
	Live bool
}

// Entry is one item of setting_list.
type Entry struct {
	Index int
	Item  *jsonv.Value
	// Key is privacy_key; KeySpan its string (quotes included), or the
	// item's span when there is none.
	Key     string
	KeySpan text.Span
	// Text is privacy_text; HasText false when absent or not a string.
	// TextSpan is the string's content (no quotes).
	Text     string
	HasText  bool
	TextSpan text.Span
}

// ReadDeclared finds the kept declaration: privacy.json among env.Units
// (the open buffer when the editor has it), else mpls.json's "privacy" key
// (its unit, else the project model's). nil when there is none.
func ReadDeclared(env *rule.Env) *Declared {
	if env == nil {
		return nil
	}
	if u := env.Units[FileName]; u != nil && u.Skip == "" {
		return fromValue(FileName, false, u.Text, u.JSON, len(u.JSONError) > 0, true)
	}
	if u := env.Units["mpls.json"]; u != nil && u.Skip == "" && u.JSON.IsObject() {
		if m := u.JSON.Member("privacy"); m != nil {
			return fromValue("mpls.json", true, u.Text, m.Value, len(u.JSONError) > 0, true)
		}
	}
	p := env.Project
	if p == nil || p.Config.PrivacyValue == nil {
		return nil
	}
	for _, cf := range p.ConfigFiles {
		if cf.File != nil && cf.Config.PrivacyValue == p.Config.PrivacyValue {
			if u := env.Units[cf.File.Path]; u != nil {
				continue // the unit said it has no privacy key any more
			}
			return fromValue(cf.File.Path, true, cf.File.Src, p.Config.PrivacyValue, len(cf.File.Errors) > 0, false)
		}
	}
	return nil
}

func fromValue(path string, inConfig bool, src []byte, v *jsonv.Value, broken, live bool) *Declared {
	d := &Declared{Path: path, InConfig: inConfig, Src: src, Broken: broken || v == nil, Live: live}
	if !v.IsObject() {
		d.Broken = true
		return d
	}
	d.Object = v
	if l := v.Get("setting_list"); l.IsArray() {
		d.List = l
		for i, it := range l.Items {
			e := Entry{Index: i, Item: it, KeySpan: it.Span}
			if k := it.Get("privacy_key"); k.IsString() {
				e.Key, e.KeySpan = strings.TrimSpace(k.Str), k.Span
			}
			if t := it.Get("privacy_text"); t.IsString() {
				e.Text, e.HasText, e.TextSpan = t.Str, true, t.ContentSpan()
			}
			d.Entries = append(d.Entries, e)
		}
	}
	return d
}

// OK reports whether the declaration can be checked: it parsed into an
// object.
func (d *Declared) OK() bool { return d != nil && !d.Broken && d.Object != nil }

// Has reports whether setting_list declares key.
func (d *Declared) Has(key string) bool {
	if d == nil {
		return false
	}
	for _, e := range d.Entries {
		if e.Key == key {
			return true
		}
	}
	return false
}

// Anchor is where a finding about the declaration as a whole goes: the
// setting_list key, else the "privacy" key of mpls.json, else the
// object's opening brace.
func (d *Declared) Anchor() text.Span {
	if m := d.Object.Member("setting_list"); m != nil {
		return m.KeySpan
	}
	return text.Span{Start: d.Object.Span.Start, End: d.Object.Span.Start + 1}
}

// itemJSON renders a setting_list item in the list's style: one line
// when the existing items are written on one line, else one member per
// line.
func (d *Declared) itemJSON(key, purpose string) string {
	oneLine := false
	if d.List != nil && len(d.List.Items) > 0 {
		last := d.List.Items[len(d.List.Items)-1]
		if s := last.Span; s.End <= len(d.Src) && !strings.ContainsAny(string(d.Src[s.Start:s.End]), "\r\n") {
			oneLine = true
		}
	}
	k, t := jsonv.Quote("privacy_key")+": "+jsonv.Quote(key), jsonv.Quote("privacy_text")+": "+jsonv.Quote(purpose)
	if oneLine {
		inner := d.List.Items[len(d.List.Items)-1]
		raw := string(d.Src[inner.Span.Start:inner.Span.End])
		if strings.HasPrefix(raw, "{ ") {
			return "{ " + k + ", " + t + " }"
		}
		return "{" + k + ", " + t + "}"
	}
	return "{\n  " + k + ",\n  " + t + "\n}"
}

// AddEdit is the edit that declares key with purpose: appended to
// setting_list (created when missing), in the file's style.
func (d *Declared) AddEdit(key, purpose string) (rule.Edit, bool) {
	if !d.OK() {
		return rule.Edit{}, false
	}
	var s text.Span
	var t string
	if d.List != nil {
		s, t = jsonv.AppendItem(d.Src, d.List, d.itemJSON(key, purpose))
	} else if d.Object.Get("setting_list") == nil {
		item := strings.ReplaceAll(d.itemJSON(key, purpose), "\n", "\n  ")
		s, t = jsonv.InsertMember(d.Src, d.Object, "setting_list", "[\n  "+item+"\n]")
	}
	if t == "" {
		return rule.Edit{}, false
	}
	return rule.Edit{Path: d.Path, Span: s, NewText: t}, true
}

// RemoveEdit is the edit that deletes entry i from setting_list.
func (d *Declared) RemoveEdit(i int) (rule.Edit, bool) {
	if !d.OK() || d.List == nil {
		return rule.Edit{}, false
	}
	s, t, ok := jsonv.RemoveItem(d.Src, d.List, i)
	if !ok {
		return rule.Edit{}, false
	}
	return rule.Edit{Path: d.Path, Span: s, NewText: t}, true
}

// ownerSetting is the owner_setting a new declaration starts with: the
// blanks the console asks for (a contact, the notice method, the storage
// period).
const ownerSetting = `{
  "contact_phone": "",
  "contact_email": "",
  "notice_method": "",
  "store_expire_timestamp": ""
}`

// NewFile renders a new privacy.json declaring the settings.
func NewFile(settings []Setting) []byte {
	var b strings.Builder
	b.WriteString("{\n  \"owner_setting\": {\n")
	b.WriteString("    \"contact_phone\": \"\",\n    \"contact_email\": \"\",\n    \"notice_method\": \"\",\n    \"store_expire_timestamp\": \"\"\n  },\n")
	if len(settings) == 0 {
		b.WriteString("  \"setting_list\": []\n}\n")
		return []byte(b.String())
	}
	b.WriteString("  \"setting_list\": [\n")
	for i, s := range settings {
		b.WriteString("    {\n      \"privacy_key\": " + jsonv.Quote(s.PrivacyKey) + ",\n      \"privacy_text\": " + jsonv.Quote(s.PrivacyText) + "\n    }")
		if i < len(settings)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("  ]\n}\n")
	return []byte(b.String())
}

// ErrBroken: the kept declaration does not parse; --write leaves it alone.
var ErrBroken = errors.New("the privacy declaration does not parse as a JSON object; fix it first")

// Update returns the text of the declaration's file with every category of
// decl it lacks appended (drafted purposes), owner_setting added when
// missing; existing entries and their texts are untouched, the file's
// formatting kept. added lists the keys appended. With d nil it renders a
// new privacy.json.
func Update(d *Declared, decl *Declaration) (path string, out []byte, added []string, err error) {
	if d == nil {
		for _, s := range decl.Settings {
			added = append(added, s.PrivacyKey)
		}
		return FileName, NewFile(decl.Settings), added, nil
	}
	if !d.OK() {
		return d.Path, nil, nil, ErrBroken
	}
	src := d.Src
	cur := d
	reread := func() error {
		v, errs := jsonv.ParseBytes(src)
		if len(errs) > 0 || !v.IsObject() {
			return errors.New("internal error: the edited declaration does not parse")
		}
		obj := v
		if d.InConfig {
			obj = v.Get("privacy")
		}
		cur = fromValue(d.Path, d.InConfig, src, obj, false, d.Live)
		if !cur.OK() {
			return errors.New("internal error: the edited declaration is not an object")
		}
		return nil
	}
	if err := reread(); err != nil {
		return d.Path, nil, nil, err
	}
	if cur.Object.Get("owner_setting") == nil {
		s, t := jsonv.InsertMember(src, cur.Object, "owner_setting", ownerSetting)
		if t != "" {
			src = jsonv.Apply(src, s, t)
			if err := reread(); err != nil {
				return d.Path, nil, nil, err
			}
		}
	}
	for _, s := range decl.Settings {
		if cur.Has(s.PrivacyKey) {
			continue
		}
		e, ok := cur.AddEdit(s.PrivacyKey, s.PrivacyText)
		if !ok {
			return d.Path, nil, nil, errors.New("cannot add " + s.PrivacyKey + ": setting_list is not an array")
		}
		src = jsonv.Apply(src, e.Span, e.NewText)
		if err := reread(); err != nil {
			return d.Path, nil, nil, err
		}
		added = append(added, s.PrivacyKey)
	}
	return d.Path, src, added, nil
}

// ParseFile reads a privacy.json text (path relative to the project root)
// that is not among the analysed units, e.g. one the ignore globs leave
// out.
func ParseFile(path string, src []byte) *Declared {
	v, errs := jsonv.ParseBytes(src)
	return fromValue(path, false, src, v, len(errs) > 0, false)
}
