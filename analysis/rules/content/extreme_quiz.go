package content

import (
	"strings"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// askedOfUser reports whether the bare 最 of h ranks the user's own
// choices in a quiz or survey rather than the product: a question put to
// the user about themself (你最可能会：, 哪种环境最让你感到自然？) or an
// answer option of such a question (寻找最快的替代路线). The advertising law
// bans 最 as a claim that the product is the best; a question sells
// nothing, and an option is the user's answer, not the seller's word.
//
// The text must stand in a quiz: an element within a few levels up is
// classed as a question, quiz or survey. A question is addressed to the
// user (你/您) and ends as one (？, ?, or the ：/: that opens the
// options). An option is a short text in a tappable or option-classed
// element under such a box whose nearest question before it is one. A
// question or option that names the seller (你知道我们为什么最受信赖吗？)
// is a pitch and stays, and so do the listed claims (最好, 最便宜) wherever
// they stand: only bare 最 is read here.
func askedOfUser(u *rule.Unit, h LexHit) bool {
	t := u.Template
	if h.Word != "最" || h.Piece.Where != "text" || t == nil || sellerNamed(h.Piece.Text) {
		return false
	}
	e := textElem(t, h.Piece.Span)
	if e < 0 {
		return false
	}
	boxes := quizBoxes(t, e)
	if len(boxes) == 0 {
		return false
	}
	if questionToUser(h) {
		return true
	}
	if utf8.RuneCountInString(strings.TrimSpace(h.Piece.Text)) > 40 {
		return false // a paragraph, not an answer
	}
	for _, box := range boxes {
		if !inOption(t, e, box) {
			continue
		}
		// the nearest question before the option, in the same box
		for i := len(t.Texts) - 1; i >= 0; i-- {
			r := t.Texts[i]
			if r.Attr != "" || r.Elem < 0 || r.Span.End > h.Piece.Span.Start || !under(t, r.Elem, box) || !endsAsQuestion(r.Text) {
				continue
			}
			return addressesUser(r.Text) && !sellerNamed(r.Text)
		}
	}
	return false
}

// questionToUser: the sentence of h asks the user something: it names
// the user (你/您) and ends in ？/? (or ：/: before the options).
func questionToUser(h LexHit) bool {
	sentence := h.Before() + h.Text + h.After()
	rest := strings.TrimSpace(h.Piece.Text[h.End+len(h.After()):])
	asked := strings.HasPrefix(rest, "？") || strings.HasPrefix(rest, "?") ||
		rest == "" && endsAsQuestion(sentence)
	return asked && addressesUser(sentence)
}

// endsAsQuestion: s ends as a question or as the lead-in of its options.
func endsAsQuestion(s string) bool {
	s = strings.TrimSpace(s)
	for _, end := range []string{"？", "?", "：", ":"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

func addressesUser(s string) bool { return strings.ContainsAny(s, "你您") }

// sellerWords name the one selling: text that names it is about it.
var sellerWords = []string{"我们", "我司", "本店", "本平台", "本公司", "本品", "本产品", "本课程", "本小程序", "小程序", "我家", "我店"}

func sellerNamed(s string) bool { return has(s, sellerWords...) }

// quizClasses name a quiz, a survey or one of its questions.
var quizClasses = []string{"question", "quiz", "survey", "questionnaire", "wenjuan", "timu"}

// quizBoxes are e and its ancestors, up to five levels, classed as a
// quiz or one of its questions; nearest first.
func quizBoxes(t *template.Facts, e int) []int {
	var out []int
	for depth := 0; e >= 0 && depth < 5; depth++ {
		for _, cls := range classes(&t.Elements[e]) {
			if has(cls, quizClasses...) {
				out = append(out, e)
				break
			}
		}
		e = t.Elements[e].Parent
	}
	return out
}

// inOption: e, or an element between it and box, is an answer option: a
// tappable element, a radio or checkbox, or one classed as an option.
func inOption(t *template.Facts, e, box int) bool {
	for ; e >= 0; e = t.Elements[e].Parent {
		switch t.Elements[e].Tag {
		case "radio", "checkbox", "label":
			return true
		}
		if tappable(t, e) {
			return true
		}
		for _, cls := range classes(&t.Elements[e]) {
			if has(cls, "option", "choice", "answer", "xuanxiang") {
				return true
			}
		}
		if e == box {
			return false
		}
	}
	return false
}

// under: e is box or inside it.
func under(t *template.Facts, e, box int) bool {
	for ; e >= 0; e = t.Elements[e].Parent {
		if e == box {
			return true
		}
	}
	return false
}

// textElem is the element whose text run is at s, or -1.
func textElem(t *template.Facts, s text.Span) int {
	for _, r := range t.Texts {
		if r.Span == s && r.Attr == "" {
			return r.Elem
		}
	}
	return -1
}
