package output

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path/filepath"
	"sort"
	"strconv"

	"mpls/analysis/engine"
	"mpls/analysis/rule"
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
	// FingerprintKey names mpls's partial fingerprint (versioned: a change
	// of recipe must not silently re-match old alerts).
	FingerprintKey = "mplsFinding/v1"
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

// SARIF writes the findings as one SARIF run of mpls at version; the rule
// descriptors come from eng.
func SARIF(w io.Writer, fs []Finding, bases []string, eng *engine.Engine, locale, version string) {
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
			PartialFingerprints: map[string]string{FingerprintKey: hex.EncodeToString(sum[:16]) + ":" + strconv.Itoa(occurrences[key])},
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
	_ = WriteJSON(w, log)
}
