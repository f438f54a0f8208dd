/*
 * External scanner for the mpls WXML grammar.
 *
 * It keeps a stack of open element names so that
 *   - an element left open ends implicitly when an ancestor's end tag (or the
 *     end of the file) arrives. There are no void elements: the platforms'
 *     compilers let <image>, <input>, <icon> ... hold children like any
 *     other tag, so `<image src="a"><view/></image>` nests,
 *   - the body of <wxs>/<sjs>/<import-sjs>/<filter> is raw text up to the
 *     matching end tag.
 *
 * A start tag's name is only pushed when its `>` is reached, so a half-typed
 * start tag that error recovery throws away never corrupts the stack.
 *
 * It also lexes what needs more than a regular expression: text runs (which
 * stop at `<tag`, `</`, `<!`, `{{`, `{=` and character references, but keep a
 * stray `<`), interpolation bodies (which end at `}}`/`=}` outside strings and
 * braces), quoted attribute value fragments and the prefixes of directive
 * (`wx:if`, `s-for`) and event (`bindtap`, `catch:tap`, `onTap`) attributes.
 */

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum TokenType {
  START_TAG_NAME,
  SCRIPT_START_TAG_NAME,
  END_TAG_NAME,
  START_TAG_CLOSE,
  SELF_CLOSING_TAG_DELIMITER,
  IMPLICIT_END_TAG,
  RAW_TEXT,
  TEXT,
  COMMENT,
  TEXT_EXPRESSION,
  DQ_EXPRESSION,
  SQ_EXPRESSION,
  DQ_VALUE_FRAGMENT,
  SQ_VALUE_FRAGMENT,
  DIRECTIVE_NAMESPACE,
  EVENT_KIND,
  START_TAG_RECOVERY,
  ERRONEOUS_END_TAG_NAME,
  MISSING_ATTRIBUTE_VALUE,
  ERROR_SENTINEL,
};

#define MAX_NAME 64

typedef struct {
  uint8_t len;
  char buf[MAX_NAME];
} Tag;

typedef struct {
  /* Open elements, innermost last, as indices into `names`, the distinct
   * tag names seen (rebuilt from the stack on every deserialize). */
  uint16_t *stack;
  uint32_t len;
  uint32_t cap;
  Tag *names;
  uint32_t nnames;
  uint32_t cap_names;
  Tag pending; /* name of the start tag being lexed, pushed at its `>` */
  bool unterminated; /* the last value fragment ran past its line */
  bool close_next;   /* a start tag recovered at a stray `/` ends at once */
} Scanner;

/* ------------------------------------------------------------------ */
/* helpers                                                            */

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }

static inline bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0xFEFF;
}

