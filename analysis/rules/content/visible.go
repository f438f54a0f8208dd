package content

import (
	"strings"
	"unicode/utf8"

	"mpls/analysis/lexicon"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// drawCallees are canvas calls whose string arguments are drawn on screen:
// mini-games have no templates and draw their text this way.
var drawCallees = map[string]bool{"fillText": true, "strokeText": true}

// VisibleText is what users see in a unit: rule.Unit.Visible (template text
// and visible attributes, page titles, toast/modal texts) plus the string
// arguments of canvas fillText/strokeText. Class names, expressions, URLs,
// comments and other strings never appear in it.
func VisibleText(u *rule.Unit) []rule.Piece {
	vis := u.Visible()
	return append(vis[:len(vis):len(vis)], drawnText(u)...) // never append into the unit's shared slice
}

// drawnText is the part of VisibleText that rule.Unit.Visible lacks: the
// canvas strings.
func drawnText(u *rule.Unit) []rule.Piece {
	var out []rule.Piece
	if s := u.Script; s != nil {
		for _, str := range s.Strings {
			if !drawCallees[str.Callee] || str.IsKey || str.Span.Len() == 0 {
				continue
			}
			if str.Span.Start < 0 || str.Span.End > len(u.Text) {
				continue
			}
			out = append(out, rule.Piece{Span: str.Span, Text: string(u.Text[str.Span.Start:str.Span.End]), Where: "script:" + str.Callee})
		}
	}
	return out
}

// LexHit is one lexicon hit in a unit's visible text, in file offsets.
type LexHit struct {
	lexicon.Hit
	Span  text.Span // where the word is in the file
	Text  string    // the word as written
	Piece rule.Piece
	Place Place // where the piece stands (a button, a title, a form label …)
}

// Before is the text of the hit's sentence before the word, and After the
// text after it: a sentence ends at 。！？；, a line break or the piece's end.
func (h LexHit) Before() string {
	s := h.Piece.Text[:h.Start]
	if i := strings.LastIndexAny(s, sentenceEnds); i >= 0 {
		_, w := utf8.DecodeRuneInString(s[i:])
		s = s[i+w:]
	}
	return s
}

// After is the rest of the hit's sentence (see Before).
func (h LexHit) After() string {
	s := h.Piece.Text[h.End:]
	if i := strings.IndexAny(s, sentenceEnds); i >= 0 {
		s = s[:i]
	}
	return s
}

const sentenceEnds = "。！？；!?;\n"

// VisibleHits finds the words of a lexicon category in the visible text of
// u, in file order, never twice at the same place. Words inside the
// mandatory 健康游戏忠告 (拒绝盗版游戏 …) are never hits: that text is
// required, not content.
//
// The hits in rule.Unit.Visible come from u.PieceHits: searched once per
// unit and category, and on a keystroke only in the pieces the edit
// touched.
func VisibleHits(lex *lexicon.Lexicon, category string, u *rule.Unit) []LexHit {
	var out []LexHit
	seen := map[text.Span]bool{}
	vis, hits := u.Visible(), u.PieceHits(lex, category)
	drawn := drawnText(u)
	doc := -1 // documentPage(u), once a hit needs it
	for i := 0; i < len(vis)+len(drawn); i++ {
		var p rule.Piece
		var hs []lexicon.Hit
		if i < len(vis) {
			if hits == nil { // no hit in any piece
				i = len(vis) - 1
				continue
			}
			p, hs = vis[i], hits[i]
		} else {
			p = drawn[i-len(vis)]
			hs = lex.Find(category, p.Text)
		}
		if len(hs) == 0 {
			continue
		}
		if t := u.Template; t != nil && i < len(t.Texts) && t.Texts[i].Elem >= 0 && hiddenStatically(t, t.Texts[i].Elem) {
			continue // wx:if="{{false}}": never shown
		}
		pl := PlaceBody
		if i < len(vis) {
			pl = placeOf(u, i, p)
		}
		if pl == PlaceBody && i < len(vis) {
			if doc < 0 {
				doc = 0
				if documentPage(u) {
					doc = 1
				}
			}
			if doc == 1 {
				pl = PlaceDocument
			}
		}
		notice := lex.Find("health-notice", p.Text)
		for _, h := range hs {
			s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
			if seen[s] || within(h, notice) {
				continue
			}
			seen[s] = true
			out = append(out, LexHit{Hit: h, Span: s, Text: p.Text[h.Start:h.End], Piece: p, Place: pl})
		}
	}
	return out
}

// within reports whether hit h lies inside one of the other hits.
func within(h lexicon.Hit, in []lexicon.Hit) bool {
	for _, o := range in {
		if o.Start <= h.Start && h.End <= o.End {
			return true
		}
	}
	return false
}

// quote wraps a word in Chinese quotation marks.
func quote(s string) string { return "“" + s + "”" }
