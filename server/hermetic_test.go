package server_test

// "mpls never runs project code, never opens a network connection, and
// writes only the files a user asked it to fix."

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pureNet are the parts of package net that only parse or format
// addresses (security rules read URLs with them); anything else of net
// (Dial, Listen, Lookup…, Resolver, Interfaces) is a connection or a
// query of the system and is forbidden.
var pureNet = map[string]bool{
	"ParseIP": true, "SplitHostPort": true, "JoinHostPort": true, "ParseCIDR": true, "IP": true, "IPNet": true,
	"IPMask": true, "IPv4": true, "IPv4Mask": true, "CIDRMask": true, "ParseMAC": true, "HardwareAddr": true,
	"IPv4len": true, "IPv6len": true, "AddrError": true, "ParseError": true,
}

// forbiddenImports may not appear in mpls's own code at all.
var forbiddenImports = map[string]string{
	"os/exec": "runs programs", "plugin": "loads code", "net/http": "opens connections", "net/rpc": "opens connections",
	"net/smtp": "opens connections", "net/textproto": "network protocols", "net/http/httptest": "serves HTTP",
	"net/http/cookiejar": "HTTP client state", "crypto/tls": "opens connections", "syscall/js": "runs in a browser",
}

// allowedExec are the files that may run a program, and why: the user
// asked for it by name, and it is never the project's own code.
var allowedExec = map[string]string{
	"cmd/mpls/report_git.go": "`mpls report --since REF` asks git which files changed",
}

// writers are the os functions that change the file system. analysis/ and
// server/ never call them: only the CLI writes, and only what the user
// asked (--fix, --log-file, report --out).
var writers = map[string]bool{
	"WriteFile": true, "Create": true, "CreateTemp": true, "OpenFile": true, "Remove": true, "RemoveAll": true,
	"Rename": true, "Mkdir": true, "MkdirAll": true, "MkdirTemp": true, "Truncate": true, "Chmod": true,
	"Chown": true, "Lchown": true, "Chtimes": true, "Symlink": true, "Link": true,
}

