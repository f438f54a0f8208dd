package main

// The SARIF output is validated against a JSON schema kept as a test
// fixture: testdata/cli/sarif-2.1.0-subset.schema.json.
//
// Why a subset, and why our own validator: the network is unavailable, so
// the official sarif-schema-2.1.0.json (some 3,000 lines) cannot be
// fetched, and reproducing it from memory could not be faithful. The one
// JSON-schema module on the Go proxy's list here (pb33f/jsonschema) would
// also be a new dependency of the whole module for one test. So the
// fixture is the part of SARIF 2.1.0 that mpls emits, written from the
// specification with the official schema's definition names: required
// properties, types, the level/kind/columnKind enums, 1-based region
// numbers (minimum 1), uri/uri-reference formats, and, as in the official
// schema, no properties beyond those an object defines (a misspelt
// "uriBaseID" fails). The validator below implements exactly the keywords
// that file uses, and refuses any keyword it does not know, so the schema
// cannot silently say more than is checked. Checks the schema language
// cannot state (ruleIndex points at its rule, fingerprints are unique,
// URIs are relative to %SRCROOT%) follow in plain Go.

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"mpls/analysis/output"
	"mpls/server"
)

const sarifSchemaFile = "../../testdata/cli/sarif-2.1.0-subset.schema.json"

func TestCheckSARIFGolden(t *testing.T) {
	schema := loadSchema(t)
	for _, fx := range checkFixtures {
		t.Run(fx.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "check", "--format", "sarif", fx.path)
			checkStderr(t, fx.name, fx.stderr, errOut)
			if code == 2 {
				t.Fatalf("exit 2")
			}
			var doc any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			for _, e := range schema.validate(doc) {
				t.Error(e)
			}
			checkSARIFSemantics(t, doc)
			golden(t, "check/"+fx.name+".sarif", normalizeSARIF(t, out))
		})
	}
}

// When the checked folder lies in the working directory (CI runs from the
// checkout), URIs are relative to it: what GitHub needs to place alerts.
func TestCheckSARIFRelativeToWorkdir(t *testing.T) {
	abs, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(abs)
	out, _, _ := runCLI(t, "check", "--format", "sarif", "example")
	var doc struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	run := doc.Runs[0]
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(abs)+"/"; got != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", got, want)
	}
	var uris []string
	for _, r := range run.Results {
		uris = append(uris, r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	if len(uris) == 0 || !strings.HasPrefix(uris[0], "example/") {
		t.Errorf("uris %v, want them under example/", uris)
	}
}

// Fingerprints do not move when unrelated lines are added above a finding.
func TestSARIFFingerprintsStable(t *testing.T) {
	dir := copyTree(t, example)
	fps := func() map[string]string {
		out, _, _ := runCLI(t, "check", "--format", "sarif", dir)
		var doc struct {
			Runs []struct {
				Results []struct {
					RuleID              string            `json:"ruleId"`
					PartialFingerprints map[string]string `json:"partialFingerprints"`
					Locations           []struct {
						PhysicalLocation struct {
							Region struct{ StartLine int }
						}
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, r := range doc.Runs[0].Results {
			m[r.RuleID] = r.PartialFingerprints[output.FingerprintKey] + fmt.Sprintf("@%d", r.Locations[0].PhysicalLocation.Region.StartLine)
		}
		return m
	}
	before := fps()
	js := filepath.Join(dir, "pages/map/map.js")
	b, _ := os.ReadFile(js)
	writeFile(t, js, "// 附近门店\n// 定位\n"+string(b))
	after := fps()
	id := "privacy/prompt-before-authorize"
	fb, fa := strings.Split(before[id], "@"), strings.Split(after[id], "@")
	if fb[0] != fa[0] {
		t.Errorf("fingerprint moved with unrelated edits: %s → %s", fb[0], fa[0])
	}
	if fb[1] == fa[1] {
		t.Errorf("the line did not move (%s): the test proves nothing", fb[1])
	}
}

// The validator has teeth: each broken copy of a valid log fails.
func TestSARIFValidatorRejects(t *testing.T) {
	schema := loadSchema(t)
	out, _, _ := runCLI(t, "check", "--format", "sarif", example)
	for _, c := range []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"no version", func(m map[string]any) { delete(m, "version") }, `missing required "version"`},
		{"wrong version", func(m map[string]any) { m["version"] = "2.0.0" }, "not one of"},
		{"bad level", func(m map[string]any) { result0(m)["level"] = "info" }, "not one of"},
		{"zero line", func(m map[string]any) { region0(m)["startLine"] = 0.0 }, "below the minimum 1"},
		{"column as string", func(m map[string]any) { region0(m)["startColumn"] = "3" }, "want integer"},
		{"misspelt property", func(m map[string]any) {
			al := result0(m)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)
			al["uriBaseID"] = al["uriBaseId"]
			delete(al, "uriBaseId")
		}, `property "uriBaseID" not allowed`},
		{"message without text", func(m map[string]any) { result0(m)["message"] = map[string]any{} }, "matches none of anyOf"},
		{"rule without id", func(m map[string]any) {
			delete(driver(m)["rules"].([]any)[0].(map[string]any), "id")
		}, `missing required "id"`},
		{"bad columnKind", func(m map[string]any) { run0(m)["columnKind"] = "bytes" }, "not one of"},
	} {
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		c.mutate(m)
		errs := schema.validate(m)
		if len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), c.want) {
			t.Errorf("%s: errors %v, want one containing %q", c.name, errs, c.want)
		}
	}
}

