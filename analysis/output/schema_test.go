package output_test

// A JSON-schema validator for the keywords the SARIF fixture uses (why a
// subset, and why our own validator: see sarif_test.go).

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

type schemaDoc struct {
	root map[string]any
}

func loadSchema(t *testing.T) *schemaDoc {
	t.Helper()
	b, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		t.Fatalf("schema: %v", err)
	}
	return &schemaDoc{root: root}
}

func (s *schemaDoc) validate(v any) []string {
	var errs []string
	s.check(s.root, v, "$", &errs)
	return errs
}

// known are the keywords the validator implements or may ignore
// (annotations); any other keyword in the schema is an error.
var known = map[string]bool{
	"$schema": true, "$id": true, "title": true, "description": true, "definitions": true, "default": true,
	"$ref": true, "type": true, "required": true, "properties": true, "additionalProperties": true,
	"items": true, "enum": true, "minimum": true, "maximum": true, "minItems": true, "uniqueItems": true,
	"anyOf": true, "format": true,
}

func (s *schemaDoc) check(sch map[string]any, v any, at string, errs *[]string) {
	fail := func(format string, args ...any) { *errs = append(*errs, at+": "+fmt.Sprintf(format, args...)) }
	keys := make([]string, 0, len(sch))
	for k := range sch {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !known[k] {
			fail("schema keyword %q is not implemented by this validator", k)
		}
	}
	if ref, ok := sch["$ref"].(string); ok {
		s.check(s.resolve(ref, at, errs), v, at, errs)
	}
	if t, ok := sch["type"]; ok && !typeOK(t, v) {
		fail("%s, want %v", jsonType(v), t)
		return
	}
	if e, ok := sch["enum"].([]any); ok {
		found := false
		for _, x := range e {
			if reflect.DeepEqual(x, v) {
				found = true
			}
		}
		if !found {
			fail("%v is not one of %v", v, e)
		}
	}
	if n, ok := v.(float64); ok {
		if min, ok := sch["minimum"].(float64); ok && n < min {
			fail("%v is below the minimum %v", n, min)
		}
		if max, ok := sch["maximum"].(float64); ok && n > max {
			fail("%v is above the maximum %v", n, max)
		}
	}
	if str, ok := v.(string); ok {
		switch sch["format"] {
		case "uri":
			if u, err := url.Parse(str); err != nil || !u.IsAbs() {
				fail("%q is not an absolute URI", str)
			}
		case "uri-reference":
			if _, err := url.Parse(str); err != nil {
				fail("%q is not a URI reference", str)
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if min, ok := sch["minItems"].(float64); ok && float64(len(arr)) < min {
			fail("%d items, want at least %v", len(arr), min)
		}
		if sch["uniqueItems"] == true {
			for i := range arr {
				for j := i + 1; j < len(arr); j++ {
					if reflect.DeepEqual(arr[i], arr[j]) {
						fail("items %d and %d are equal", i, j)
					}
				}
			}
		}
		if it, ok := sch["items"].(map[string]any); ok {
			for i, x := range arr {
				s.check(it, x, fmt.Sprintf("%s[%d]", at, i), errs)
			}
		}
	}
	if obj, ok := v.(map[string]any); ok {
		if req, ok := sch["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					fail("missing required %q", r)
				}
			}
		}
		props, _ := sch["properties"].(map[string]any)
		names := make([]string, 0, len(obj))
		for k := range obj {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if p, ok := props[k].(map[string]any); ok {
				s.check(p, obj[k], at+"."+k, errs)
				continue
			}
			switch ap := sch["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("property %q not allowed", k)
				}
			case map[string]any:
				s.check(ap, obj[k], at+"."+k, errs)
			}
		}
	}
	if alts, ok := sch["anyOf"].([]any); ok {
		matched := false
		for _, alt := range alts {
			var sub []string
			s.check(alt.(map[string]any), v, at, &sub)
			if len(sub) == 0 {
				matched = true
				break
			}
		}
		if !matched {
			fail("matches none of anyOf %v", alts)
		}
	}
}

func (s *schemaDoc) resolve(ref, at string, errs *[]string) map[string]any {
	const prefix = "#/definitions/"
	if strings.HasPrefix(ref, prefix) {
		if d, ok := s.root["definitions"].(map[string]any)[strings.TrimPrefix(ref, prefix)].(map[string]any); ok {
			return d
		}
	}
	*errs = append(*errs, at+": unresolvable $ref "+ref)
	return map[string]any{}
}

func typeOK(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return typeIs(t, v)
	case []any:
		for _, x := range t {
			if typeIs(x.(string), v) {
				return true
			}
		}
	}
	return false
}

func typeIs(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == float64(int64(n))
	}
	return false
}

func jsonType(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case nil:
		return "null"
	case float64:
		return "number"
	}
	return fmt.Sprintf("%T", v)
}
