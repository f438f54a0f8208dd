package script

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
)

func TestSmoke(t *testing.T) {
	src, err := os.ReadFile(os.Getenv("SMOKE"))
	if err != nil {
		t.Skip()
	}
	p := sitter.NewParser()
	p.SetLanguage(javascript.GetLanguage())
	tree, _ := p.ParseCtx(context.Background(), nil, src)
	defer tree.Close()
	f := Analyze(tree.RootNode(), src, Options{})
	fmt.Println("kind", f.Kind, "methods", f.Methods, "lifecycles", f.Lifecycles, "errors", f.Errors)
	for _, c := range f.Calls {
		fmt.Printf("%s.%s [%s] callee=%q name=%q fn=%s entry=%v %v show=%v loop=%v conf=%v ios=%v fail=%v style=%s stmt=%q\n", c.Namespace, c.API, c.Factory, c.Callee, src[c.NameSpan.Start:c.NameSpan.End], c.Func, c.OnEntry, c.EntryPath, c.InShow, c.InLoopOrTimer, c.Confirmed, c.IOSGuarded, c.HasFail, c.Style, trunc(string(src[c.Statement.Start:c.Statement.End])))
	}
	for _, s := range f.Strings {
		fmt.Printf("str %q key=%q arg=%q callee=%q iskey=%v\n", s.Value, s.Key, s.Arg, s.Callee, s.IsKey)
	}
	for _, s := range f.Assignments {
		fmt.Printf("assign %s.%s = %q factory=%s entry=%v fn=%s\n", s.Object, s.Prop, s.Value, s.Factory, s.OnEntry, s.Func)
	}
	_ = json.Marshal
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