static inline bool is_alpha(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static inline bool is_hex(int32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline bool is_name_start(int32_t c) { return is_alpha(c) || c == '_'; }

static inline bool is_name_char(int32_t c) {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '_' || c == ':' ||
         c == '.';
}

/* Characters that may appear in an attribute name (same set as the
 * attribute_name regex in grammar.js). */
static inline bool is_attr_char(int32_t c) {
  return c != 0 && !is_space(c) && c != '"' && c != '\'' && c != '=' &&
         c != '<' && c != '>' && c != '/' && c != '{' && c != '}';
}

static void scan_tag_name(TSLexer *lexer, Tag *tag) {
  tag->len = 0;
  while (is_name_char(lexer->lookahead)) {
    if (tag->len < MAX_NAME) {
      tag->buf[tag->len++] = (char)lexer->lookahead;
    }
    advance(lexer);
  }
}

static bool tag_is(const Tag *tag, const char *name) {
  size_t n = strlen(name);
  return tag->len == n && memcmp(tag->buf, name, n) == 0;
}

static bool tag_eq(const Tag *a, const Tag *b) {
  return a->len == b->len && memcmp(a->buf, b->buf, a->len) == 0;
}

static const char *const SCRIPT_TAGS[] = {
    "wxs", "sjs", "import-sjs", "filter", NULL,
};

static bool tag_in(const Tag *tag, const char *const *list) {
  for (int i = 0; list[i]; i++) {
    if (tag_is(tag, list[i])) return true;
  }
  return false;
}

static bool is_script(const Tag *tag) { return tag_in(tag, SCRIPT_TAGS); }

#define MAX_NAMES 4096
#define MAX_DEPTH 65535

static uint16_t intern(Scanner *s, const Tag *tag) {
  for (uint32_t i = 0; i < s->nnames; i++) {
    if (tag_eq(&s->names[i], tag)) return (uint16_t)i;
  }
  if (s->nnames == MAX_NAMES) return MAX_NAMES - 1; /* degrade, never fail */
  if (s->nnames == s->cap_names) {
    uint32_t cap = s->cap_names ? s->cap_names * 2 : 16;
    Tag *names = realloc(s->names, cap * sizeof(Tag));
    if (!names) return 0;
    s->names = names;
    s->cap_names = cap;
  }
  s->names[s->nnames] = *tag;
  return (uint16_t)s->nnames++;
}

static void push_index(Scanner *s, uint16_t index) {
  if (s->len >= MAX_DEPTH) return;
  if (s->len == s->cap) {
    uint32_t cap = s->cap ? s->cap * 2 : 16;
    uint16_t *stack = realloc(s->stack, cap * sizeof(uint16_t));
    if (!stack) return;
    s->stack = stack;
    s->cap = cap;
  }
  s->stack[s->len++] = index;
}

static void push(Scanner *s, const Tag *tag) { push_index(s, intern(s, tag)); }

/* The i-th open element, 0 = outermost. */
static inline Tag *tag_at(Scanner *s, uint32_t i) { return &s->names[s->stack[i]]; }

static inline Tag *top(Scanner *s) { return s->len ? tag_at(s, s->len - 1) : NULL; }

static inline void pop(Scanner *s) {
  if (s->len) s->len--;
}

/* After a consumed '&': consume the rest of a character reference if there
 * is one. Returns true when `&...;` formed a character reference. */
static bool scan_entity_rest(TSLexer *lexer) {
  int n = 0;
  if (lexer->lookahead == '#') {
    advance(lexer);
    if (lexer->lookahead == 'x' || lexer->lookahead == 'X') {
      advance(lexer);
      while (is_hex(lexer->lookahead) && n < 6) {
        advance(lexer);
        n++;
      }
    } else {
      while (is_digit(lexer->lookahead) && n < 7) {
        advance(lexer);
        n++;
      }
    }
    return n > 0 && lexer->lookahead == ';';
  }
  if (!is_alpha(lexer->lookahead)) return false;
  while ((is_alpha(lexer->lookahead) || is_digit(lexer->lookahead)) && n < 32) {
    advance(lexer);
    n++;
  }
  return n >= 2 && lexer->lookahead == ';';
}

/* ------------------------------------------------------------------ */
/* tokens                                                             */

/* `<!--` ... `-->`, called after '<' with lookahead '!'. */
static bool scan_comment(TSLexer *lexer) {
  advance(lexer); /* '!' */
  if (lexer->lookahead != '-') return false;
  advance(lexer);
  if (lexer->lookahead != '-') return false;
  advance(lexer);
  unsigned dashes = 0;
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == '-') {
      dashes++;
    } else if (c == '>' && dashes >= 2) {
      lexer->mark_end(lexer);
      lexer->result_symbol = COMMENT;
      return true;
    } else {
      dashes = 0;
    }
  }
  return false;
}

/* A run of text. Leading whitespace has been skipped and mark_end called.
 * Trailing whitespace is left out of the token. */
static bool scan_text(TSLexer *lexer, bool has_content) {
  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (c == '<') {
      advance(lexer);
      int32_t n = lexer->lookahead;
      if (n == '/' || n == '!' || is_name_start(n)) break;
      has_content = true; /* a stray '<' */
      lexer->mark_end(lexer);
      continue;
    }
    if (c == '{') {
      advance(lexer);
      if (lexer->lookahead == '{' || lexer->lookahead == '=') break;
      has_content = true;
      lexer->mark_end(lexer);
      continue;
    }
    if (c == '&') {
      advance(lexer);
      if (scan_entity_rest(lexer)) break;
      has_content = true;
      lexer->mark_end(lexer);
      continue;
    }
    advance(lexer);
    if (!is_space(c)) {
      has_content = true;
      lexer->mark_end(lexer);
    }
  }
  if (!has_content) return false;
  lexer->result_symbol = TEXT;
  return true;
}

enum ExprContext { CTX_TEXT, CTX_DQ, CTX_SQ };

/* After a consumed '<' inside a text interpolation: does a start tag begin
 * here? Consumes the name (and whitespace after it). */
