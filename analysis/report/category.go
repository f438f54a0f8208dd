package report

import (
	"regexp"
	"sort"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// ---- 3. 服务类目、资质 ----

// Words that put a mini-program in a category that needs qualifications
// (医疗: 医疗机构执业许可证 …; 金融: 金融业务许可 …). Deliberately
// specific: these are signals for the notes, not findings.
var (
	medicalWords = regexp.MustCompile(`问诊|挂号|处方|药品|购药|诊疗|医生|医院|诊所|医疗|体检|药店`)
	financeWords = regexp.MustCompile(`理财|贷款|借款|信贷|保险|基金|股票|证券|信用卡|期货|外汇|投资`)
)

// category lists the signals that the service category or its
// qualifications may be involved: prohibited-content findings, medical or
// finance words users see, payment, user-published content, live video.
func (s *scan) category(payment, ugc []Place) []Signal {
	out := []Signal{}
	var prohibited []Place
	for _, f := range s.pr.Findings {
		if f.Rule == "content/prohibited" {
			prohibited = append(prohibited, s.at(f.Path, f.Span, f.Message.Zh))
		}
	}
	if len(prohibited) > 0 {
		out = append(out, Signal{Kind: "prohibited", Text: "疑似平台禁入或违规的类目/内容（content/prohibited）：请确认不属于禁入类目，或删除相关内容", Places: prohibited})
	}
	for _, d := range []struct {
		kind, text string
		re         *regexp.Regexp
	}{
		{"medical", "医疗健康相关内容：需选择医疗类目并上传相应资质（如医疗机构执业许可证、互联网医院牌照、药品经营许可证）", medicalWords},
		{"finance", "金融相关内容：需选择金融类目并上传相应资质（如金融业务许可证）", financeWords},
	} {
		var ps []Place
		for _, p := range s.units() {
			for _, pc := range s.pr.Units[p].Visible() {
				if m := d.re.FindString(pc.Text); m != "" {
					ps = append(ps, s.at(p, pc.Span, "“"+m+"”"))
				}
			}
		}
		if len(ps) > 0 {
			out = append(out, Signal{Kind: d.kind, Text: d.text, Places: ps})
		}
	}
	if len(payment) > 0 {
		out = append(out, Signal{Kind: "payment", Text: "接入了支付：所选服务类目需支持在线支付，并已开通支付能力", Places: payment})
	}
	if len(ugc) > 0 {
		out = append(out, Signal{Kind: "ugc", Text: "用户可发布内容：部分平台要求社交/社区类目或相应资质，并需接入内容安全检测", Places: ugc})
	}
	var live []Place
	s.elements(func(path string, t *template.Facts, i int) {
		if tag := t.Elements[i].Tag; tag == "live-pusher" || tag == "live-player" {
			live = append(live, s.at(path, t.Elements[i].TagSpan, "<"+tag+">"))
		}
	})
	if len(live) > 0 {
		out = append(out, Signal{Kind: "live", Text: "实时音视频/直播组件：需要开通相应类目和组件权限", Places: live})
	}
	return out
}

// ---- 可能导致驳回的问题 ----

// findings groups the open findings at warning or above by rule: rules
// with errors first, then by id.
func (s *scan) findings(eng *engine.Engine, locale string) []RuleGroup {
	groups := map[string]*RuleGroup{}
	worst := map[string]rule.Severity{}
	for _, f := range s.pr.Findings {
		if f.Severity > rule.Warning {
			continue
		}
		g := groups[f.Rule]
		if g == nil {
			g = &RuleGroup{Rule: f.Rule}
			if r := eng.Rule(f.Rule); r != nil {
				g.Title = r.Title.In(locale)
				g.Citation = rule.CiteFor(r.Citation, s.pr.Env.Platform)
			}
			groups[f.Rule] = g
			worst[f.Rule] = f.Severity
		}
		if f.Severity < worst[f.Rule] {
			worst[f.Rule] = f.Severity
		}
		pos := text.Position{}
		if u := s.pr.Units[f.Path]; u != nil && u.Index != nil {
			pos = u.Index.Position(f.Span.Start)
		}
		g.Items = append(g.Items, FindingItem{
			File: output.RelTo(s.base, s.pr.Project.Root, f.Path), Line: pos.Line + 1, Column: pos.Character + 1,
			Severity: f.Severity.String(), Message: f.Message.In(locale),
		})
	}
	out := make([]RuleGroup, 0, len(groups))
	for id, g := range groups {
		g.Severity = worst[id].String()
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := worst[out[i].Rule], worst[out[j].Rule]
		if a != b {
			return a < b
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}
