package fix

import (
	"testing"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

func edit(path string, start, end int, s string) rule.Edit {
	return rule.Edit{Path: path, Span: text.Span{Start: start, End: end}, NewText: s}
}

func safe(path string, edits ...rule.Edit) rule.Finding {
	return rule.Finding{Path: path, Fixes: []rule.Fix{{Safe: true, Edits: edits}}}
}

// texts is a project of two files; a file not in it cannot be edited.
func texts(m map[string]string) Files {
	return func(p string) ([]byte, bool) {
		s, ok := m[p]
		return []byte(s), ok
	}
}

// TestPlanCrossFile: a fix that edits app.json besides its own file is
// taken whole in both files (after the fixes that stay in their file),
// never when app.json cannot be edited or one of its edits overlaps one
// taken, and never in the editor's plan of one document.
func TestPlanCrossFile(t *testing.T) {
	files := texts(map[string]string{"app.json": `{"pages":[]}`, "a.wxml": "<view>http://a</view>"})
	cross := safe("a.wxml", edit("app.json", 1, 1, `"x":1,`), edit("", 0, 0, "<!-- a -->"))
	own := safe("a.wxml", edit("", 6, 13, "https://"))
	plan := Plan([]rule.Finding{cross, own}, files, "")
	if len(plan) != 2 || plan[0].Path != "a.wxml" || plan[1].Path != "app.json" {
		t.Fatalf("plan: %+v", plan)
	}
	if got := string(Apply(plan[0].Src, plan[0].Edits)); got != "<!-- a --><view>https://a</view>" || plan[0].Fixes != 2 {
		t.Errorf("a.wxml: %q, %d fixes", got, plan[0].Fixes)
	}
	if got := string(Apply(plan[1].Src, plan[1].Edits)); got != `{"x":1,"pages":[]}` || plan[1].Fixes != 1 {
		t.Errorf("app.json: %q, %d fixes", got, plan[1].Fixes)
	}
	for _, fe := range plan {
		for _, e := range fe.Edits {
			if e.Path != "" {
				t.Errorf("%s: edit names a file: %+v", fe.Path, e)
			}
		}
	}

	// the document alone: the cross-file fix waits for check --fix or its quick fix
	if one := Plan([]rule.Finding{cross, own}, files, "a.wxml"); len(one) != 1 || len(one[0].Edits) != 1 || one[0].Fixes != 1 {
		t.Errorf("plan of a.wxml alone: %+v", one)
	}
	// app.json cannot be edited: no half of the fix in a.wxml
	noApp := texts(map[string]string{"a.wxml": "<view>http://a</view>"})
	if p := Plan([]rule.Finding{cross, own}, noApp, ""); len(p) != 1 || len(p[0].Edits) != 1 {
		t.Errorf("plan without app.json: %+v", p)
	}
	// an edit over one taken: left for the next round
	over := safe("a.wxml", edit("app.json", 1, 1, `"y":2,`), edit("", 8, 10, "xx"))
	if p := Plan([]rule.Finding{own, over}, files, ""); len(p) != 1 || len(p[0].Edits) != 1 {
		t.Errorf("overlapping cross-file fix taken: %+v", p)
	}
	// in place already: nothing to do
	done := safe("a.wxml", edit("app.json", 0, 1, "{"))
	if p := Plan([]rule.Finding{done}, files, ""); len(p) != 0 {
		t.Errorf("an applied fix was planned: %+v", p)
	}
}

// TestPlanSkipsFilesThatCannotBeEdited: a file the check skipped or that
// changed since gets no edit, and the others still do.
func TestPlanSkipsFilesThatCannotBeEdited(t *testing.T) {
	files := texts(map[string]string{"b.js": "x('http://b')"})
	fs := []rule.Finding{safe("a.js", edit("", 0, 1, "y")), safe("b.js", edit("", 3, 10, "https://"))}
	plan := Plan(fs, files, "")
	if len(plan) != 1 || plan[0].Path != "b.js" || string(Apply(plan[0].Src, plan[0].Edits)) != "x('https://b')" {
		t.Fatalf("plan: %+v", plan)
	}
}