static bool looks_like_start_tag(TSLexer *lexer) {
  if (!is_name_start(lexer->lookahead)) return false;
  while (is_name_char(lexer->lookahead)) advance(lexer);
  int32_t c = lexer->lookahead;
  if (c == '>' || c == '/') return true;
  if (!is_space(c)) return false;
  while (is_space(lexer->lookahead)) advance(lexer);
  unsigned n = 0;
  while (is_attr_char(lexer->lookahead) && lexer->lookahead != ':' ) {
    advance(lexer);
    n++;
  }
  if (lexer->lookahead == ':') {
    /* wx:if= and friends */
    advance(lexer);
    while (is_attr_char(lexer->lookahead)) {
      advance(lexer);
      n++;
    }
  }
  return n > 0 && (lexer->lookahead == '=' || lexer->lookahead == '>' ||
                   lexer->lookahead == '/');
}

/* How far past the attribute's own quote an expression may be read before
 * its `}}` turns up (see scan_expression). */
#define PAST_QUOTE_LIMIT 4096

/* The body of `{{ ... }}` or `{= ... =}`, trimmed. Ends before `}}` or `=}`
 * at brace depth 0 outside string literals. In text it also ends (leaving
 * the closer missing) before an end tag or something that looks like a
 * start tag, to keep an unclosed `{{` local.
 *
 * In an attribute value, the value's own quote may appear inside the
 * expression: the compilers read a binding up to its `}}`, so in
 * `src="{{ ok ? "a.png" : "b.png" }}"` the inner quotes are the
 * expression's strings. Past that quote the scan is a guess that only a
 * `}}` confirms: until then the token still ends before the quote, which
 * leaves the closer missing, as for an unclosed `{{`. The guess fails at the
 * end of the file, at a string left open at the end of its line, at a line
 * that starts with a tag, or after PAST_QUOTE_LIMIT characters. Past the
 * quote the token's end can only move to just before a `}` at depth 0 (the
 * closer may start there), so a confirmed expression keeps the blanks
 * before its `}}`, and `=}` does not close it. */
static bool scan_expression(TSLexer *lexer, enum ExprContext ctx,
                            enum TokenType token) {
  while (is_space(lexer->lookahead)) skip(lexer);
  lexer->mark_end(lexer);
  bool has_content = false; /* content before the marked end */
  bool seen = false;        /* content scanned so far */
  unsigned depth = 0;
  int32_t attr_quote = ctx == CTX_DQ ? '"' : ctx == CTX_SQ ? '\'' : 0;
  bool past_quote = false;
  bool failed = false;
  unsigned ahead = 0;

#define CONTENT()                \
  do {                           \
    seen = true;                 \
    if (!past_quote) {           \
      lexer->mark_end(lexer);    \
      has_content = true;        \
    }                            \
  } while (0)

  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (attr_quote && c == attr_quote) past_quote = true;
    if (past_quote && ++ahead > PAST_QUOTE_LIMIT) break;
    if (c == '}') {
      if (past_quote && depth == 0) {
        lexer->mark_end(lexer);
        has_content = seen;
      }
      advance(lexer);
      if (depth > 0) {
        depth--;
      } else if (lexer->lookahead == '}') {
        break;
      }
      CONTENT();
      continue;
    }
    if (c == '=') {
      advance(lexer);
      if (depth == 0 && lexer->lookahead == '}' && !past_quote) break;
      CONTENT();
      continue;
    }
    if (c == '{') {
      depth++;
      advance(lexer);
      CONTENT();
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') {
      advance(lexer);
      while (!lexer->eof(lexer)) {
        int32_t d = lexer->lookahead;
        if (d == c) {
          advance(lexer);
          break;
        }
        if (attr_quote && d == attr_quote && !past_quote) {
          /* the value's quote inside a string of the other kind */
          lexer->mark_end(lexer);
          has_content = seen = true;
          past_quote = true;
        }
        if ((d == '\n' || d == '\r') && c != '`') {
          failed = past_quote;
          break;
        }
        if (past_quote && ++ahead > PAST_QUOTE_LIMIT) {
          failed = true;
          break;
        }
        if (d == '\\') {
          advance(lexer);
          if (lexer->eof(lexer)) break;
        }
        advance(lexer);
      }
      if (failed || (past_quote && lexer->eof(lexer))) break;
      CONTENT();
      continue;
    }
    if (c == '<' && ctx == CTX_TEXT) {
      advance(lexer);
      if (lexer->lookahead == '/' || lexer->lookahead == '!') break;
      if (looks_like_start_tag(lexer)) break;
      CONTENT();
      continue;
    }
    if (c == '\n' && attr_quote) {
      /* A line that starts with '<' inside an attribute value: the quote
       * was probably never closed. */
      advance(lexer);
      while (is_space(lexer->lookahead)) advance(lexer);
      if (lexer->lookahead == '<') break;
      continue;
    }
    advance(lexer);
    if (!is_space(c)) CONTENT();
  }
