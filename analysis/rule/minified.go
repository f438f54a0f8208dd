package rule

// Minified reports whether the unit's text is minified code (a bundled or
// vendored library: an SDK shipped as one long line): at least 2,000
// bytes with lines averaging over 250. Its platform calls serve the
// library, not a feature the developer wrote.
func (u *Unit) Minified() bool {
	n := len(u.Text)
	if n < 2000 {
		return false
	}
	lines := 1
	for _, b := range u.Text {
		if b == '\n' {
			lines++
		}
	}
	return n/lines > 250
}
