package security_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/security/"

func TestInsecureTransport(t *testing.T) {
	ruletest.Cases(t, root+"insecure-transport", "", "security/insecure-transport")
}

func TestInsecureTransportFix(t *testing.T) {
	ruletest.FixCases(t, root+"insecure-transport", "", "security/insecure-transport")
}

// A URL with an explicit port gets a fix that fix-all leaves alone.
func TestInsecureTransportPortNotSafe(t *testing.T) {
	fs, res := ruletest.Findings(t, root+"insecure-transport/wx-requests", "", "security/insecure-transport")
	n := 0
	for _, f := range fs {
		u := res.UnitFor(f.Path)
		port := false
		if u != nil {
			line := u.Text[f.Span.Start:]
			for i, b := range line {
				if b == '\'' || b == '`' || b == '\n' {
					line = line[:i]
					break
				}
			}
			port = contains(string(line), ":8080")
		}
		if len(f.Fixes) != 1 || f.Fixes[0].Safe == port {
			t.Errorf("%s %v: fixes %+v (port %v)", f.Path, f.Span, f.Fixes, port)
		}
		if port {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one URL with a port, got %d", n)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestAppSecretInClient(t *testing.T) {
	ruletest.Cases(t, root+"appsecret-in-client", "", "security/appsecret-in-client")
}

func TestDebugMode(t *testing.T) {
	ruletest.Cases(t, root+"debug-mode", "", "security/debug-mode")
}