#undef CONTENT
  if (!has_content) return false;
  lexer->result_symbol = token;
  return true;
}

/* A quoted value that runs into a line starting with a tag (or into the end
 * of the file) is taken to be unterminated: `<view class="a` + newline +
 * `<text>`. The fragment before it sets `unterminated` in the scanner state.
 * Right after it we return a zero-width start-tag `>`, which is not valid
 * inside quotes: the parser reports the error and recovers by inserting the
 * missing quote, then lexes again in attribute position with the state of
 * the fragment, where `unterminated` makes us return a (valid) zero-width
 * `>` that opens the element. */
static bool end_unterminated_value(Scanner *s, TSLexer *lexer, bool was_set) {
  if (s->pending.len == 0) return false;
  /* Change the state, or a zero-width token could be ignored. */
  s->unterminated = !was_set;
  lexer->result_symbol = START_TAG_CLOSE;
  return true;
}

/* Plain text inside a quoted attribute value, up to the quote, `{{`, `{=`,
 * or a character reference. */
static bool scan_value_fragment(Scanner *s, TSLexer *lexer, int32_t quote,
                                enum TokenType token, bool was_set) {
  lexer->mark_end(lexer);
  bool has_content = false;
  for (;;) {
    if (lexer->eof(lexer)) {
      if (!has_content) return end_unterminated_value(s, lexer, was_set);
      s->unterminated = true;
      break;
    }
    int32_t c = lexer->lookahead;
    if (c == quote) break;
    if (c == '{') {
      advance(lexer);
      if (lexer->lookahead == '{' || lexer->lookahead == '=') break;
    } else if (c == '&') {
      advance(lexer);
      if (scan_entity_rest(lexer)) break;
    } else if (c == '\n' || c == '\r') {
      advance(lexer);
      while (is_space(lexer->lookahead)) advance(lexer);
      if (lexer->lookahead == '<') {
        advance(lexer);
        int32_t n = lexer->lookahead;
        if (is_name_start(n) || n == '/' || n == '!') {
          if (!has_content) return end_unterminated_value(s, lexer, was_set);
          s->unterminated = true;
          break;
        }
      }
    } else {
      advance(lexer);
    }
    has_content = true;
    lexer->mark_end(lexer);
  }
  if (!has_content) return false;
  lexer->result_symbol = token;
  return true;
}

/* Body of a script element, up to `</name`. */
static bool scan_raw_text(Scanner *s, TSLexer *lexer, const bool *valid) {
  Tag *t = top(s);
  if (!t) return false;
  lexer->mark_end(lexer);

  /* A body that begins like markup means the author left the script element
   * unclosed (e.g. `<wxs src="a.wxs" module="m">`): end it here. */
  while (is_space(lexer->lookahead)) advance(lexer);
  if (lexer->lookahead == '<') {
    advance(lexer);
    int32_t n = lexer->lookahead;
    if (n == '/') {
      advance(lexer);
      Tag name;
      scan_tag_name(lexer, &name);
      if (tag_eq(&name, t)) return false; /* empty body: plain end tag */
      if (valid[IMPLICIT_END_TAG]) {
        pop(s);
        lexer->result_symbol = IMPLICIT_END_TAG;
        return true;
      }
      return false;
    }
    if ((is_name_start(n) || n == '!') && valid[IMPLICIT_END_TAG]) {
      pop(s);
      lexer->result_symbol = IMPLICIT_END_TAG;
      return true;
    }
  }

  for (;;) {
    if (lexer->eof(lexer)) {
      lexer->mark_end(lexer);
      break;
    }
    if (lexer->lookahead == '<') {
      lexer->mark_end(lexer);
      advance(lexer);
      if (lexer->lookahead == '/') {
        advance(lexer);
        unsigned i = 0;
        while (i < t->len && lexer->lookahead == (unsigned char)t->buf[i]) {
          advance(lexer);
          i++;
        }
        if (i == t->len && !is_name_char(lexer->lookahead)) break;
      }
      continue;
    }
    advance(lexer);
  }
  lexer->result_symbol = RAW_TEXT;
  return true;
}

