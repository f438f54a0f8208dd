package ruledoc

// DocsBase is where rule documentation lives: DocsBase + id + ".md" is a
// rule's page (the editor's codeDescription.href, SARIF's helpUri).
const DocsBase = "https://github.com/mpls-dev/mpls/blob/main/docs/rules/"
