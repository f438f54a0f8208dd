; Highlights for mini-program templates (wxml, ttml, axml, swan, qml).

(tag_name) @tag

((tag_name) @tag.builtin
  (#match? @tag.builtin "^(wxs|sjs|import-sjs|filter|template|import|include|block|slot)$"))

(attribute_name) @attribute

(directive_name) @keyword
(directive_namespace) @keyword
(directive_key) @keyword

(event_name) @function.method
(event_kind) @keyword
(event_type) @function.method

(attribute_value) @string
(quoted_attribute_value) @string

(entity) @string.special
(comment) @comment
(text) @none

(interpolation
  [
    "{{"
    "}}"
    "{="
    "=}"
  ] @punctuation.special)

(expression) @embedded

[
  "<"
  ">"
  "</"
  "/>"
] @punctuation.bracket

"=" @operator