/* Attribute position: `>`, `/>`, or the prefix of a directive or event
 * attribute name. */
static const char *const DIRECTIVE_NS[] = {"wx", "tt", "a", "qq", "model", NULL};
static const char *const SWAN_KEYS[] = {
    "if", "elif", "else", "for", "for-item", "for-index", "key", "show", NULL,
};
static const char *const EVENT_KINDS[] = {
    "bind", "catch", "capture-bind", "capture-catch", "mut-bind", "on", NULL,
};

static bool scan_attribute_prefix(TSLexer *lexer, const bool *valid) {
  char buf[MAX_NAME];
  unsigned len = 0;
  int kind = 0; /* 1 directive ns, 2 swan s-, 3 event */
  unsigned prefix = 0;

  while (is_attr_char(lexer->lookahead)) {
    if (len >= MAX_NAME) return false;
    buf[len++] = (char)lexer->lookahead;
    advance(lexer);
    if (kind) continue;
    for (int i = 0; DIRECTIVE_NS[i]; i++) {
      if (strlen(DIRECTIVE_NS[i]) == len && memcmp(buf, DIRECTIVE_NS[i], len) == 0) {
        if (lexer->lookahead == ':' && valid[DIRECTIVE_NAMESPACE]) {
          kind = 1;
        }
      }
    }
    if (!kind && len == 1 && buf[0] == 's' && lexer->lookahead == '-' &&
        valid[DIRECTIVE_NAMESPACE]) {
      kind = 2;
    }
    if (!kind && valid[EVENT_KIND]) {
      for (int i = 0; EVENT_KINDS[i]; i++) {
        if (strlen(EVENT_KINDS[i]) == len && memcmp(buf, EVENT_KINDS[i], len) == 0) {
          kind = 3;
        }
      }
    }
    if (kind) {
      prefix = len;
      lexer->mark_end(lexer);
    }
  }
  if (!kind) return false;
  unsigned rest = prefix;
  if (rest < len && buf[rest] == ':') rest++;
  if (rest >= len) return false;
  switch (kind) {
    case 1:
      lexer->result_symbol = DIRECTIVE_NAMESPACE;
      return buf[prefix] == ':';
    case 2: {
      rest = prefix + 1;
      for (int i = 0; SWAN_KEYS[i]; i++) {
        size_t n = strlen(SWAN_KEYS[i]);
        if (len - rest == n && memcmp(buf + rest, SWAN_KEYS[i], n) == 0) {
          lexer->result_symbol = DIRECTIVE_NAMESPACE;
          return true;
        }
      }
      return false;
    }
    case 3:
      if (prefix == 2 && buf[0] == 'o') {
        /* Alipay: onTap, onChange */
        if (!(buf[2] >= 'A' && buf[2] <= 'Z')) return false;
      } else if (!is_alpha((unsigned char)buf[rest])) {
        return false;
      }
      lexer->result_symbol = EVENT_KIND;
      return true;
  }
  return false;
}

/* At '<': consumes it and says whether markup (a tag, an end tag or a
 * comment) starts here. */
static bool starts_tag(TSLexer *lexer) {
  advance(lexer);
  int32_t n = lexer->lookahead;
  return is_name_start(n) || n == '/' || n == '!';
}

/* A start tag without its `>` ran into the next tag or the end of the file.
 *
 * In attribute position we return a zero-width START_TAG_RECOVERY, which is
 * not valid there: the parser reports the error and recovers by inserting a
 * missing `>`. It then lexes again right after that start tag, where
 * START_TAG_RECOVERY is valid; only then (pending name still set, since no
 * `>` or `/>` was lexed) is the name pushed, so the element holds what
 * follows as its children and its end tag matches. */
static bool recover_start_tag(Scanner *s, TSLexer *lexer, bool open) {
  if (open) {
    push(s, &s->pending);
    s->pending.len = 0;
  }
  lexer->result_symbol = START_TAG_RECOVERY;
  return true;
}

