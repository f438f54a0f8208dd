package fix

import "strings"

// LineEnding is the file's line ending ("\r\n" when its first line ends so).
func LineEnding(src []byte) string {
	if i := strings.IndexByte(string(src), '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// IndentUnit guesses one level of indentation: a tab if lines start with
// tabs, else the smallest run of leading spaces (2 when nothing says).
func IndentUnit(src []byte) string {
	tabs, best := 0, 0
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "\t") {
			tabs++
			continue
		}
		n := len(line) - len(strings.TrimLeft(line, " "))
		if n > 0 && n < len(line) && (best == 0 || n < best) {
			best = n
		}
	}
	if tabs > 0 {
		return "\t"
	}
	if best == 0 || best > 8 {
		best = 2
	}
	return strings.Repeat(" ", best)
}

// LineIndent returns the leading whitespace of the line holding off
// (clamped to the text: a stale offset never panics).
func LineIndent(src []byte, off int) string {
	start := max(0, min(off, len(src)))
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// Reindent adds extra to the start of every line of block after the first
// and re-joins the lines with eol.
func Reindent(block, extra, eol string) string {
	lines := strings.Split(strings.ReplaceAll(block, "\r\n", "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			lines[i] = extra + lines[i]
		}
	}
	return strings.Join(lines, eol)
}
