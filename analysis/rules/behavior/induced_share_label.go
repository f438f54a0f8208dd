package behavior

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/script"
)

// A text that is nothing but an induced-share phrase (分享抽奖 as the badge
// of an order of that kind) names an activity; it asks the user for
// nothing until the page offers a way to share beside it. The file half
// reports such a phrase only as a control's label; this project half
// reports it on a page that can be shared (see pageShares).

func inducedMsg(w string) rule.Msg {
	return rule.Msg{
		Zh: quote(w) + "把分享/关注作为条件或奖励，属于诱导分享：请删除条件和奖励，只保留普通的分享入口。",
		En: "\"" + w + "\" makes sharing or following a condition or a reward, which is induced sharing. Drop the condition and the reward; keep a plain share entry.",
	}
}

// bareLabel reports whether hit h is the whole of its text and that text
// is no control's label (a button, a tappable text, an open-type="share").
func bareLabel(u *rule.Unit, h content.LexHit) bool {
	if strings.TrimSpace(h.Piece.Text) != h.Text || h.Place == content.PlaceButton {
		return false
	}
	if t := u.Template; t != nil {
		for _, r := range t.Texts {
			if r.Span == h.Piece.Span && r.Elem >= 0 && hasOpenType(&t.Elements[r.Elem], "share") {
				return false
			}
		}
	}
	return true
}

// checkBareShareLabels reports the bare phrases of pages that can be shared.
func checkBareShareLabels(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p := range c.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		shares := -1 // pageShares, once a bare label needs it
		for _, h := range content.VisibleHits(c.Lexicon, "induced-share", c.Units[p]) {
			if !bareLabel(c.Units[p], h) {
				continue
			}
			if shares < 0 {
				shares = 0
				if pageShares(c.Units, p) {
					shares = 1
				}
			}
			if shares == 1 {
				c.Report(p, h.Span, inducedMsg(h.Text))
			}
		}
	}
}

// pageShares reports whether the page of file p (its template and its
// script) offers sharing: a share button, a share handler, or the share
// menu.
func pageShares(units map[string]*rule.Unit, p string) bool {
	base := strings.TrimSuffix(p, path.Ext(p))
	// every platform's template (a Douyin page's share button is in its
	// .ttml), then the script
	for _, ext := range append(append([]string(nil), project.TemplateExts...), ".js", ".ts") {
		u := units[base+ext]
		if u == nil {
			continue
		}
		if t := u.Template; t != nil {
			for i := range t.Elements {
				if hasOpenType(&t.Elements[i], "share") {
					return true
				}
			}
		}
		if u.Script != nil && scriptShares(u.Script) {
			return true
		}
	}
	return false
}

func scriptShares(s *script.Facts) bool {
	for _, m := range []string{"onShareAppMessage", "onShareTimeline"} {
		if _, ok := s.Bodies[m]; ok {
			return true
		}
	}
	for _, call := range s.Calls {
		if call.API == "showShareMenu" {
			return true
		}
	}
	return false
}