/* See end_unterminated_value. */
static bool open_unterminated(Scanner *s, TSLexer *lexer) {
  push(s, &s->pending);
  s->pending.len = 0;
  lexer->result_symbol = START_TAG_CLOSE;
  return true;
}

static bool scan(Scanner *s, TSLexer *lexer, const bool *valid) {
  bool error_mode = valid[ERROR_SENTINEL];
  bool unterminated = s->unterminated;
  bool close_next = s->close_next;
  s->unterminated = false;
  s->close_next = false;

  if (!error_mode && valid[START_TAG_RECOVERY] && s->pending.len > 0) {
    lexer->mark_end(lexer);
    /* Take the stray '/' of `<input /` along: the author meant `/>`, so
     * the element ends right after it (close_next). */
    while (is_space(lexer->lookahead)) advance(lexer);
    if (lexer->lookahead == '/') {
      advance(lexer);
      if (lexer->lookahead != '>') {
        lexer->mark_end(lexer);
        s->close_next = true;
      }
    }
    return recover_start_tag(s, lexer, true);
  }

  if (!error_mode) {
    if (valid[RAW_TEXT]) return scan_raw_text(s, lexer, valid);
    if (valid[DQ_VALUE_FRAGMENT]) {
      return scan_value_fragment(s, lexer, '"', DQ_VALUE_FRAGMENT,
                                 unterminated);
    }
    if (valid[SQ_VALUE_FRAGMENT]) {
      return scan_value_fragment(s, lexer, '\'', SQ_VALUE_FRAGMENT,
                                 unterminated);
    }
    if (valid[TEXT_EXPRESSION]) return scan_expression(lexer, CTX_TEXT, TEXT_EXPRESSION);
    if (valid[DQ_EXPRESSION]) return scan_expression(lexer, CTX_DQ, DQ_EXPRESSION);
    if (valid[SQ_EXPRESSION]) return scan_expression(lexer, CTX_SQ, SQ_EXPRESSION);
  }

  if (!error_mode && unterminated && valid[START_TAG_CLOSE] &&
      s->pending.len > 0) {
    lexer->mark_end(lexer);
    return open_unterminated(s, lexer);
  }

  /* Zero-width tokens (implicit end tags) sit before the whitespace, so an
   * implicitly closed element ends where its last child ends. The lexer
   * moves such a token's start back to its end. */
  lexer->mark_end(lexer);
  while (is_space(lexer->lookahead)) skip(lexer);

  if (!error_mode && valid[MISSING_ATTRIBUTE_VALUE] && s->pending.len > 0 &&
      (lexer->eof(lexer) ||
       (lexer->lookahead == '<' && starts_tag(lexer)))) {
    /* `name=` and then the next tag: no value. */
    lexer->result_symbol = MISSING_ATTRIBUTE_VALUE;
    return true;
  }
  if (!error_mode && valid[MISSING_ATTRIBUTE_VALUE] &&
      (lexer->lookahead == '>' || lexer->lookahead == '/')) {
    /* `name=>` or `name=/>`: return the tag's end, which is not valid here,
     * so that recovery inserts a missing attribute_value; the parser then
     * lexes the end again (and for real) in attribute position. */
    bool slash = lexer->lookahead == '/';
    advance(lexer);
    if (slash) {
      if (lexer->lookahead != '>') return false;
      advance(lexer);
    }
    lexer->mark_end(lexer);
    lexer->result_symbol = slash ? SELF_CLOSING_TAG_DELIMITER : START_TAG_CLOSE;
    return true;
  }

  if (lexer->eof(lexer)) {
    if (!error_mode && valid[START_TAG_CLOSE] && s->pending.len > 0) {
      return recover_start_tag(s, lexer, false);
    }
    if (valid[IMPLICIT_END_TAG] && s->len > 0 &&
        (error_mode || !is_script(top(s)))) {
      pop(s);
      lexer->result_symbol = IMPLICIT_END_TAG;
      return true;
    }
    return false;
  }

  int32_t c = lexer->lookahead;

  if (!error_mode) {
    if (valid[START_TAG_NAME] || valid[SCRIPT_START_TAG_NAME]) {
      if (!is_name_start(c)) return false;
      scan_tag_name(lexer, &s->pending);
      lexer->mark_end(lexer);
      lexer->result_symbol =
          valid[SCRIPT_START_TAG_NAME] && is_script(&s->pending)
              ? SCRIPT_START_TAG_NAME
              : START_TAG_NAME;
      if (!valid[lexer->result_symbol]) return false;
      return true;
    }
    if (valid[END_TAG_NAME]) {
      Tag name;
      scan_tag_name(lexer, &name);
      Tag *t = top(s);
      lexer->mark_end(lexer);
      if (name.len == 0) return false;
      if (!t || !tag_eq(&name, t)) {
        /* Closes nothing that is open: a token no rule accepts, so that
         * error recovery skips the whole end tag. */
        lexer->result_symbol = ERRONEOUS_END_TAG_NAME;
        return true;
      }
      pop(s);
      lexer->result_symbol = END_TAG_NAME;
      return true;
    }
  }

  /* Inside a start tag. */
  if (c == '>' && valid[START_TAG_CLOSE] && !error_mode) {
    advance(lexer);
    lexer->mark_end(lexer);
    if (s->pending.len > 0) push(s, &s->pending);
    s->pending.len = 0;
    lexer->result_symbol = START_TAG_CLOSE;
    return true;
  }
  if (c == '/' && valid[SELF_CLOSING_TAG_DELIMITER]) {
    advance(lexer);
    if (lexer->lookahead != '>') {
      /* `<input value="a" /` running into the next tag or the end of the
       * file: recover as for a missing `>`. */
      if (error_mode || !valid[START_TAG_CLOSE] || s->pending.len == 0) return false;
      while (is_space(lexer->lookahead)) advance(lexer);
      if (lexer->eof(lexer) || (lexer->lookahead == '<' && starts_tag(lexer))) {
        return recover_start_tag(s, lexer, false);
      }
      return false;
    }
    advance(lexer);
    lexer->mark_end(lexer);
    s->pending.len = 0;
    lexer->result_symbol = SELF_CLOSING_TAG_DELIMITER;
    return true;
  }
  if (!error_mode && (valid[DIRECTIVE_NAMESPACE] || valid[EVENT_KIND])) {
    if (c == '<' && valid[START_TAG_CLOSE] && s->pending.len > 0) {
      if (starts_tag(lexer)) return recover_start_tag(s, lexer, false);
      return false;
    }
    return scan_attribute_prefix(lexer, valid);
  }

  /* Child position: implicit end tags, comments, text. */
  Tag *t = top(s);
  bool can_end = valid[IMPLICIT_END_TAG] && t && !error_mode;

  if (can_end && close_next) {
    pop(s);
    lexer->result_symbol = IMPLICIT_END_TAG;
    return true;
  }

  if (c == '<') {
    advance(lexer);
    int32_t n = lexer->lookahead;
    if (n == '!') return valid[COMMENT] && scan_comment(lexer);
    if (n == '/') {
      advance(lexer);
      Tag name;
      scan_tag_name(lexer, &name);
      if (name.len == 0) return false;
      if (error_mode) {
        /* Recovering from a stray end tag: a second one right after it
         * joins the error whole (else its name would read as text). */
        for (uint32_t i = s->len; i > 0; i--) {
          if (tag_eq(tag_at(s, i - 1), &name)) return false;
        }
        lexer->mark_end(lexer);
        lexer->result_symbol = ERRONEOUS_END_TAG_NAME;
        return true;
      }
      if (t && tag_eq(&name, t)) return false;
      if (can_end) {
        for (uint32_t i = s->len; i > 0; i--) {
          if (tag_eq(tag_at(s, i - 1), &name)) {
            pop(s);
            lexer->result_symbol = IMPLICIT_END_TAG;
            return true;
          }
        }
      }
      if (!valid[TEXT]) return false;
      /* `</name` closes nothing that is open: a token no rule accepts, so
       * that error recovery skips the whole end tag. */
      lexer->mark_end(lexer);
      lexer->result_symbol = ERRONEOUS_END_TAG_NAME;
      return true;
    }
    if (is_name_start(n)) return false;
    /* stray '<' */
    if (!valid[TEXT]) return false;
    lexer->mark_end(lexer);
    return scan_text(lexer, true);
  }

  if (!valid[TEXT]) return false;
  /* During error recovery leave `>` and quotes to the internal lexer (they
   * end broken tags and attribute values) rather than starting a text. */
  if (error_mode && (c == '>' || c == '"' || c == '\'')) return false;
  return scan_text(lexer, false);
}

