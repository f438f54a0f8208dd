package syntax

import (
	"strings"

	"mpls/analysis/rule"
)

// strayEndTags returns the names of the end tags a template ERROR consists
// of (the grammar gives an end tag that closes nothing, and any right after
// it, one ERROR), or nil when it holds anything else. The last one may lack
// its `>`.
func strayEndTags(b []byte) []string {
	var names []string
	i := 0
	space := func() {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
			i++
		}
	}
	for {
		space()
		if i == len(b) {
			return names
		}
		if i+2 > len(b) || b[i] != '<' || b[i+1] != '/' {
			return nil
		}
		i += 2
		start := i
		for i < len(b) && isNameByte(b[i]) {
			i++
		}
		if i == start {
			return nil
		}
		names = append(names, string(b[start:i]))
		space()
		if i < len(b) && b[i] == '>' {
			i++
		} else if i < len(b) {
			return nil
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// strayMsg says which end tags close nothing and what WeChat's compiler
// does with them.
func strayMsg(names []string) rule.Msg {
	ends := make([]string, len(names))
	starts := make([]string, len(names))
	for i, n := range names {
		ends[i], starts[i] = "</"+n+">", "<"+n+">"
	}
	return rule.Msg{
		Zh: "多余的结束标签 " + strings.Join(ends, "、") + "：此处没有未关闭的 " + strings.Join(starts, "、") +
			"（可能已被前面的结束标签提前关闭）。微信开发者工具编译时会报错（get tag end without start 或 expect end-tag），无法预览和上传。",
		En: "stray end tag " + strings.Join(ends, ", ") + ": no " + strings.Join(starts, ", ") +
			" is open here (an earlier end tag may have closed it). WeChat's compiler rejects the template (\"get tag end without start\" or \"expect end-tag\"), so it cannot be previewed or uploaded.",
	}
}
