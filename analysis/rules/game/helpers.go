package game

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/text"
)

// labelProps are properties that game engines draw as text (Cocos
// label.string, Laya text.text …): a string assigned to them is visible.
var labelProps = map[string]bool{"string": true, "text": true, "title": true, "label": true, "content": true}

// gameVisible is what a mini-game shows: content.VisibleText (toasts,
// modals, canvas fillText/strokeText) plus strings assigned to label-like
// properties.
func gameVisible(u *rule.Unit) []rule.Piece {
	out := content.VisibleText(u)
	s := u.Script
	if s == nil {
		return out
	}
	for _, as := range s.Assignments {
		if !labelProps[as.Prop] {
			continue
		}
		for _, str := range s.Strings {
			if str.Span.Start >= as.ValueSpan.Start && str.Span.End <= as.ValueSpan.End && str.Span.Len() > 0 && !str.IsKey && str.Callee == "" {
				out = append(out, rule.Piece{Span: str.Span, Text: string(u.Text[str.Span.Start:str.Span.End]), Where: "script:" + as.Prop})
			}
		}
	}
	return out
}

// sortedPaths lists the units' paths in order.
func sortedPaths(units map[string]*rule.Unit) []string {
	out := make([]string, 0, len(units))
	for p := range units {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// sourceStrings yields every string a game's sources hold that could end
// up on screen: script string literals (comments never count) and JSON
// string values (level and config data).
func sourceStrings(units map[string]*rule.Unit, f func(path, s string)) {
	for _, p := range sortedPaths(units) {
		u := units[p]
		if s := u.Script; s != nil {
			for _, str := range s.Strings {
				f(p, str.Value)
			}
		}
		if u.JSON != nil {
			jsonStrings(u.JSON, func(s string) { f(p, s) })
		}
	}
}

func jsonStrings(v *jsonv.Value, f func(string)) {
	if v == nil {
		return
	}
	switch v.Kind {
	case jsonv.String:
		f(v.Str)
	case jsonv.Object:
		for _, m := range v.Members {
			jsonStrings(m.Value, f)
		}
	case jsonv.Array:
		for _, it := range v.Items {
			jsonStrings(it, f)
		}
	}
}

var imageRef = regexp.MustCompile(`(?i)\.(png|jpe?g|webp|gif)(\?|$)`)

// imageNamed reports whether s is an image path whose name contains one of
// the words: games often show the notices as a picture.
func imageNamed(s string, words []string) bool {
	if !imageRef.MatchString(s) {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// anchor is where a project-wide finding of a mini-game goes: the first
// line of code of game.js (so a `// mpls-disable-next-line` comment can
// sit above it), else the first key of game.json.
func anchor(c *rule.ProjectContext) (string, text.Span, bool) {
	for _, name := range []string{"game.js", "game.ts"} {
		if u := c.Units[name]; u != nil && u.Script != nil {
			return name, firstCodeLine(u), true
		}
	}
	if c.Project != nil && c.Project.App != nil && c.Project.App.File != nil {
		f := c.Project.App.File
		if u := c.Units[f.Path]; u != nil && u.JSON != nil && len(u.JSON.Members) > 0 {
			return f.Path, u.JSON.Members[0].KeySpan, true
		}
	}
	return "", text.Span{}, false
}

// firstCodeLine is the span of the first line that is not blank and not a
// comment, trimmed; an empty span at 0 for an empty file.
func firstCodeLine(u *rule.Unit) text.Span {
	src := u.Text
	i := 0
	if len(src) >= 3 && string(src[:3]) == "\ufeff" {
		i = 3
	}
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\r', '\n':
			i++
			continue
		}
		moved := false
		for _, cm := range u.Script.Comments {
			if cm.Span.Start == i {
				i = cm.Span.End
				moved = true
				break
			}
		}
		if !moved {
			break
		}
	}
	if i >= len(src) {
		return text.Span{}
	}
	end := i
	for end < len(src) && src[end] != '\n' {
		end++
	}
	for end > i && (src[end-1] == '\r' || src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	return text.Span{Start: i, End: end}
}