/* ------------------------------------------------------------------ */
/* tree-sitter API                                                    */

void *tree_sitter_wxml_external_scanner_create(void) {
  return calloc(1, sizeof(Scanner));
}

void tree_sitter_wxml_external_scanner_destroy(void *payload) {
  Scanner *s = payload;
  free(s->stack);
  free(s->names);
  free(s);
}

/* Layout:
 *   u8  flags: 1 unterminated, 2 close_next
 *   u8  pending name length, then its bytes
 *   u16 depth of the stack
 *   u16 number of entries written
 *   entries, outermost first: a byte 1..255 refers to the n-th distinct name
 *   written so far; a byte 0 is followed by a new name (u8 length + bytes).
 * Entries that do not fit (deeper than ~900 levels) come back as empty
 * names, which match no end tag. The encoding depends only on the stack, so
 * equal stacks serialize equally. */
unsigned tree_sitter_wxml_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *s = payload;
  unsigned size = 0;
  buffer[size++] = (char)(s->unterminated | s->close_next << 1);
  buffer[size++] = (char)s->pending.len;
  memcpy(buffer + size, s->pending.buf, s->pending.len);
  size += s->pending.len;

  uint16_t depth = (uint16_t)s->len;
  unsigned header = size;
  size += 4;

  /* local ids of the names written so far (index into s->names) */
  uint16_t written_names[255];
  unsigned nwritten_names = 0;
  uint16_t written = 0;
  for (; written < depth; written++) {
    uint16_t index = s->stack[written];
    unsigned local = 0;
    for (unsigned j = 0; j < nwritten_names; j++) {
      if (written_names[j] == index) {
        local = j + 1;
        break;
      }
    }
    if (local) {
      if (size + 1 > TREE_SITTER_SERIALIZATION_BUFFER_SIZE) break;
      buffer[size++] = (char)local;
    } else {
      Tag *t = &s->names[index];
      if (nwritten_names == 255) break;
      if (size + 2 + t->len > TREE_SITTER_SERIALIZATION_BUFFER_SIZE) break;
      buffer[size++] = 0;
      buffer[size++] = (char)t->len;
      memcpy(buffer + size, t->buf, t->len);
      size += t->len;
      written_names[nwritten_names++] = index;
    }
  }
  memcpy(buffer + header, &depth, 2);
  memcpy(buffer + header + 2, &written, 2);
  return size;
}

