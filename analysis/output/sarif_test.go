package output_test

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
// "uriBaseID" fails). The validator (schema_test.go) implements exactly
// the keywords that file uses, and refuses any keyword it does not know,
// so the schema cannot silently say more than is checked. Checks the
// schema language cannot state (ruleIndex points at its rule,
// fingerprints are unique, URIs are relative to %SRCROOT%) follow in
// plain Go. The CLI's goldens (cmd/mpls) pin the same logs byte for byte.

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/ruledoc"
)

const sarifSchemaFile = "../../testdata/cli/sarif-2.1.0-subset.schema.json"

// fixtures are the CLI golden tests' projects.
var fixtures = []string{
	"../../testdata/example",
	"../../testdata/cli/projects/clinic",
	"../../testdata/projects/dy-mall",
	"../../testdata/projects/multi",
	"../../testdata/projects/wx-broken-json",
	"../../testdata/projects/wx-game",
	"../../testdata/projects/wx-shop",
	"../../testdata/projects/wx-ts-build",
	"../../testdata/projects/wx-skipped",
}

// sarif checks dir as `mpls check --format sarif` does.
func sarif(t *testing.T, dir string) string {
	t.Helper()
	eng := engine.New(engine.Settings{})
	res, err := eng.CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	output.SARIF(&b, output.Collect([]*engine.Result{res}, "zh-CN"), []string{res.Base}, eng, "zh-CN", "0.0.0-test")
	return b.String()
}

func TestSARIFValid(t *testing.T) {
	schema := loadSchema(t)
	for _, dir := range fixtures {
		t.Run(dir[strings.LastIndex(dir, "/")+1:], func(t *testing.T) {
			var doc any
			if err := json.Unmarshal([]byte(sarif(t, dir)), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			for _, e := range schema.validate(doc) {
				t.Error(e)
			}
			checkSARIFSemantics(t, doc)
		})
	}
}

// The validator has teeth: each broken copy of a valid log fails.
func TestSARIFValidatorRejects(t *testing.T) {
	schema := loadSchema(t)
	out := sarif(t, fixtures[0])
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
		if r["helpUri"] != ruledoc.DocsBase+id+".md" {
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
