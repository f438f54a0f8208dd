; The body of an interpolation is a JavaScript expression.
((expression) @injection.content
  (#set! injection.language "javascript"))

; <wxs>, <sjs>, <import-sjs> and <filter> bodies are (ES5-like) JavaScript.
((script_element
  (raw_text) @injection.content)
  (#set! injection.language "javascript"))
