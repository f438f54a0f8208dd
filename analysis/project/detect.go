package project

import (
	"path/filepath"
	"strings"
)

// detectPlatform decides the platform: the override (options, then
// mpls.json) > the project files > the template extensions present > the
// namespace scripts call > WeChat.
func (p *Project) detectPlatform() {
	set := func(pl Platform, src PlatformSource, why string) {
		p.Platform, p.PlatformSource, p.PlatformReason = pl, src, why
	}
	if pl, ok := ParsePlatform(p.opts.Platform); ok {
		set(pl, SourceOverride, "settings: platform "+p.opts.Platform)
		return
	}
	if p.Config.Platform != "" {
		set(p.Config.Platform, SourceOverride, "mpls.json: platform "+string(p.Config.Platform))
		return
	}
	cands, why := p.configPlatforms()
	var files *fileCensus
	if len(cands) > 1 {
		// Several tools' project files (a cross-platform project): the
		// templates present choose among them.
		files = p.census()
		for _, pl := range files.templateOrder() {
			for _, c := range cands {
				if c == pl {
					set(pl, SourceProjectConfig, why[pl]+" (templates "+pl.TemplateExt()+" present)")
					return
				}
			}
		}
	}
	if len(cands) > 0 {
		set(cands[0], SourceProjectConfig, why[cands[0]])
		return
	}
	if pl, ok := p.appStyle(); ok {
		set(pl, SourceAppStyle, "app"+pl.StyleExt()+" present")
		return
	}
	if files == nil {
		files = p.census()
	}
	if order := files.templateOrder(); len(order) > 0 {
		set(order[0], SourceTemplateExt, "templates "+order[0].TemplateExt()+" present")
		return
	}
	if pl, n := files.namespace(); n > 0 {
		set(pl, SourceNamespace, "scripts call "+pl.Namespace()+".*")
		return
	}
	set(WeChat, SourceDefault, "default")
}

// appStyle returns the platform whose app-level style sheet sits beside
// app.json when exactly one does: each tool compiles only its own
// (app.ttss, app.acss, app.qss, app.wxss), so it names the platform even
// when pages were copied in with another platform's templates (a Douyin
// app with ten .wxml pages beside seven .ttml ones and app.ttss). Baidu's
// app.css is left out: .css is no platform's alone.
func (p *Project) appStyle() (Platform, bool) {
	var found []Platform
	for _, pl := range Platforms {
		if pl == Baidu {
			continue
		}
		if fileExists(filepath.Join(p.Root, "app"+pl.StyleExt())) {
			found = append(found, pl)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// configPlatforms reads the developer tools' project files in the config
// folder (or the root): each platform they point at, with the reason.
func (p *Project) configPlatforms() ([]Platform, map[Platform]string) {
	var out []Platform
	why := map[Platform]string{}
	add := func(pl Platform, reason string) {
		if _, dup := why[pl]; dup {
			return
		}
		why[pl] = reason
		out = append(out, pl)
	}
	dirs := []string{p.ConfigDir, p.Root}
	seen := map[string]bool{}
	for _, d := range dirs {
		if d == "" || seen[d] {
			continue
		}
		seen[d] = true
		if pc := p.jsonAt(filepath.Join(d, "project.config.json")); pc != nil {
			v := pc.Value
			appid, _ := v.Get("appid").AsString()
			_, hasQQ := v.Get("qqappid").AsString()
			switch {
			case hasQQ:
				add(QQ, "project.config.json qqappid")
			case strings.HasPrefix(appid, "tt"):
				add(Douyin, "project.config.json appid "+appid)
			case strings.HasPrefix(appid, "wx"):
				add(WeChat, "project.config.json appid "+appid)
			}
		}
		for _, pf := range []struct {
			name string
			pl   Platform
		}{{"project.tt.json", Douyin}, {"mini.project.json", Alipay}, {"project.swan.json", Baidu}, {"project.qq.json", QQ}} {
			if fileExists(filepath.Join(d, pf.name)) {
				add(pf.pl, pf.name)
			}
		}
	}
	return out, why
}

// jsonAt returns the project's already-read file at abs, or reads it.
func (p *Project) jsonAt(abs string) *JSONFile {
	if p.ProjectConfig != nil && p.ProjectConfig.Abs == abs {
		return p.ProjectConfig
	}
	if !fileExists(abs) {
		return nil
	}
	return p.readJSON(abs)
}

// fileCensus counts templates by extension and namespace uses in scripts.
type fileCensus struct {
	templates map[Platform]int
	// pageTemplates counts only the templates of app.json's pages: a UI
	// kit copied in under a name mpls does not know (63 .wxml of a
	// component library beside an app's 5 .ttml pages) must not outvote
	// the pages the app is made of.
	pageTemplates map[Platform]int
	ns            map[Platform]int
}

// templateOrder lists the platforms whose templates are present, most
// files first (ties in Platforms order); the pages' templates decide when
// any page has one.
func (c *fileCensus) templateOrder() []Platform {
	count := c.templates
	for _, n := range c.pageTemplates {
		if n > 0 {
			count = c.pageTemplates
			break
		}
	}
	var out []Platform
	for _, pl := range Platforms {
		if count[pl] > 0 {
			out = append(out, pl)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && count[out[j]] > count[out[j-1]]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// namespace returns the most called API object and its count.
func (c *fileCensus) namespace() (Platform, int) {
	best, n := WeChat, 0
	for _, pl := range Platforms {
		if c.ns[pl] > n {
			best, n = pl, c.ns[pl]
		}
	}
	return best, n
}

// census scans the project's files (at most a few hundred scripts).
func (p *Project) census() *fileCensus {
	c := &fileCensus{templates: map[Platform]int{}, pageTemplates: map[Platform]int{}, ns: map[Platform]int{}}
	pages := map[string]bool{}
	if p.App != nil {
		for _, r := range p.App.Pages {
			pages[strings.TrimPrefix(r.Value, "/")] = true
		}
	}
	files, _ := Files(p, p.opts)
	scripts := 0
	for _, f := range files {
		ext := strings.ToLower(extOf(f))
		if pl, ok := platformOfTemplateExt(ext); ok {
			c.templates[pl]++
			if pages[stripExt(f)] {
				c.pageTemplates[pl]++
			}
			continue
		}
		if (ext == ".js" || ext == ".ts") && scripts < 300 {
			scripts++
			src, err := p.opts.read(p.Abs(f))
			if err != nil {
				continue
			}
			countNamespaces(src, c.ns)
		}
	}
	return c
}

// countNamespaces counts `wx.x`, `tt.x`, `my.x`, `swan.x`, `qq.x` where the
// object is a whole identifier (not `a.wx.x`, not `fwx.x`).
func countNamespaces(src []byte, into map[Platform]int) {
	for i := 0; i < len(src); i++ {
		if src[i] != '.' || i+1 >= len(src) || !isIdentStart(src[i+1]) {
			continue
		}
		j := i
		for j > 0 && isIdentPart(src[j-1]) {
			j--
		}
		if j == i || (j > 0 && (src[j-1] == '.' || src[j-1] == '$')) {
			continue
		}
		if pl, ok := platformOfNamespace(string(src[j:i])); ok {
			into[pl]++
		}
	}
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdentPart(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }
