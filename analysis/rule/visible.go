package rule

import (
	"path"

	"mpls/analysis/jsonv"
	"mpls/analysis/text"
)

// Piece is one run of text a user sees, with where it is.
type Piece struct {
	Span text.Span
	Text string
	// Where: "text", "attr:<name>", "json:<key>", "script:<api>.<key>".
	Where string
}

// scriptVisible lists the API options whose string values are shown.
// Alipay names its options differently (my.showToast({content}),
// my.alert, my.confirm, my.setNavigationBar({title})).
var scriptVisible = map[string]map[string]bool{
	"showToast":             {"title": true, "content": true},
	"showLoading":           {"title": true, "content": true},
	"showModal":             {"title": true, "content": true, "confirmText": true, "cancelText": true},
	"setNavigationBarTitle": {"title": true},
	"setNavigationBar":      {"title": true},
	"showActionSheet":       {"itemList": true, "alertText": true, "items": true},
	"alert":                 {"title": true, "content": true, "buttonText": true},
	"confirm":               {"title": true, "content": true, "confirmButtonText": true, "cancelButtonText": true},
	"prompt":                {"title": true, "message": true, "placeholder": true},
}

// Visible returns the user-visible text of a unit (computed once per unit;
// every text rule shares it). The user-visible text of a unit: template text and
// visible attributes, navigationBarTitleText (Alipay's defaultTitle) and
// tabBar texts in JSON,
// and toast/modal/title strings in scripts. Never class names,
// expressions, URLs or comments. Computed on demand (cheap) per unit.
func (u *Unit) Visible() []Piece {
	u.visibleOnce.Do(func() { u.visible = u.computeVisible() })
	return u.visible
}

func (u *Unit) computeVisible() []Piece {
	var out []Piece
	if t := u.Template; t != nil {
		out = make([]Piece, 0, len(t.Texts))
		for _, r := range t.Texts {
			w := "text"
			if r.Attr != "" {
				w = "attr:" + r.Attr
			}
			out = append(out, Piece{Span: r.Span, Text: r.Text, Where: w})
		}
	}
	if s := u.Script; s != nil {
		for _, str := range s.Strings {
			if str.Arg == "" {
				continue
			}
			if keys, ok := scriptVisible[str.Arg]; ok && (keys[str.Key] || (str.Key == "" && str.Arg == "setNavigationBarTitle")) {
				out = append(out, Piece{Span: str.Span, Text: str.Value, Where: "script:" + str.Arg + "." + str.Key})
			}
		}
	}
	if u.JSON != nil && path.Ext(u.Path) == ".json" {
		jsonVisible(u.JSON, &out)
	}
	// Match on the raw text so lexicon offsets are file offsets. (Template
	// texts are raw already: they keep their strings, which a rebuilt
	// unit shares with the version before.)
	for i := range out {
		if s := out[i].Span; s.Start >= 0 && s.End <= len(u.Text) && s.Start <= s.End {
			if raw := u.Text[s.Start:s.End]; string(raw) != out[i].Text {
				out[i].Text = string(raw)
			}
		}
	}
	return out
}

func jsonVisible(v *jsonv.Value, out *[]Piece) {
	if v == nil {
		return
	}
	switch v.Kind {
	case jsonv.Object:
		for _, m := range v.Members {
			switch m.Key {
			case "navigationBarTitleText", "defaultTitle", "text":
				if m.Value != nil && m.Value.Kind == jsonv.String {
					*out = append(*out, Piece{Span: m.Value.ContentSpan(), Text: m.Value.Str, Where: "json:" + m.Key})
					continue
				}
			}
			jsonVisible(m.Value, out)
		}
	case jsonv.Array:
		for _, it := range v.Items {
			jsonVisible(it, out)
		}
	}
}