func run0(m map[string]any) map[string]any { return m["runs"].([]any)[0].(map[string]any) }
func driver(m map[string]any) map[string]any {
	return run0(m)["tool"].(map[string]any)["driver"].(map[string]any)
}
func result0(m map[string]any) map[string]any {
	return run0(m)["results"].([]any)[0].(map[string]any)
}
func region0(m map[string]any) map[string]any {
	return result0(m)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
}

// checkSARIFSemantics checks what a schema cannot say.
func checkSARIFSemantics(t *testing.T, doc any) {
	t.Helper()
	m := doc.(map[string]any)
	run := run0(m)
	if run["columnKind"] != "utf16CodeUnits" {
		t.Errorf("columnKind %v", run["columnKind"])
	}
	base := run["originalUriBaseIds"].(map[string]any)["%SRCROOT%"].(map[string]any)["uri"].(string)
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") {
		t.Errorf("%%SRCROOT%% %q: want an absolute file URI ending in /", base)
	}
	rules := driver(m)["rules"].([]any)
	ids := map[string]int{}
	for i, r := range rules {
		r := r.(map[string]any)
		id := r["id"].(string)
		if _, dup := ids[id]; dup {
			t.Errorf("rule %s listed twice", id)
		}
		ids[id] = i
		if r["helpUri"] != server.DocsBase+id+".md" {
			t.Errorf("rule %s helpUri %v", id, r["helpUri"])
		}
		if h := r["help"].(map[string]any); h["text"] == "" || h["markdown"] == "" {
			t.Errorf("rule %s without help", id)
		}
	}
	fps := map[string]bool{}
	relURI := func(where string, al map[string]any) {
		u := al["uri"].(string)
		if p, err := url.Parse(u); err != nil || p.IsAbs() || strings.HasPrefix(u, "/") || strings.HasPrefix(u, "../") {
			t.Errorf("%s: uri %q is not relative to the source root", where, u)
		}
		if al["uriBaseId"] != "%SRCROOT%" {
			t.Errorf("%s: uriBaseId %v", where, al["uriBaseId"])
		}
	}
	for _, r := range run["results"].([]any) {
		r := r.(map[string]any)
		id := r["ruleId"].(string)
		if i, ok := ids[id]; !ok || int(r["ruleIndex"].(float64)) != i {
			t.Errorf("result %s: ruleIndex %v does not point at its rule", id, r["ruleIndex"])
		}
		fp := r["partialFingerprints"].(map[string]any)[output.FingerprintKey].(string)
		if fps[fp] {
			t.Errorf("fingerprint %s given twice", fp)
		}
		fps[fp] = true
		pl := r["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		relURI(id, pl["artifactLocation"].(map[string]any))
		reg := pl["region"].(map[string]any)
		if reg["endLine"].(float64) < reg["startLine"].(float64) ||
			reg["endLine"] == reg["startLine"] && reg["endColumn"].(float64) < reg["startColumn"].(float64) {
			t.Errorf("result %s: region ends before it starts: %v", id, reg)
		}
		if fixes, ok := r["fixes"].([]any); ok {
			for _, f := range fixes {
				for _, ch := range f.(map[string]any)["artifactChanges"].([]any) {
					relURI(id+" fix", ch.(map[string]any)["artifactLocation"].(map[string]any))
				}
			}
		}
	}
}

// normalizeSARIF replaces the machine's absolute source root.
func normalizeSARIF(t *testing.T, out string) string {
	t.Helper()
	re := regexp.MustCompile(`"file://[^"]*/"`)
	return re.ReplaceAllString(out, `"file:///SRCROOT/"`)
}

// ---- a JSON-schema validator for the keywords the fixture uses ----

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