// TestNoNetworkNoExec scans the Go sources of analysis/, server/ and
// cmd/ (tests excepted): no network or process packages, no use of net
// beyond parsing addresses, and no file-system writes in analysis/ or
// server/.
// Packages that only tests import (analysis/rules/ruletest writes golden
// files) are not part of the binary and are left out.
func TestNoNetworkNoExec(t *testing.T) {
	list, err := exec.Command("go", "list", "-deps", "-f", "{{.Dir}}", "../cmd/mpls").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	shipped := map[string]bool{}
	for _, d := range strings.Fields(string(list)) {
		shipped[d] = true
	}
	scanned := 0
	for _, dir := range []string{"../analysis", "../server", "../cmd"} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			if abs, _ := filepath.Abs(filepath.Dir(p)); !shipped[abs] {
				return nil // a test helper package
			}
			rel := filepath.ToSlash(strings.TrimPrefix(p, "../"))
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
			if err != nil {
				return fmt.Errorf("%s: %v", p, err)
			}
			scanned++
			names := map[string]string{} // local name -> import path
			for _, im := range f.Imports {
				path, _ := strconv.Unquote(im.Path.Value)
				name := path[strings.LastIndex(path, "/")+1:]
				if im.Name != nil {
					name = im.Name.Name
				}
				names[name] = path
				if why, bad := forbiddenImports[path]; bad && allowedExec[rel] == "" {
					t.Errorf("%s imports %s (%s)", rel, path, why)
				}
				if path == "net" && im.Name != nil && (im.Name.Name == "." || im.Name.Name == "_") {
					t.Errorf("%s imports net as %s", rel, im.Name.Name)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				x, ok := sel.X.(*ast.Ident)
				if !ok {
					return true
				}
				switch names[x.Name] {
				case "net":
					if !pureNet[sel.Sel.Name] {
						t.Errorf("%s: uses net.%s (only address parsing is allowed)", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				case "os":
					if writers[sel.Sel.Name] && !strings.HasPrefix(rel, "cmd/") {
						t.Errorf("%s: calls os.%s: analysis/ and server/ never write files", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				case "syscall":
					if strings.HasPrefix(sel.Sel.Name, "Exec") || strings.HasPrefix(sel.Sel.Name, "ForkExec") || sel.Sel.Name == "Socket" || sel.Sel.Name == "Connect" {
						t.Errorf("%s: calls syscall.%s", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if scanned < 20 {
		t.Fatalf("scanned only %d files: wrong folders?", scanned)
	}
	for f := range allowedExec {
		if _, err := os.Stat(filepath.Join("..", f)); err != nil {
			t.Errorf("allowedExec lists %s, which is gone: drop it from the list", f)
		}
	}
}

// treeHash fingerprints every entry under root: path, type, mode, size,
// modification time and content (links by target).
func treeHash(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		sum := fmt.Sprintf("%v %d %d", info.Mode(), info.Size(), info.ModTime().UnixNano())
		switch {
		case info.Mode()&os.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			sum += " -> " + target
		case info.Mode().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h := sha256.Sum256(b)
			sum += " " + hex.EncodeToString(h[:])
		}
		out[rel] = sum
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	var diff []string
	for k, v := range before {
		if after[k] != v {
			diff = append(diff, fmt.Sprintf("changed or removed: %s", k))
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			diff = append(diff, fmt.Sprintf("created: %s", k))
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		t.Fatalf("%s modified the project:\n%s", what, strings.Join(diff, "\n"))
	}
}

// TestCheckAndServeWriteNothing: `mpls check` of every fixture project (and
// of a project with hostile files and links), and an editor session with
// edits, saves, code actions, fix-all and hover, leave every file as it
// was: same entries, contents, modes and times.
func TestCheckAndServeWriteNothing(t *testing.T) {
	roots := map[string]string{"example": copyTree(t, "../testdata/example")}
	entries, _ := os.ReadDir("../testdata/projects")
	for _, e := range entries {
		if e.IsDir() {
			roots[e.Name()] = copyTree(t, filepath.Join("../testdata/projects", e.Name()))
		}
	}
	hostile, outside := hostileProject(t)
	roots["hostile"] = hostile
	roots["outside"] = outside
	before := map[string]map[string]string{}
	for name, r := range roots {
		before[name] = treeHash(t, r)
	}
	time.Sleep(10 * time.Millisecond) // a write now would get a later mtime
	for _, name := range []string{"example", "hostile", "dy-mall", "multi", "wx-broken-json", "wx-game", "wx-shop"} {
		r, ok := roots[name]
		if !ok {
			continue
		}
		for _, format := range []string{"text", "json"} {
			cmd := exec.Command(binary, "check", "--format", format, r)
			out, err := cmd.CombinedOutput()
			if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
				t.Fatalf("mpls check %s: %v\n%s", name, err, out)
			}
		}
	}

	// an editor session on the example
	root := roots["example"]
	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	for _, rel := range []string{"pages/index/index.wxml", "pages/map/map.js", "app.json"} {
		u := fileURI(filepath.Join(root, rel))
		b, _ := os.ReadFile(filepath.Join(root, rel))
		c.open(u, "", 1, string(b))
		p := c.waitPublish(u, 1)
		c.change(u, 2, map[string]any{"range": rng(0, 0, 0, 0), "text": "\n"})
		c.waitPublish(u, 2)
		c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": u}})
		for _, d := range p.Diagnostics {
			codeActions(t, c, u, d)
		}
		codeActions(t, c, u, diag{}, "source.fixAll.mpls")
		c.alive(u)
		c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": u}})
	}
	if r := c.call("shutdown", nil); r.Error != nil {
		t.Fatalf("shutdown: %+v", r.Error)
	}
	c.notify("exit", nil)
	if err := waitExit(t, c, 10*time.Second); err != nil {
		t.Fatalf("exit: %v", err)
	}

	for name, r := range roots {
		sameTree(t, name, before[name], treeHash(t, r))
	}
}
