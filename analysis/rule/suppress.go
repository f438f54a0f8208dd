package rule

import (
	"regexp"
	"strings"

	"mpls/analysis/text"
)

// Suppressions are the mpls-disable comments of one file.
//
//	<!-- mpls-disable-next-line login/phone-button-label -->   (templates)
//	// mpls-disable-next-line privacy/prompt-before-authorize   (scripts)
//	// mpls-disable-line content/extreme-words
//	/* mpls-disable content/extreme-words */                   (whole file)
//
// No rule ids means every rule.
type Suppressions struct {
	lines map[int][]string // line -> rule ids ("*" for all)
	file  []string
	// Named lists every rule id a comment names, with its span, so unknown
	// ids can be reported.
	Named []NamedRule
}

// NamedRule is one rule id written in a suppression comment.
type NamedRule struct {
	ID   string
	Span text.Span
}

var directive = regexp.MustCompile(`mpls-disable(-next-line|-line|-file)?\b`)

// ParseSuppressions reads comments (span and body) of a file.
func ParseSuppressions(idx *text.Index, comments []text.Span, src []byte) *Suppressions {
	s := &Suppressions{lines: map[int][]string{}}
	for _, cs := range comments {
		body := string(src[cs.Start:cs.End])
		m := directive.FindStringSubmatchIndex(body)
		if m == nil {
			continue
		}
		kind := ""
		if m[2] >= 0 {
			kind = body[m[2]:m[3]]
		}
		rest := body[m[1]:]
		restOff := cs.Start + m[1]
		var ids []string
		for _, loc := range ruleIDPattern.FindAllStringIndex(rest, -1) {
			id := rest[loc[0]:loc[1]]
			ids = append(ids, id)
			s.Named = append(s.Named, NamedRule{ID: id, Span: text.Span{Start: restOff + loc[0], End: restOff + loc[1]}})
		}
		if len(ids) == 0 {
			ids = []string{"*"}
		}
		line := idx.LineOf(cs.Start)
		switch kind {
		case "-next-line":
			endLine := idx.LineOf(max(cs.End-1, cs.Start))
			s.lines[endLine+1] = append(s.lines[endLine+1], ids...)
		case "-line":
			s.lines[line] = append(s.lines[line], ids...)
		default:
			s.file = append(s.file, ids...)
		}
	}
	return s
}

var ruleIDPattern = regexp.MustCompile(`[a-z][a-z0-9-]*/[a-z0-9-]+`)

// Allows reports whether a finding of rule id starting on line survives.
func (s *Suppressions) Allows(id string, line int) bool {
	if s == nil {
		return true
	}
	if hit(s.file, id) || hit(s.lines[line], id) {
		return false
	}
	return true
}

func hit(ids []string, id string) bool {
	for _, x := range ids {
		if x == "*" || x == id || (strings.HasSuffix(x, "/*") && strings.HasPrefix(id, strings.TrimSuffix(x, "*"))) {
			return true
		}
	}
	return false
}
