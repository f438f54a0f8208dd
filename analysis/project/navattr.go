package project

import "strings"

// A template's attribute value is a page's bare name only where a link
// can be written: a data-* value a handler navigates by, a component's
// page or target property. Class names, template names (<template
// is="gallery">), ids, styles, directives and event handlers' method names
// are words the page uses for itself, never a page to open, though they
// often spell one ('search', 'swiper', 'order-list').

// noLinkAttrs are attributes whose values name no page.
var noLinkAttrs = map[string]bool{
	"class": true, "style": true, "id": true, "is": true, "name": true, "src": true,
	"type": true, "mode": true, "slot": true, "key": true, "ref": true, "lang": true,
	"open-type": true, "form-type": true, "animation": true, "icon": true, "size": true,
}

// linkAttr reports whether a bare name in the value of the template
// attribute attr may name a page to open ("" when the quote follows no
// attribute: kept).
func linkAttr(attr string) bool {
	a := strings.ToLower(attr)
	switch {
	case noLinkAttrs[a], strings.HasSuffix(a, "class"), strings.Contains(a, ":"),
		strings.HasPrefix(a, "s-"), strings.HasPrefix(a, "bind"), strings.HasPrefix(a, "catch"),
		strings.HasPrefix(a, "capture-"), strings.HasPrefix(a, "mut-bind"):
		return false // wx:key, bind:tap, s-for, hover-class, bindtap="search"
	case len(attr) > 2 && strings.HasPrefix(attr, "on") && attr[2] >= 'A' && attr[2] <= 'Z':
		return false // Alipay's onTap="search"
	}
	return true
}

// attrBefore is the name of the attribute whose value opens with the
// quote at i ("" when no name = comes before it).
func attrBefore(src []byte, i int) string {
	j := i - 1
	for j >= 0 && isSpace(src[j]) {
		j--
	}
	if j < 0 || src[j] != '=' {
		return ""
	}
	j--
	for j >= 0 && isSpace(src[j]) {
		j--
	}
	end := j + 1
	for j >= 0 && attrChar(src[j]) {
		j--
	}
	return string(src[j+1 : end])
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func attrChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
		b == '-' || b == '_' || b == ':' || b == '.' || b == '@'
}
