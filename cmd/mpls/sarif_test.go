package main

// The CLI's SARIF logs, pinned byte for byte (testdata/cli/check/*.sarif).
// The schema validation and the checks a schema cannot state live with
// the writer, in analysis/output.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mpls/analysis/output"
)

func TestCheckSARIFGolden(t *testing.T) {
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

// normalizeSARIF replaces the machine's absolute source root.
func normalizeSARIF(t *testing.T, out string) string {
	t.Helper()
	re := regexp.MustCompile(`"file://[^"]*/"`)
	return re.ReplaceAllString(out, `"file:///SRCROOT/"`)
}