void tree_sitter_wxml_external_scanner_deserialize(void *payload,
                                                    const char *buffer,
                                                    unsigned length) {
  Scanner *s = payload;
  s->len = 0;
  s->nnames = 0;
  s->pending.len = 0;
  s->unterminated = false;
  s->close_next = false;
  if (length < 2) return;
  unsigned size = 0;
  s->unterminated = (buffer[size] & 1) != 0;
  s->close_next = (buffer[size] & 2) != 0;
  size++;
  uint8_t plen = (uint8_t)buffer[size++];
  if (plen > MAX_NAME || size + plen > length) return;
  s->pending.len = plen;
  memcpy(s->pending.buf, buffer + size, plen);
  size += plen;
  if (size + 4 > length) return;
  uint16_t depth, written;
  memcpy(&depth, buffer + size, 2);
  memcpy(&written, buffer + size + 2, 2);
  size += 4;

  uint16_t local_names[256];
  unsigned nlocal = 0;
  Tag t;
  for (uint16_t i = 0; i < written && size < length; i++) {
    uint8_t b = (uint8_t)buffer[size++];
    if (b == 0) {
      if (size >= length) break;
      uint8_t n = (uint8_t)buffer[size++];
      if (n > MAX_NAME || size + n > length) break;
      t.len = n;
      memcpy(t.buf, buffer + size, n);
      size += n;
      local_names[nlocal] = intern(s, &t);
      push_index(s, local_names[nlocal]);
      nlocal++;
    } else if (b <= nlocal) {
      push_index(s, local_names[b - 1]);
    } else {
      break;
    }
  }
  /* Levels that did not fit: names that match nothing. */
  if (s->len < depth) {
    t.len = 0;
    uint16_t unknown = intern(s, &t);
    while (s->len < depth) push_index(s, unknown);
  }
}

bool tree_sitter_wxml_external_scanner_scan(void *payload, TSLexer *lexer,
                                            const bool *valid_symbols) {
  return scan(payload, lexer, valid_symbols);
}
