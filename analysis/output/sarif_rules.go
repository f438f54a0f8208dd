package output

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/ruledoc"
)

// regionOf turns 0-based LSP positions into a 1-based SARIF region.
func regionOf(l1, c1, l2, c2 int) sarifRegion {
	return sarifRegion{StartLine: l1 + 1, StartColumn: c1 + 1, EndLine: l2 + 1, EndColumn: c2 + 1}
}

func sarifRuleOf(id string, r *rule.Rule, locale string) sarifRule {
	sr := sarifRule{
		ID:      id,
		Name:    ruleName(id),
		HelpURI: ruledoc.DocsBase + id + ".md",
		// An unknown id (should not happen) still gets a valid descriptor.
		ShortDescription:     sarifText{Text: id},
		FullDescription:      sarifText{Text: id},
		Help:                 sarifHelp{Text: id, Markdown: "`" + id + "`"},
		DefaultConfiguration: sarifConfig{Level: "warning"},
		Properties:           sarifRuleProps{Tags: []string{"mini-program"}},
	}
	if area, _, ok := strings.Cut(id, "/"); ok {
		sr.Properties.Tags = append(sr.Properties.Tags, area)
	}
	if r == nil {
		return sr
	}
	title := r.Title.In(locale)
	if title == "" {
		title = id
	}
	sr.ShortDescription = sarifText{Text: title}
	full := r.Doc.What.In(locale)
	if full == "" {
		full = title
	}
	sr.FullDescription = sarifText{Text: full}
	var help []string
	for _, s := range []string{title, r.Doc.What.In(locale), r.Doc.Why.In(locale)} {
		if s != "" {
			help = append(help, s)
		}
	}
	if r.Citation != "" {
		help = append(help, r.Citation)
	}
	sr.Help = sarifHelp{Text: strings.Join(help, "\n\n"), Markdown: ruledoc.Markdown(r, locale)}
	sr.DefaultConfiguration.Level = sarifLevel(r.Severity)
	sr.Properties.Citation = r.Citation
	sr.Properties.Platforms = r.Platforms
	return sr
}

// ruleName makes an identifier-like name of a rule id:
// "content/extreme-words" → "ContentExtremeWords".
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, c := range id {
		switch {
		case c == '/' || c == '-' || c == '_' || c == '.':
			up = true
		case up:
			b.WriteString(strings.ToUpper(string(c)))
			up = false
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// sarifRoot is the folder artifact URIs are relative to: the working
// directory when every file lies inside it, else the deepest folder that
// holds every PATH checked.
func sarifRoot(fs []Finding, bases []string) string {
	wd, err := os.Getwd()
	if err == nil {
		inside := true
		for _, f := range fs {
			if !within(f.Abs, wd) {
				inside = false
			}
			for _, fo := range f.Out {
				for _, e := range fo.Edits {
					if !within(e.Abs, wd) {
						inside = false
					}
				}
			}
		}
		for _, b := range bases {
			if !within(b, wd) {
				inside = false
			}
		}
		if inside {
			return wd
		}
	}
	root := ""
	for _, b := range bases {
		if root == "" {
			root = b
			continue
		}
		for !within(b, root) && filepath.Dir(root) != root {
			root = filepath.Dir(root)
		}
	}
	if root == "" {
		return wd
	}
	return root
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	r, err := filepath.Rel(dir, path)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// fileURI is an absolute folder as a file URI ending in a slash.
func fileURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapePath(p)
}

// escapePath percent-encodes each segment of a slash path.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
