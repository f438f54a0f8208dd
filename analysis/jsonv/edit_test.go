package jsonv

import (
	"testing"

	"mpls/analysis/text"
)

func TestInsertMember(t *testing.T) {
	cases := []struct {
		name, src string
		path      []string
		key, val  string
		want      string
	}{
		{
			name: "two spaces LF",
			src:  "{\n  \"pages\": [\"a\"],\n  \"window\": {}\n}\n",
			key:  "requiredPrivateInfos", val: `["getLocation"]`,
			want: "{\n  \"pages\": [\"a\"],\n  \"window\": {},\n  \"requiredPrivateInfos\": [\"getLocation\"]\n}\n",
		},
		{
			name: "tabs CRLF nested",
			src:  "{\r\n\t\"permission\": {\r\n\t\t\"scope.record\": {\r\n\t\t\t\"desc\": \"录音\"\r\n\t\t}\r\n\t}\r\n}\r\n",
			path: []string{"permission"},
			key:  "scope.userLocation", val: "{\n  \"desc\": \"展示附近门店\"\n}",
			want: "{\r\n\t\"permission\": {\r\n\t\t\"scope.record\": {\r\n\t\t\t\"desc\": \"录音\"\r\n\t\t},\r\n\t\t\"scope.userLocation\": {\r\n\t\t\t\"desc\": \"展示附近门店\"\r\n\t\t}\r\n\t}\r\n}\r\n",
		},
		{
			name: "empty object in 4-space file",
			src:  "{\n    \"pages\": [],\n    \"permission\": {}\n}",
			path: []string{"permission"},
			key:  "scope.userLocation", val: `{"desc": "x"}`,
			want: "{\n    \"pages\": [],\n    \"permission\": {\n        \"scope.userLocation\": {\"desc\": \"x\"}\n    }\n}",
		},
		{
			name: "empty root object",
			src:  "{}",
			key:  "a", val: "1",
			want: "{\n  \"a\": 1\n}",
		},
		{
			name: "empty multi-line object CRLF",
			src:  "{\r\n}\r\n",
			key:  "a", val: "1",
			want: "{\r\n  \"a\": 1\r\n}\r\n",
		},
		{
			name: "one line object",
			src:  `{"a":1,"b":2}`,
			key:  "c", val: "3",
			want: `{"a":1,"b":2,"c":3}`,
		},
		{
			name: "one line object with spaces",
			src:  `{"a": 1, "b": 2}`,
			key:  "c", val: "3",
			want: `{"a": 1, "b": 2, "c": 3}`,
		},
		{
			name: "trailing comment stays with its member",
			src:  "{\n  \"a\": 1 // 一\n}",
			key:  "b", val: "2",
			want: "{\n  \"a\": 1, // 一\n  \"b\": 2\n}",
		},
		{
			name: "key needs escaping",
			src:  "{\n  \"a\": 1\n}",
			key:  "say \"hi\"", val: `"你好"`,
			want: "{\n  \"a\": 1,\n  \"say \\\"hi\\\"\": \"你好\"\n}",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := mustParse(t, c.src)
			obj := v.Path(c.path...)
			s, nt := InsertMember([]byte(c.src), obj, c.key, c.val)
			got := string(Apply([]byte(c.src), s, nt))
			if got != c.want {
				t.Fatalf("got\n%q\nwant\n%q", got, c.want)
			}
			nv := mustParse(t, got)
			if nv.Path(append(c.path, c.key)...) == nil {
				t.Fatal("inserted key not found after reparse")
			}
		})
	}
}

func TestAppendItem(t *testing.T) {
	cases := []struct {
		name, src string
		path      []string
		item      string
		want      string
	}{
		{"inline", `{"r": ["getLocation"]}`, []string{"r"}, `"chooseAddress"`, `{"r": ["getLocation", "chooseAddress"]}`},
		{"inline compact", `{"r":["a","b"]}`, []string{"r"}, `"c"`, `{"r":["a","b","c"]}`},
		{"empty", `{"r": []}`, []string{"r"}, `"a"`, `{"r": ["a"]}`},
		{"empty multi-line item", "{\n  \"r\": []\n}", []string{"r"}, "{\n  \"x\": 1\n}", "{\n  \"r\": [\n    {\n      \"x\": 1\n    }\n  ]\n}"},
		{"one per line tabs CRLF", "{\r\n\t\"pages\": [\r\n\t\t\"pages/index/index\"\r\n\t]\r\n}", []string{"pages"}, `"pages/logs/logs"`,
			"{\r\n\t\"pages\": [\r\n\t\t\"pages/index/index\",\r\n\t\t\"pages/logs/logs\"\r\n\t]\r\n}"},
		{"root array", "[1]", nil, "2", "[1, 2]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := mustParse(t, c.src)
			arr := v.Path(c.path...)
			s, nt := AppendItem([]byte(c.src), arr, c.item)
			got := string(Apply([]byte(c.src), s, nt))
			if got != c.want {
				t.Fatalf("got\n%q\nwant\n%q", got, c.want)
			}
			mustParse(t, got)
		})
	}
}

