package parse

import (
	"context"
	"strings"
	"testing"
)

// Code typed with a Chinese input method carries U+3000 and NBSP between
// tokens; JavaScript takes them as blanks, so must we, and a string that
// holds one keeps it.
func TestUnicodeSpacesBetweenTokens(t *testing.T) {
	src := []byte("for (var i = 0; i < n; i++) {\u3000\u3000\n  var flag = true\u3000\n  if (flag) {\u00a0log('全\u3000角')\u3000}\n}\n")
	tree, err := Parse(context.Background(), JavaScript, nil, src)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	root := tree.RootNode()
	if root.HasError() {
		t.Fatalf("U+3000 / NBSP between tokens is a syntax error: %s", root.String())
	}
	var str string
	for i := 0; i < int(root.NamedChildCount()); i++ {
		if s := root.NamedChild(i).Content(src); strings.Contains(s, "log(") {
			str = s
		}
	}
	if !strings.Contains(str, "'全\u3000角'") {
		t.Errorf("the string's text read from the source lost its U+3000: %q", str)
	}
	if got := asciiSpaces([]byte("plain ascii")); string(got) != "plain ascii" {
		t.Errorf("asciiSpaces changed ASCII text: %q", got)
	}
}
