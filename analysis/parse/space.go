package parse

import "unicode/utf8"

// unicodeSpaces are the white space characters JavaScript accepts between
// tokens beyond ASCII (ECMAScript WhiteSpace: NBSP, BOM, and the Zs
// category) that our tree-sitter grammar does not: real code written with
// a Chinese input method carries U+3000 (ideographic space) at line ends,
// and the platforms' compilers take it. Line terminators U+2028/9 are left
// alone: turning them into spaces would change where lines end.
func unicodeSpace(r rune) bool {
	switch {
	case r == 0x00A0, r == 0xFEFF, r == 0x1680, r >= 0x2000 && r <= 0x200A,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// asciiSpaces returns src with each Unicode space replaced by as many
// ASCII spaces as it has bytes, so every byte offset, and so every node
// of the tree, stays where it is in src; src itself when it has none (no
// copy). Callers read node text from the original src.
func asciiSpaces(src []byte) []byte {
	var out []byte
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if unicodeSpace(r) {
			if out == nil {
				out = append([]byte(nil), src...)
			}
			for k := 0; k < n; k++ {
				out[i+k] = ' '
			}
		}
		i += n
	}
	if out == nil {
		return src
	}
	return out
}
