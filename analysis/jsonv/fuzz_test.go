package jsonv

import (
	"testing"

	"mpls/analysis/text"
)

// FuzzParseJSON checks that parsing and the edit helpers never panic, keep
// every span inside the text, and that inserting into a valid document
// leaves a valid document.
func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `{"a": 1}`, "{\r\n\t\"a\": [1, 2],\r\n\t\"b\": {}\r\n}\r\n",
		"{\n  \"pages\": [\n    \"pages/index/index\"\n  ],\n  \"permission\": {\n    \"scope.userLocation\": {\"desc\": \"门店\"}\n  }\n}\n",
		`{"a": tru, "b": 2}`, `{"a": "x`, `[1,,2]`, `{"a":1}}`, `"\ud83d\ude00"`, "{\n  \"a\": 1 // c\n}", `{"a": /* x */ 1}`,
		``, `1 2`, `{"a" 1}`, `{"k": [{"x": [[]]}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		b := []byte(src)
		v, errs := ParseBytes(b)
		for _, e := range errs {
			checkSpan(t, b, e.Span)
		}
		if v == nil {
			return
		}
		var objs, arrs []*Value
		walk(v, func(x *Value) {
			checkSpan(t, b, x.Span)
			switch x.Kind {
			case Object:
				objs = append(objs, x)
				for _, m := range x.Members {
					checkSpan(t, b, m.KeySpan)
					if m.Value == nil {
						t.Fatal("member with nil value")
					}
				}
			case Array:
				arrs = append(arrs, x)
			}
		})
		for _, o := range objs {
			s, nt := InsertMember(b, o, "新键", "{\n  \"desc\": \"x\"\n}")
			checkSpan(t, b, s)
			out := Apply(b, s, nt)
			if len(errs) == 0 {
				nv, nerrs := ParseBytes(out)
				if len(nerrs) > 0 {
					t.Fatalf("InsertMember broke %q:\n%q\n%v", src, out, nerrs)
				}
				if nv == nil {
					t.Fatal("nil after insert")
				}
			}
			for i := range o.Members {
				s, nt, ok := RemoveMemberAt(b, o, i)
				if ok {
					checkSpan(t, b, s)
					if len(errs) == 0 {
						if _, nerrs := ParseBytes(Apply(b, s, nt)); len(nerrs) > 0 {
							t.Fatalf("RemoveMemberAt(%d) broke %q: %q %v", i, src, Apply(b, s, nt), nerrs)
						}
					}
				}
			}
		}
		for _, a := range arrs {
			s, nt := AppendItem(b, a, `"项"`)
			checkSpan(t, b, s)
			if len(errs) == 0 {
				if _, nerrs := ParseBytes(Apply(b, s, nt)); len(nerrs) > 0 {
					t.Fatalf("AppendItem broke %q: %v", src, nerrs)
				}
			}
			for i := range a.Items {
				s, nt, ok := RemoveItem(b, a, i)
				if ok {
					checkSpan(t, b, s)
					if len(errs) == 0 {
						if _, nerrs := ParseBytes(Apply(b, s, nt)); len(nerrs) > 0 {
							t.Fatalf("RemoveItem(%d) broke %q: %q %v", i, src, Apply(b, s, nt), nerrs)
						}
					}
				}
			}
		}
	})
}

func checkSpan(t *testing.T, b []byte, s text.Span) {
	t.Helper()
	if s.Start < 0 || s.End > len(b) || s.Start > s.End {
		t.Fatalf("span %v out of bounds (len %d)", s, len(b))
	}
}

func walk(v *Value, fn func(*Value)) {
	fn(v)
	for _, m := range v.Members {
		walk(m.Value, fn)
	}
	for _, it := range v.Items {
		walk(it, fn)
	}
}
