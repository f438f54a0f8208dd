package script

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/script")

// TestGolden renders the facts of each fixture in testdata/script and
// compares them with its .golden file (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/script/*.[jt]s")
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	for _, fn := range files {
		t.Run(filepath.Base(fn), func(t *testing.T) {
			src, err := os.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			f := analyzeSrc(t, string(src), strings.HasSuffix(fn, ".ts"))
			checkBounds(t, f, len(src))
			got := render(f, src)
			golden := strings.TrimSuffix(fn, filepath.Ext(fn)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("facts differ from %s (go test -update to accept):\n%s", golden, got)
			}
		})
	}
}

// render prints the facts one per line, positions as line:col (1-based,
// bytes) of the source.
func render(f *Facts, src []byte) string {
	pos := func(off int) string {
		line := 1 + strings.Count(string(src[:off]), "\n")
		col := off - strings.LastIndex(string(src[:off]), "\n")
		return fmt.Sprintf("%d:%d", line, col)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kind %s\n", f.Kind)
	for _, c := range f.Calls {
		api := c.Namespace + "." + c.API
		if c.Factory != "" {
			api = c.Namespace + "." + c.Factory + "()." + c.API
		}
		fmt.Fprintf(&b, "call %s %s %q func=%s style=%s [%s]", pos(c.NameSpan.Start), api, src[c.NameSpan.Start:c.NameSpan.End], c.Func, c.Style, flags(&c))
		if len(c.EntryPath) > 0 {
			fmt.Fprintf(&b, " path=%s", strings.Join(c.EntryPath, ">"))
		}
		b.WriteString("\n")
	}
	for _, s := range f.Strings {
		if s.Arg == "" && s.Key == "" && s.Callee == "" {
			continue
		}
		fmt.Fprintf(&b, "string %s %q key=%s arg=%s callee=%s\n", pos(s.Span.Start), s.Value, s.Key, s.Arg, s.Callee)
	}
	var names []string
	for name := range f.Methods {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(&b, "method %s %s\n", name, pos(f.Methods[name].Start))
	}
	for _, a := range f.Assignments {
		fmt.Fprintf(&b, "assign %s %s.%s = %s factory=%s entry=%v\n", pos(a.PropSpan.Start), a.Object, a.Prop, a.Value, a.Factory, a.OnEntry)
	}
	for _, c := range f.Comments {
		fmt.Fprintf(&b, "comment %s %s\n", pos(c.Span.Start), c.Text)
	}
	for _, e := range f.Errors {
		fmt.Fprintf(&b, "error %s\n", pos(e.Start))
	}
	return b.String()
}
