package project

import (
	"strings"
)

// Build steps write a compiled copy of the sources into the project (dist/,
// dist-wx/, build/, uni-app's unpackage/, a component library's
// miniprogram_dist/, the miniprogramRoot a srcMiniprogramRoot compiles
// to), and tsc writes page.js beside page.ts. Analysing the copy too
// reports each finding twice, once where the developer does not edit.
// Type declarations (*.d.ts, typings/) describe code, they do not run.

// buildDirNames are folder names of build output.
var buildDirNames = map[string]bool{"dist": true, "build": true, "unpackage": true, "miniprogram_dist": true}

// buildDirPrefixes start folder names of build output (dist-wx, dist_dev).
var buildDirPrefixes = []string{"dist-", "dist_", "build-", "build_"}

// typingDirs are folders of type declarations.
var typingDirs = map[string]bool{"typings": true, "@types": true}

// isBuildDirName reports a folder name of build output.
func isBuildDirName(name string) bool {
	n := strings.ToLower(name)
	if buildDirNames[n] {
		return true
	}
	for _, p := range buildDirPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// isDeclaration reports a TypeScript declaration file.
func isDeclaration(rel string) bool {
	return strings.HasSuffix(strings.ToLower(rel), ".d.ts")
}

// compiledFromTS reports a .js file whose TypeScript source is beside it
// (page.js next to page.ts, not next to page.d.ts).
func compiledFromTS(abs string) bool {
	if !strings.HasSuffix(abs, ".js") {
		return false
	}
	return fileExists(strings.TrimSuffix(abs, ".js") + ".ts")
}

// isBuildCopy reports whether the root-relative folder rel is the compiled
// copy the project file names.
func (p *Project) isBuildCopy(rel string) bool {
	for _, d := range p.skips.buildDirs {
		if d == rel {
			return true
		}
	}
	return false
}
