package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/rule"
	"mpls/analysis/ruledoc"
	"mpls/server"
)

// SARIF 2.1.0 output for GitHub code scanning (and any SARIF viewer).
//
// Where results point: artifact URIs are relative to one source root and
// carry uriBaseId "%SRCROOT%"; run.originalUriBaseIds says what that root
// is (an absolute file URI). The root is the working directory when every
// PATH lies inside it (CI runs `mpls check --format sarif .` or `… app/`
// from the checkout, and GitHub wants repository-relative paths), else the
// deepest folder holding every PATH.
//
// Columns: 1-based, in UTF-16 code units (columnKind "utf16CodeUnits", the
// SARIF default, and what text.Index computes).

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// informationURI is the project's home page.
	informationURI = "https://github.com/mpls-dev/mpls"
	// fingerprintKey names mpls's partial fingerprint (versioned: a change
	// of recipe must not silently re-match old alerts).
	fingerprintKey = "mplsFinding/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds"`
	ColumnKind         string                           `json:"columnKind"`
	Results            []sarifResult                    `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifHelp      `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags      []string `json:"tags"`
	Citation  string   `json:"citation,omitempty"`
	Platforms []string `json:"platforms,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

// sarifLevel maps a severity to a SARIF level (SARIF has no hint).
func sarifLevel(s rule.Severity) string {
	switch s {
	case rule.Error:
		return "error"
	case rule.Warning:
		return "warning"
	}
	return "note"
}

func writeSARIF(w io.Writer, fs []located, bases []string, eng *engine.Engine, locale string) {
	root := sarifRoot(fs, bases)
	uri := func(abs string) string {
		r, err := filepath.Rel(root, abs)
		if err != nil {
			r = abs
		}
		return escapePath(filepath.ToSlash(r))
	}

	// The rules the results name, by id.
	var ids []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			ids = append(ids, f.Rule)
		}
	}
	sort.Strings(ids)
	index := map[string]int{}
	rules := make([]sarifRule, 0, len(ids))
	for i, id := range ids {
		index[id] = i
		rules = append(rules, sarifRuleOf(id, eng.Rule(id), locale))
	}

	results := make([]sarifResult, 0, len(fs))
	occurrences := map[string]int{}
	for _, f := range fs {
		u := uri(f.Abs)
		key := f.Rule + "\x00" + u + "\x00" + f.LineText
		occurrences[key]++
		sum := sha256.Sum256([]byte(key))
		r := sarifResult{
			RuleID:    f.Rule,
			RuleIndex: index[f.Rule],
			Level:     sarifLevel(f.Severity),
			Message:   sarifText{Text: f.Msg},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifactLocation{URI: u, URIBaseID: "%SRCROOT%"},
				Region:           regionOf(f.Range.Start.Line, f.Range.Start.Character, f.Range.End.Line, f.Range.End.Character),
			}}},
			// Rule, file and the finding's line text, not its line number:
			// stable across edits elsewhere in the file. The occurrence
			// count tells identical lines apart.
			PartialFingerprints: map[string]string{fingerprintKey: hex.EncodeToString(sum[:16]) + ":" + strconv.Itoa(occurrences[key])},
		}
		for _, fo := range f.Out {
			if len(fo.Edits) == 0 {
				continue
			}
			fx := sarifFix{Description: sarifText{Text: fo.Title}}
			byFile := map[string]int{}
			for _, e := range fo.Edits {
				fu := uri(e.Abs)
				i, ok := byFile[fu]
				if !ok {
					i = len(fx.ArtifactChanges)
					byFile[fu] = i
					fx.ArtifactChanges = append(fx.ArtifactChanges, sarifArtifactChange{ArtifactLocation: sarifArtifactLocation{URI: fu, URIBaseID: "%SRCROOT%"}})
				}
				fx.ArtifactChanges[i].Replacements = append(fx.ArtifactChanges[i].Replacements, sarifReplacement{
					DeletedRegion:   regionOf(e.Range.Start.Line, e.Range.Start.Character, e.Range.End.Line, e.Range.End.Character),
					InsertedContent: sarifText{Text: e.NewText},
				})
			}
			r.Fixes = append(r.Fixes, fx)
		}
		results = append(results, r)
	}

	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: "mpls", Version: version, SemanticVersion: version, InformationURI: informationURI, Rules: rules,
			}},
			OriginalURIBaseIDs: map[string]sarifArtifactLocation{"%SRCROOT%": {URI: fileURI(root)}},
			ColumnKind:         "utf16CodeUnits",
			Results:            results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(log)
}

// regionOf turns 0-based LSP positions into a 1-based SARIF region.
func regionOf(l1, c1, l2, c2 int) sarifRegion {
	return sarifRegion{StartLine: l1 + 1, StartColumn: c1 + 1, EndLine: l2 + 1, EndColumn: c2 + 1}
}

func sarifRuleOf(id string, r *rule.Rule, locale string) sarifRule {
	sr := sarifRule{
		ID:      id,
		Name:    ruleName(id),
		HelpURI: server.DocsBase + id + ".md",
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
func sarifRoot(fs []located, bases []string) string {
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
