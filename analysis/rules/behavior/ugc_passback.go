package behavior

import (
	"bytes"
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
)

// A page may only collect the text and hand it to the page that opened it
// (an edit-nickname page: getCurrentPages()[n-2].setData({ name: text })),
// which publishes it with the rest of the profile. passedBack finds those
// hand-overs; the opener treats the key as the field it came from.

var (
	otherSetData = regexp.MustCompile(`([\w$]+|\])\.setData\(\s*\{([^{}]*)\}`)
	pairRe       = regexp.MustCompile(`['"]?([\w$]+)['"]?\s*:\s*([^,]+)`)
)

// passedBack maps a page's route to the fields whose text it hands back to
// its opener, under the key the opener receives it as.
func passedBack(c *rule.ProjectContext, paths []string, fc fieldCache) map[string][]ugcField {
	out := map[string][]ugcField{}
	for _, p := range paths {
		u := c.Units[p]
		s := u.Script
		if s == nil || !bytes.Contains(u.Text, []byte("getCurrentPages")) {
			continue
		}
		fields, _ := fc.of(c, p)
		if len(fields) == 0 {
			continue
		}
		route := strings.TrimSuffix(p, path.Ext(p))
		for _, sp := range s.Bodies {
			code := string(u.Text[sp.Start:sp.End])
			if !strings.Contains(code, "getCurrentPages") {
				continue
			}
			for _, m := range otherSetData.FindAllStringSubmatch(code, -1) {
				if thisLike.MatchString(m[1]) {
					continue
				}
				for _, pr := range pairRe.FindAllStringSubmatch(m[2], -1) {
					for _, fd := range fields {
						for _, k := range fd.keys {
							if reads(pr[2], k) || strings.Contains(pr[2], "detail.value") {
								out[route] = append(out[route], ugcField{label: fd.label, keys: []string{pr[1]}, profile: fd.profile})
							}
						}
					}
				}
			}
		}
	}
	return out
}

// openedFields are the handed-back fields of the pages page p opens (a
// navigateTo URL among its strings names their route).
func openedFields(c *rule.ProjectContext, p string, back map[string][]ugcField) []ugcField {
	if len(back) == 0 {
		return nil
	}
	s := c.Units[p].Script
	routes := make([]string, 0, len(back))
	for r := range back {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	var out []ugcField
	for _, r := range routes {
		if r == strings.TrimSuffix(p, path.Ext(p)) {
			continue
		}
		for _, str := range s.Strings {
			if strings.Contains(str.Value, r) {
				out = append(out, back[r]...)
				break
			}
		}
	}
	return out
}
