package lexicon

import (
	"bufio"
	"fmt"
	"strings"
)

// The data format (data/README.md is the user-facing description):
//
//	# comment
//	@cite WX §2.5, PROC               category citation (required)
//	@about one line describing the category
//	@sub gambling | cite: DY §3.4.4.4  following entries belong to sub-category "gambling"
//	word
//	word | except: a, b | replacement: r | note: why
//	  | except: more, exceptions       a line starting with blanks and "|" continues the entry
//
// In words and exceptions, {a/b/c} expands to one string per alternative
// (several groups multiply). In exceptions only, # stands for a run of digits.

// rawEntry is an entry before brace expansion.
type rawEntry struct {
	word        string
	sub         string
	except      []string
	replacement string
	note        string
	line        int
}

type rawCategory struct {
	name     string
	cite     string
	about    string
	subCites map[string]string
	entries  []rawEntry
}

func parseFile(name, src string) (*rawCategory, error) {
	c := &rawCategory{name: name, subCites: map[string]string{}}
	sub := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	ln := 0
	errf := func(format string, args ...any) error {
		return fmt.Errorf("lexicon %s:%d: %s", name, ln, fmt.Sprintf(format, args...))
	}
	for sc.Scan() {
		ln++
		raw := strings.TrimRight(sc.Text(), " \t\r")
		line := strings.TrimSpace(raw)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@"):
			key, val, _ := strings.Cut(line[1:], " ")
			val = strings.TrimSpace(val)
			switch key {
			case "cite":
				c.cite = val
			case "about":
				c.about = val
			case "sub":
				fields := splitFields(val)
				sub = strings.TrimSpace(fields[0])
				if sub == "" {
					return nil, errf("@sub needs a name")
				}
				for _, f := range fields[1:] {
					k, v, ok := cutField(f)
					if !ok || k != "cite" {
						return nil, errf("@sub takes only a cite field, got %q", f)
					}
					c.subCites[sub] = v
				}
			default:
				return nil, errf("unknown directive @%s", key)
			}
		case strings.HasPrefix(line, "|") && raw != line: // continuation
			if len(c.entries) == 0 {
				return nil, errf("continuation line without an entry")
			}
			if err := applyFields(&c.entries[len(c.entries)-1], splitFields(line)[1:]); err != nil {
				return nil, errf("%v", err)
			}
		default:
			e, err := parseEntry(line)
			if err != nil {
				return nil, errf("%v", err)
			}
			if e.sub == "" {
				e.sub = sub
			}
			e.line = ln
			c.entries = append(c.entries, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if c.cite == "" {
		return nil, fmt.Errorf("lexicon %s: missing @cite", name)
	}
	return c, nil
}

// parseEntry parses "word | key: value | ...".
func parseEntry(line string) (rawEntry, error) {
	fields := splitFields(line)
	e := rawEntry{word: strings.TrimSpace(fields[0])}
	if e.word == "" {
		return e, fmt.Errorf("empty word")
	}
	return e, applyFields(&e, fields[1:])
}

func applyFields(e *rawEntry, fields []string) error {
	for _, f := range fields {
		k, v, ok := cutField(f)
		if !ok {
			return fmt.Errorf("field %q is not key: value", strings.TrimSpace(f))
		}
		switch k {
		case "except":
			for _, x := range strings.Split(v, ",") {
				if x = strings.TrimSpace(x); x != "" {
					e.except = append(e.except, x)
				}
			}
		case "replacement":
			e.replacement = v
		case "sub":
			e.sub = v
		case "note":
			if e.note != "" {
				e.note += " "
			}
			e.note += v
		default:
			return fmt.Errorf("unknown field %q", k)
		}
	}
	return nil
}

func splitFields(s string) []string { return strings.Split(s, "|") }

func cutField(f string) (key, val string, ok bool) {
	k, v, ok := strings.Cut(f, ":")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}

// expand applies brace expansion: "a{b/c}d" -> ["abd", "acd"].
func expand(s string) ([]string, error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		if strings.Contains(s, "}") {
			return nil, fmt.Errorf("unbalanced } in %q", s)
		}
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return nil, fmt.Errorf("unbalanced { in %q", s)
	}
	j += i
	if strings.ContainsRune(s[i+1:j], '{') {
		return nil, fmt.Errorf("nested braces in %q", s)
	}
	rest, err := expand(s[j+1:])
	if err != nil {
		return nil, err
	}
	var out []string
	for _, alt := range strings.Split(s[i+1:j], "/") {
		for _, r := range rest {
			out = append(out, s[:i]+alt+r)
		}
	}
	return out, nil
}