func TestRemove(t *testing.T) {
	cases := []struct {
		name, src string
		key       string // member to remove from the root object, or "" for item
		item      int
		path      []string
		want      string
	}{
		{name: "first of lines", src: "{\n  \"a\": 1,\n  \"b\": 2\n}", key: "a", want: "{\n  \"b\": 2\n}"},
		{name: "last of lines", src: "{\n  \"a\": 1,\n  \"b\": 2\n}", key: "b", want: "{\n  \"a\": 1\n}"},
		{name: "middle CRLF", src: "{\r\n  \"a\": 1,\r\n  \"b\": 2,\r\n  \"c\": 3\r\n}", key: "b", want: "{\r\n  \"a\": 1,\r\n  \"c\": 3\r\n}"},
		{name: "only", src: "{\n  \"a\": 1\n}", key: "a", want: "{}"},
		{name: "inline first", src: `{"a": 1, "b": 2}`, key: "a", want: `{"b": 2}`},
		{name: "inline last", src: `{"a": 1, "b": 2}`, key: "b", want: `{"a": 1}`},
		{name: "keeps comment above next", src: "{\n  \"a\": 1,\n  // 关于 b\n  \"b\": 2\n}", key: "a", want: "{\n  // 关于 b\n  \"b\": 2\n}"},
		{name: "last keeps previous comment", src: "{\n  \"a\": 1, // 关于 a\n  \"b\": 2 // 关于 b\n}", key: "b", want: "{\n  \"a\": 1 // 关于 a\n}"},
		{name: "item middle", src: `["a", "b", "c"]`, item: 1, want: `["a", "c"]`},
		{name: "item last", src: `["a", "b", "c"]`, item: 2, want: `["a", "b"]`},
		{name: "item only", src: "[\n\t\"a\"\n]", item: 0, want: "[]"},
		{name: "item of lines tabs", src: "{\n\t\"pages\": [\n\t\t\"a\",\n\t\t\"b\"\n\t]\n}", item: 0, path: []string{"pages"}, want: "{\n\t\"pages\": [\n\t\t\"b\"\n\t]\n}"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := []byte(c.src)
			v := mustParse(t, c.src).Path(c.path...)
			var (
				s  = v.Span
				nt string
				ok bool
			)
			if c.key != "" {
				s, nt, ok = RemoveMember(src, v, c.key)
			} else {
				s, nt, ok = RemoveItem(src, v, c.item)
			}
			if !ok {
				t.Fatal("not ok")
			}
			got := string(Apply(src, s, nt))
			if got != c.want {
				t.Fatalf("got\n%q\nwant\n%q", got, c.want)
			}
			mustParse(t, got)
		})
	}
	v := mustParse(t, `{"a": 1}`)
	if _, _, ok := RemoveMember([]byte(`{"a": 1}`), v, "zz"); ok {
		t.Fatal("removing a missing key must fail")
	}
	if _, _, ok := RemoveItem([]byte(`{"a": 1}`), v, 0); ok {
		t.Fatal("RemoveItem on an object must fail")
	}
}

func TestReplaceValue(t *testing.T) {
	src := "{\n  \"permission\": {\n    \"scope.userLocation\": {\n      \"desc\": \"获取良好体验\"\n    }\n  }\n}"
	v := mustParse(t, src)
	d := v.Path("permission", "scope.userLocation", "desc")
	s, nt := ReplaceValue([]byte(src), d, Quote("用于为你推荐附近门店"))
	got := Apply([]byte(src), s, nt)
	if mustParse(t, string(got)).Path("permission", "scope.userLocation", "desc").Str != "用于为你推荐附近门店" {
		t.Fatal(string(got))
	}
}

func TestStyleDetection(t *testing.T) {
	if lineEnding([]byte("a\r\nb")) != "\r\n" || lineEnding([]byte("a\nb")) != "\n" || lineEnding([]byte("ab")) != "\n" {
		t.Fatal("lineEnding")
	}
	if indentUnit([]byte("{\n\t\"a\": 1\n}")) != "\t" || indentUnit([]byte("{\n    \"a\": {\n        \"b\": 1\n    }\n}")) != "    " || indentUnit([]byte("{}")) != "  " {
		t.Fatal("indentUnit")
	}
}

func TestRemoveWithComments(t *testing.T) {
	cases := []struct {
		src, want string
		i         int
	}{
		{`[1 /* one */, 2]`, `[1 /* one */]`, 1},
		{`[1 /* one */, 2]`, `[2]`, 0},
		{"[\n  1, // one\n  2\n]", "[\n  2\n]", 0},
		{"[\n  1 /* a */ /* b */, // one\n  2 /* two */\n]", "[\n  1 /* a */ /* b */ // one\n]", 1},
		{"[\n  1,\n  2, /* x\n  */\n  3\n]", "[\n  1,\n  3\n]", 1},
	}
	for _, c := range cases {
		v := mustParse(t, c.src)
		s, nt, ok := RemoveItem([]byte(c.src), v, c.i)
		got := string(Apply([]byte(c.src), s, nt))
		if !ok || got != c.want {
			t.Errorf("RemoveItem(%q, %d) = %q, want %q", c.src, c.i, got, c.want)
		}
		mustParse(t, got)
	}
	if skipBlank([]byte("  /* open"), 0) != 9 {
		t.Error("unterminated comment")
	}
}

func TestEditNoOps(t *testing.T) {
	src := []byte(`{"a": [1]}`)
	v := mustParse(t, string(src))
	if s, nt := InsertMember(src, v.Get("a"), "k", "1"); s != (text.Span{}) || nt != "" {
		t.Error("InsertMember on an array")
	}
	if s, nt := AppendItem(src, v, "1"); s != (text.Span{}) || nt != "" {
		t.Error("AppendItem on an object")
	}
	if s, nt := InsertMember([]byte(`{}`), v, "k", "1"); s != (text.Span{}) || nt != "" {
		t.Error("value from another text")
	}
	if _, _, ok := RemoveMemberAt(src, v, 5); ok {
		t.Error("index out of range")
	}
	if s, nt := ReplaceValue(src, nil, "1"); s != (text.Span{}) || nt != "" {
		t.Error("ReplaceValue(nil)")
	}
}
