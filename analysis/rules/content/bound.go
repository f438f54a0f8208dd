package content

import (
	"sort"

	"mpls/analysis/lexicon"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// BoundHit is a lexicon hit in a script string that the page's (or
// component's) template shows through a text interpolation.
type BoundHit struct {
	lexicon.Hit
	Path     string    // the script
	Span     text.Span // the word in the script file
	Text     string    // the word as written
	Template string    // the template that shows it
	Key      string    // the data key the string is the value of
}

// BoundHits finds the words of a lexicon category in the script strings
// a template shows: `data: { notice: '…' }` or `this.setData({ notice:
// '…' })` beside `<view>{{notice}}</view>` (see checkExtremeBound). The
// literal's source text is matched, so an agreement written as one long
// string with `\n\` line continuations is read too and the offsets are
// file offsets. Scripts in path order.
func BoundHits(c *rule.ProjectContext, category string) []BoundHit {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Script != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var out []BoundHit
	for _, p := range paths {
		u := c.Units[p]
		var tmplPath string
		var keys map[string]bool
		for _, str := range u.Script.Strings {
			if str.IsKey || str.Key == "" || str.Arg != "" || (str.Callee != "" && str.Callee != "setData") {
				continue
			}
			if str.Span.Start < 0 || str.Span.End > len(u.Text) || str.Span.Start > str.Span.End {
				continue
			}
			raw := string(u.Text[str.Span.Start:str.Span.End])
			hits := c.Lexicon.Find(category, raw)
			if len(hits) == 0 {
				continue
			}
			if keys == nil {
				tmplPath, keys = boundKeys(c.Units, p)
			}
			if !keys[str.Key] {
				continue
			}
			for _, h := range hits {
				out = append(out, BoundHit{Hit: h, Path: p, Span: text.Span{Start: str.Span.Start + h.Start, End: str.Span.Start + h.End},
					Text: raw[h.Start:h.End], Template: tmplPath, Key: str.Key})
			}
		}
	}
	return out
}
