#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 116
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 58
#define ALIAS_COUNT 0
#define TOKEN_COUNT 37
#define EXTERNAL_TOKEN_COUNT 20
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 5

enum ts_symbol_identifiers {
  anon_sym_LT = 1,
  anon_sym_SLASH_GT = 2,
  anon_sym_LT_SLASH = 3,
  anon_sym_GT = 4,
  anon_sym_EQ = 5,
  sym_attribute_name = 6,
  anon_sym_COLON = 7,
  anon_sym_DASH = 8,
  aux_sym_directive_key_token1 = 9,
  sym_attribute_value = 10,
  anon_sym_DQUOTE = 11,
  anon_sym_SQUOTE = 12,
  anon_sym_LBRACE_LBRACE = 13,
  anon_sym_RBRACE_RBRACE = 14,
  anon_sym_LBRACE_EQ = 15,
  anon_sym_EQ_RBRACE = 16,
  sym_entity = 17,
  sym__start_tag_name = 18,
  sym__script_start_tag_name = 19,
  sym__end_tag_name = 20,
  sym__start_tag_close = 21,
  sym__implicit_end_tag = 22,
  sym_raw_text = 23,
  sym_text = 24,
  sym_comment = 25,
  sym__text_expression = 26,
  sym__dq_expression = 27,
  sym__sq_expression = 28,
  sym__dq_value_fragment = 29,
  sym__sq_value_fragment = 30,
  sym_directive_namespace = 31,
  sym_event_kind = 32,
  sym__start_tag_recovery = 33,
  sym__erroneous_end_tag_name = 34,
  sym__missing_attribute_value = 35,
  sym__error_sentinel = 36,
  sym_document = 37,
  sym__node = 38,
  sym_element = 39,
  sym_script_element = 40,
  sym_start_tag = 41,
  sym__script_start_tag = 42,
  sym_self_closing_tag = 43,
  sym_end_tag = 44,
  sym_attribute = 45,
  sym_directive_name = 46,
  sym_directive_key = 47,
  sym_event_name = 48,
  sym_event_type = 49,
  sym_quoted_attribute_value = 50,
  sym_interpolation = 51,
  sym__dq_interpolation = 52,
  sym__sq_interpolation = 53,
  aux_sym_document_repeat1 = 54,
  aux_sym_start_tag_repeat1 = 55,
  aux_sym_quoted_attribute_value_repeat1 = 56,
  aux_sym_quoted_attribute_value_repeat2 = 57,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LT] = "<",
  [anon_sym_SLASH_GT] = "/>",
  [anon_sym_LT_SLASH] = "</",
  [anon_sym_GT] = ">",
  [anon_sym_EQ] = "=",
  [sym_attribute_name] = "attribute_name",
  [anon_sym_COLON] = ":",
  [anon_sym_DASH] = "-",
  [aux_sym_directive_key_token1] = "directive_key_token1",
  [sym_attribute_value] = "attribute_value",
  [anon_sym_DQUOTE] = "\"",
  [anon_sym_SQUOTE] = "'",
  [anon_sym_LBRACE_LBRACE] = "{{",
  [anon_sym_RBRACE_RBRACE] = "}}",
  [anon_sym_LBRACE_EQ] = "{=",
  [anon_sym_EQ_RBRACE] = "=}",
  [sym_entity] = "entity",
  [sym__start_tag_name] = "tag_name",
  [sym__script_start_tag_name] = "tag_name",
  [sym__end_tag_name] = "tag_name",
  [sym__start_tag_close] = ">",
  [sym__implicit_end_tag] = "_implicit_end_tag",
  [sym_raw_text] = "raw_text",
  [sym_text] = "text",
  [sym_comment] = "comment",
  [sym__text_expression] = "expression",
  [sym__dq_expression] = "expression",
  [sym__sq_expression] = "expression",
  [sym__dq_value_fragment] = "attribute_value",
  [sym__sq_value_fragment] = "attribute_value",
  [sym_directive_namespace] = "directive_namespace",
  [sym_event_kind] = "event_kind",
  [sym__start_tag_recovery] = "_start_tag_recovery",
  [sym__erroneous_end_tag_name] = "_erroneous_end_tag_name",
  [sym__missing_attribute_value] = "_missing_attribute_value",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_document] = "document",
  [sym__node] = "_node",
  [sym_element] = "element",
  [sym_script_element] = "script_element",
  [sym_start_tag] = "start_tag",
  [sym__script_start_tag] = "start_tag",
  [sym_self_closing_tag] = "self_closing_tag",
  [sym_end_tag] = "end_tag",
  [sym_attribute] = "attribute",
  [sym_directive_name] = "directive_name",
  [sym_directive_key] = "directive_key",
  [sym_event_name] = "event_name",
  [sym_event_type] = "event_type",
  [sym_quoted_attribute_value] = "quoted_attribute_value",
  [sym_interpolation] = "interpolation",
  [sym__dq_interpolation] = "interpolation",
  [sym__sq_interpolation] = "interpolation",
  [aux_sym_document_repeat1] = "document_repeat1",
  [aux_sym_start_tag_repeat1] = "start_tag_repeat1",
  [aux_sym_quoted_attribute_value_repeat1] = "quoted_attribute_value_repeat1",
  [aux_sym_quoted_attribute_value_repeat2] = "quoted_attribute_value_repeat2",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LT] = anon_sym_LT,
  [anon_sym_SLASH_GT] = anon_sym_SLASH_GT,
  [anon_sym_LT_SLASH] = anon_sym_LT_SLASH,
  [anon_sym_GT] = anon_sym_GT,
  [anon_sym_EQ] = anon_sym_EQ,
  [sym_attribute_name] = sym_attribute_name,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_DASH] = anon_sym_DASH,
  [aux_sym_directive_key_token1] = aux_sym_directive_key_token1,
  [sym_attribute_value] = sym_attribute_value,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [anon_sym_LBRACE_LBRACE] = anon_sym_LBRACE_LBRACE,
  [anon_sym_RBRACE_RBRACE] = anon_sym_RBRACE_RBRACE,
  [anon_sym_LBRACE_EQ] = anon_sym_LBRACE_EQ,
  [anon_sym_EQ_RBRACE] = anon_sym_EQ_RBRACE,
  [sym_entity] = sym_entity,
  [sym__start_tag_name] = sym__start_tag_name,
  [sym__script_start_tag_name] = sym__start_tag_name,
  [sym__end_tag_name] = sym__start_tag_name,
  [sym__start_tag_close] = anon_sym_GT,
  [sym__implicit_end_tag] = sym__implicit_end_tag,
  [sym_raw_text] = sym_raw_text,
  [sym_text] = sym_text,
  [sym_comment] = sym_comment,
  [sym__text_expression] = sym__text_expression,
  [sym__dq_expression] = sym__text_expression,
  [sym__sq_expression] = sym__text_expression,
  [sym__dq_value_fragment] = sym_attribute_value,
  [sym__sq_value_fragment] = sym_attribute_value,
  [sym_directive_namespace] = sym_directive_namespace,
  [sym_event_kind] = sym_event_kind,
  [sym__start_tag_recovery] = sym__start_tag_recovery,
  [sym__erroneous_end_tag_name] = sym__erroneous_end_tag_name,
  [sym__missing_attribute_value] = sym__missing_attribute_value,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_document] = sym_document,
  [sym__node] = sym__node,
  [sym_element] = sym_element,
  [sym_script_element] = sym_script_element,
  [sym_start_tag] = sym_start_tag,
  [sym__script_start_tag] = sym_start_tag,
  [sym_self_closing_tag] = sym_self_closing_tag,
  [sym_end_tag] = sym_end_tag,
  [sym_attribute] = sym_attribute,
  [sym_directive_name] = sym_directive_name,
  [sym_directive_key] = sym_directive_key,
  [sym_event_name] = sym_event_name,
  [sym_event_type] = sym_event_type,
  [sym_quoted_attribute_value] = sym_quoted_attribute_value,
  [sym_interpolation] = sym_interpolation,
  [sym__dq_interpolation] = sym_interpolation,
  [sym__sq_interpolation] = sym_interpolation,
  [aux_sym_document_repeat1] = aux_sym_document_repeat1,
  [aux_sym_start_tag_repeat1] = aux_sym_start_tag_repeat1,
  [aux_sym_quoted_attribute_value_repeat1] = aux_sym_quoted_attribute_value_repeat1,
  [aux_sym_quoted_attribute_value_repeat2] = aux_sym_quoted_attribute_value_repeat2,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LT_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [sym_attribute_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_directive_key_token1] = {
    .visible = false,
    .named = false,
  },
  [sym_attribute_value] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [sym_entity] = {
    .visible = true,
    .named = true,
  },
  [sym__start_tag_name] = {
    .visible = true,
    .named = true,
  },
  [sym__script_start_tag_name] = {
    .visible = true,
    .named = true,
  },
  [sym__end_tag_name] = {
    .visible = true,
    .named = true,
  },
  [sym__start_tag_close] = {
    .visible = true,
    .named = false,
  },
  [sym__implicit_end_tag] = {
    .visible = false,
    .named = true,
  },
  [sym_raw_text] = {
    .visible = true,
    .named = true,
  },
  [sym_text] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__text_expression] = {
    .visible = true,
    .named = true,
  },
  [sym__dq_expression] = {
    .visible = true,
    .named = true,
  },
  [sym__sq_expression] = {
    .visible = true,
    .named = true,
  },
  [sym__dq_value_fragment] = {
    .visible = true,
    .named = true,
  },
  [sym__sq_value_fragment] = {
    .visible = true,
    .named = true,
  },
  [sym_directive_namespace] = {
    .visible = true,
    .named = true,
  },
  [sym_event_kind] = {
    .visible = true,
    .named = true,
  },
  [sym__start_tag_recovery] = {
    .visible = false,
    .named = true,
  },
  [sym__erroneous_end_tag_name] = {
    .visible = false,
    .named = true,
  },
  [sym__missing_attribute_value] = {
    .visible = false,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_document] = {
    .visible = true,
    .named = true,
  },
  [sym__node] = {
    .visible = false,
    .named = true,
  },
  [sym_element] = {
    .visible = true,
    .named = true,
  },
  [sym_script_element] = {
    .visible = true,
    .named = true,
  },
  [sym_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym__script_start_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_self_closing_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_end_tag] = {
    .visible = true,
    .named = true,
  },
  [sym_attribute] = {
    .visible = true,
    .named = true,
  },
  [sym_directive_name] = {
    .visible = true,
    .named = true,
  },
  [sym_directive_key] = {
    .visible = true,
    .named = true,
  },
  [sym_event_name] = {
    .visible = true,
    .named = true,
  },
  [sym_event_type] = {
    .visible = true,
    .named = true,
  },
  [sym_quoted_attribute_value] = {
    .visible = true,
    .named = true,
  },
  [sym_interpolation] = {
    .visible = true,
    .named = true,
  },
  [sym__dq_interpolation] = {
    .visible = true,
    .named = true,
  },
  [sym__sq_interpolation] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_document_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_start_tag_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_quoted_attribute_value_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_quoted_attribute_value_repeat2] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_name = 1,
  field_value = 2,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_name] = "name",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_name, 0, .inherited = true},
  [1] =
    {field_name, 1},
  [2] =
    {field_name, 0},
  [3] =
    {field_name, 0},
    {field_value, 2},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 2,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 5,
  [8] = 6,
  [9] = 4,
  [10] = 10,
  [11] = 11,
  [12] = 10,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 15,
  [20] = 18,
  [21] = 13,
  [22] = 14,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 28,
  [42] = 32,
  [43] = 30,
  [44] = 33,
  [45] = 31,
  [46] = 39,
  [47] = 34,
  [48] = 35,
  [49] = 36,
  [50] = 26,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 29,
  [57] = 57,
  [58] = 25,
  [59] = 27,
  [60] = 24,
  [61] = 40,
  [62] = 38,
  [63] = 37,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 74,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 81,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 87,
  [89] = 85,
  [90] = 90,
  [91] = 91,
  [92] = 90,
  [93] = 93,
  [94] = 93,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 97,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 106,
  [111] = 103,
  [112] = 112,
  [113] = 112,
  [114] = 114,
  [115] = 104,
};

static TSCharacterRange sym_attribute_name_character_set_1[] = {
  {0, 0x08}, {0x0e, 0x1f}, {'!', '!'}, {'#', '&'}, {'(', '.'}, {'0', ';'}, {'?', 'z'}, {'|', '|'},
  {'~', 0x10ffff},
};

static TSCharacterRange aux_sym_directive_key_token1_character_set_1[] = {
  {0, 0x08}, {0x0e, 0x1f}, {'!', '!'}, {'#', '&'}, {'(', '.'}, {'0', '9'}, {';', ';'}, {'?', 'z'},
  {'|', '|'}, {'~', 0x10ffff},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(55);
      ADVANCE_MAP(
        '"', 69,
        '&', 2,
        '\'', 70,
        '-', 64,
        '/', 49,
        ':', 63,
        '<', 56,
        '=', 60,
        '>', 59,
        '{', 47,
        '}', 50,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == '"') ADVANCE(69);
      if (lookahead == '\'') ADVANCE(70);
      if (lookahead == 0xfeff) ADVANCE(67);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (lookahead != 0 &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(68);
      END_STATE();
    case 2:
      if (lookahead == '#') ADVANCE(52);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(54);
      END_STATE();
    case 3:
      if (lookahead == '/') ADVANCE(49);
      if (lookahead == '=') ADVANCE(60);
      if (lookahead == 0xfeff) ADVANCE(61);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(62);
      END_STATE();
    case 4:
      if (lookahead == ':') ADVANCE(63);
      if (lookahead == 0xfeff) ADVANCE(65);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(4);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '/' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(66);
      END_STATE();
    case 5:
      if (lookahead == ';') ADVANCE(75);
      END_STATE();
    case 6:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(5);
      END_STATE();
    case 7:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(6);
      END_STATE();
    case 8:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      END_STATE();
    case 9:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(8);
      END_STATE();
    case 10:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 11:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(10);
      END_STATE();
    case 12:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(5);
      END_STATE();
    case 13:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(12);
      END_STATE();
    case 14:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 15:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(14);
      END_STATE();
    case 16:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(15);
      END_STATE();
    case 17:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(5);
      END_STATE();
    case 18:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(17);
      END_STATE();
    case 19:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(18);
      END_STATE();
    case 20:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      END_STATE();
    case 21:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(20);
      END_STATE();
    case 22:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(21);
      END_STATE();
    case 23:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(22);
      END_STATE();
    case 24:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(23);
      END_STATE();
    case 25:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(24);
      END_STATE();
    case 26:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(25);
      END_STATE();
    case 27:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(26);
      END_STATE();
    case 28:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(27);
      END_STATE();
    case 29:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(28);
      END_STATE();
    case 30:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(29);
      END_STATE();
    case 31:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(30);
      END_STATE();
    case 32:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 33:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(32);
      END_STATE();
    case 34:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(33);
      END_STATE();
    case 35:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(34);
      END_STATE();
    case 36:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(35);
      END_STATE();
    case 37:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(36);
      END_STATE();
    case 38:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(37);
      END_STATE();
    case 39:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(38);
      END_STATE();
    case 40:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      END_STATE();
    case 41:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(40);
      END_STATE();
    case 42:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 43:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(42);
      END_STATE();
    case 44:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(43);
      END_STATE();
    case 45:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(44);
      END_STATE();
    case 46:
      if (lookahead == ';') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 47:
      if (lookahead == '=') ADVANCE(73);
      if (lookahead == '{') ADVANCE(71);
      END_STATE();
    case 48:
      if (lookahead == '=') ADVANCE(51);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(48);
      END_STATE();
    case 49:
      if (lookahead == '>') ADVANCE(57);
      END_STATE();
    case 50:
      if (lookahead == '}') ADVANCE(72);
      END_STATE();
    case 51:
      if (lookahead == '}') ADVANCE(74);
      END_STATE();
    case 52:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(11);
      END_STATE();
    case 53:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(16);
      END_STATE();
    case 54:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(46);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '/') ADVANCE(58);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_SLASH_GT);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_LT_SLASH);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym_attribute_name);
      if (lookahead == 0xfeff) ADVANCE(61);
      if ((!eof && set_contains(sym_attribute_name_character_set_1, 9, lookahead))) ADVANCE(62);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym_attribute_name);
      if ((!eof && set_contains(sym_attribute_name_character_set_1, 9, lookahead))) ADVANCE(62);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(aux_sym_directive_key_token1);
      if (lookahead == 0xfeff) ADVANCE(65);
      if ((!eof && set_contains(aux_sym_directive_key_token1_character_set_1, 10, lookahead))) ADVANCE(66);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(aux_sym_directive_key_token1);
      if ((!eof && set_contains(aux_sym_directive_key_token1_character_set_1, 10, lookahead))) ADVANCE(66);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym_attribute_value);
      if (lookahead == 0xfeff) ADVANCE(67);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(68);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym_attribute_value);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '\'' &&
          (lookahead < '<' || '>' < lookahead) &&
          lookahead != '`') ADVANCE(68);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(anon_sym_LBRACE_LBRACE);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(anon_sym_RBRACE_RBRACE);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_LBRACE_EQ);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(anon_sym_EQ_RBRACE);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym_entity);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0, .external_lex_state = 2},
  [2] = {.lex_state = 0, .external_lex_state = 3},
  [3] = {.lex_state = 0, .external_lex_state = 3},
  [4] = {.lex_state = 0, .external_lex_state = 4},
  [5] = {.lex_state = 0, .external_lex_state = 4},
  [6] = {.lex_state = 0, .external_lex_state = 4},
  [7] = {.lex_state = 0, .external_lex_state = 4},
  [8] = {.lex_state = 0, .external_lex_state = 4},
  [9] = {.lex_state = 0, .external_lex_state = 4},
  [10] = {.lex_state = 0, .external_lex_state = 4},
  [11] = {.lex_state = 0, .external_lex_state = 2},
  [12] = {.lex_state = 0, .external_lex_state = 2},
  [13] = {.lex_state = 3, .external_lex_state = 5},
  [14] = {.lex_state = 3, .external_lex_state = 5},
  [15] = {.lex_state = 3, .external_lex_state = 5},
  [16] = {.lex_state = 0, .external_lex_state = 3},
  [17] = {.lex_state = 3, .external_lex_state = 5},
  [18] = {.lex_state = 3, .external_lex_state = 5},
  [19] = {.lex_state = 3, .external_lex_state = 5},
  [20] = {.lex_state = 3, .external_lex_state = 5},
  [21] = {.lex_state = 3, .external_lex_state = 5},
  [22] = {.lex_state = 3, .external_lex_state = 5},
  [23] = {.lex_state = 0, .external_lex_state = 3},
  [24] = {.lex_state = 0, .external_lex_state = 4},
  [25] = {.lex_state = 0, .external_lex_state = 4},
  [26] = {.lex_state = 0, .external_lex_state = 4},
  [27] = {.lex_state = 0, .external_lex_state = 4},
  [28] = {.lex_state = 0, .external_lex_state = 4},
  [29] = {.lex_state = 0, .external_lex_state = 4},
  [30] = {.lex_state = 0, .external_lex_state = 4},
  [31] = {.lex_state = 0, .external_lex_state = 4},
  [32] = {.lex_state = 0, .external_lex_state = 4},
  [33] = {.lex_state = 0, .external_lex_state = 4},
  [34] = {.lex_state = 0, .external_lex_state = 4},
  [35] = {.lex_state = 0, .external_lex_state = 4},
  [36] = {.lex_state = 0, .external_lex_state = 4},
  [37] = {.lex_state = 0, .external_lex_state = 4},
  [38] = {.lex_state = 0, .external_lex_state = 4},
  [39] = {.lex_state = 0, .external_lex_state = 4},
  [40] = {.lex_state = 0, .external_lex_state = 4},
  [41] = {.lex_state = 0, .external_lex_state = 2},
  [42] = {.lex_state = 0, .external_lex_state = 2},
  [43] = {.lex_state = 0, .external_lex_state = 2},
  [44] = {.lex_state = 0, .external_lex_state = 2},
  [45] = {.lex_state = 0, .external_lex_state = 2},
  [46] = {.lex_state = 0, .external_lex_state = 2},
  [47] = {.lex_state = 0, .external_lex_state = 2},
  [48] = {.lex_state = 0, .external_lex_state = 2},
  [49] = {.lex_state = 0, .external_lex_state = 2},
  [50] = {.lex_state = 0, .external_lex_state = 2},
  [51] = {.lex_state = 0, .external_lex_state = 6},
  [52] = {.lex_state = 0, .external_lex_state = 7},
  [53] = {.lex_state = 0, .external_lex_state = 6},
  [54] = {.lex_state = 0, .external_lex_state = 7},
  [55] = {.lex_state = 0, .external_lex_state = 6},
  [56] = {.lex_state = 0, .external_lex_state = 2},
  [57] = {.lex_state = 0, .external_lex_state = 7},
  [58] = {.lex_state = 0, .external_lex_state = 2},
  [59] = {.lex_state = 0, .external_lex_state = 2},
  [60] = {.lex_state = 0, .external_lex_state = 2},
  [61] = {.lex_state = 0, .external_lex_state = 2},
  [62] = {.lex_state = 0, .external_lex_state = 2},
  [63] = {.lex_state = 0, .external_lex_state = 2},
  [64] = {.lex_state = 3, .external_lex_state = 5},
  [65] = {.lex_state = 3, .external_lex_state = 5},
  [66] = {.lex_state = 3, .external_lex_state = 5},
  [67] = {.lex_state = 3, .external_lex_state = 5},
  [68] = {.lex_state = 3, .external_lex_state = 5},
  [69] = {.lex_state = 3, .external_lex_state = 5},
  [70] = {.lex_state = 0, .external_lex_state = 7},
  [71] = {.lex_state = 3, .external_lex_state = 5},
  [72] = {.lex_state = 0, .external_lex_state = 7},
  [73] = {.lex_state = 0, .external_lex_state = 6},
  [74] = {.lex_state = 0, .external_lex_state = 8},
  [75] = {.lex_state = 0, .external_lex_state = 6},
  [76] = {.lex_state = 1, .external_lex_state = 9},
  [77] = {.lex_state = 0, .external_lex_state = 8},
  [78] = {.lex_state = 3, .external_lex_state = 5},
  [79] = {.lex_state = 3, .external_lex_state = 5},
  [80] = {.lex_state = 3, .external_lex_state = 5},
  [81] = {.lex_state = 0, .external_lex_state = 10},
  [82] = {.lex_state = 0, .external_lex_state = 10},
  [83] = {.lex_state = 0, .external_lex_state = 8},
  [84] = {.lex_state = 0, .external_lex_state = 8},
  [85] = {.lex_state = 0, .external_lex_state = 11},
  [86] = {.lex_state = 4},
  [87] = {.lex_state = 0, .external_lex_state = 11},
  [88] = {.lex_state = 0, .external_lex_state = 11},
  [89] = {.lex_state = 0, .external_lex_state = 11},
  [90] = {.lex_state = 0, .external_lex_state = 12},
  [91] = {.lex_state = 48, .external_lex_state = 13},
  [92] = {.lex_state = 0, .external_lex_state = 12},
  [93] = {.lex_state = 48, .external_lex_state = 12},
  [94] = {.lex_state = 48, .external_lex_state = 12},
  [95] = {.lex_state = 4},
  [96] = {.lex_state = 4},
  [97] = {.lex_state = 0, .external_lex_state = 14},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 48, .external_lex_state = 15},
  [100] = {.lex_state = 0, .external_lex_state = 13},
  [101] = {.lex_state = 0, .external_lex_state = 15},
  [102] = {.lex_state = 0, .external_lex_state = 14},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0, .external_lex_state = 16},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 48},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 48},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 48},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 48},
  [115] = {.lex_state = 0, .external_lex_state = 16},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LT] = ACTIONS(1),
    [anon_sym_SLASH_GT] = ACTIONS(1),
    [anon_sym_LT_SLASH] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_LBRACE_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE_RBRACE] = ACTIONS(1),
    [anon_sym_LBRACE_EQ] = ACTIONS(1),
    [sym_entity] = ACTIONS(1),
    [sym__start_tag_name] = ACTIONS(1),
    [sym__script_start_tag_name] = ACTIONS(1),
    [sym__end_tag_name] = ACTIONS(1),
    [sym__start_tag_close] = ACTIONS(1),
    [sym__implicit_end_tag] = ACTIONS(1),
    [sym_raw_text] = ACTIONS(1),
    [sym_text] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__text_expression] = ACTIONS(1),
    [sym__dq_expression] = ACTIONS(1),
    [sym__sq_expression] = ACTIONS(1),
    [sym__dq_value_fragment] = ACTIONS(1),
    [sym__sq_value_fragment] = ACTIONS(1),
    [sym_directive_namespace] = ACTIONS(1),
    [sym_event_kind] = ACTIONS(1),
    [sym__start_tag_recovery] = ACTIONS(1),
    [sym__erroneous_end_tag_name] = ACTIONS(1),
    [sym__missing_attribute_value] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_document] = STATE(105),
    [sym__node] = STATE(11),
    [sym_element] = STATE(11),
    [sym_script_element] = STATE(11),
    [sym_start_tag] = STATE(3),
    [sym__script_start_tag] = STATE(74),
    [sym_self_closing_tag] = STATE(50),
    [sym_interpolation] = STATE(11),
    [aux_sym_document_repeat1] = STATE(11),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_LT] = ACTIONS(5),
    [anon_sym_LBRACE_LBRACE] = ACTIONS(7),
    [anon_sym_LBRACE_EQ] = ACTIONS(9),
    [sym_entity] = ACTIONS(11),
    [sym_text] = ACTIONS(11),
    [sym_comment] = ACTIONS(11),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 12,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(23), 1,
      sym__implicit_end_tag,
    ACTIONS(25), 1,
      sym__start_tag_recovery,
    STATE(2), 1,
      sym_start_tag,
    STATE(25), 1,
      sym_end_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(21), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(5), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [43] = 12,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(31), 1,
      sym__implicit_end_tag,
    ACTIONS(33), 1,
      sym__start_tag_recovery,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(58), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(29), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(7), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [86] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(37), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(31), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(35), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(8), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [126] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(37), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(31), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(39), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(10), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [166] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(41), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(46), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(39), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(10), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [206] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(43), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(45), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(39), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(10), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [246] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(45), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(39), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(39), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(10), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [286] = 11,
    ACTIONS(13), 1,
      anon_sym_LT,
    ACTIONS(17), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(19), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(43), 1,
      sym__implicit_end_tag,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(45), 1,
      sym_end_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(47), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(6), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [326] = 9,
    ACTIONS(49), 1,
      anon_sym_LT,
    ACTIONS(54), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(57), 1,
      anon_sym_LBRACE_EQ,
    STATE(2), 1,
      sym_start_tag,
    STATE(26), 1,
      sym_self_closing_tag,
    STATE(77), 1,
      sym__script_start_tag,
    ACTIONS(52), 2,
      sym__implicit_end_tag,
      anon_sym_LT_SLASH,
    ACTIONS(60), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(10), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [361] = 9,
    ACTIONS(5), 1,
      anon_sym_LT,
    ACTIONS(7), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(9), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(63), 1,
      ts_builtin_sym_end,
    STATE(3), 1,
      sym_start_tag,
    STATE(50), 1,
      sym_self_closing_tag,
    STATE(74), 1,
      sym__script_start_tag,
    ACTIONS(65), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(12), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [395] = 9,
    ACTIONS(52), 1,
      ts_builtin_sym_end,
    ACTIONS(67), 1,
      anon_sym_LT,
    ACTIONS(70), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(73), 1,
      anon_sym_LBRACE_EQ,
    STATE(3), 1,
      sym_start_tag,
    STATE(50), 1,
      sym_self_closing_tag,
    STATE(74), 1,
      sym__script_start_tag,
    ACTIONS(76), 3,
      sym_text,
      sym_comment,
      sym_entity,
    STATE(12), 5,
      sym__node,
      sym_element,
      sym_script_element,
      sym_interpolation,
      aux_sym_document_repeat1,
  [429] = 7,
    ACTIONS(79), 1,
      anon_sym_SLASH_GT,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(83), 1,
      sym__start_tag_close,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    STATE(14), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [453] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(89), 1,
      anon_sym_SLASH_GT,
    ACTIONS(91), 1,
      sym__start_tag_close,
    STATE(17), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [477] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(89), 1,
      anon_sym_SLASH_GT,
    ACTIONS(93), 1,
      sym__start_tag_close,
    STATE(17), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [501] = 2,
    ACTIONS(95), 1,
      anon_sym_LT,
    ACTIONS(97), 8,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      sym__start_tag_recovery,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [515] = 7,
    ACTIONS(99), 1,
      anon_sym_SLASH_GT,
    ACTIONS(101), 1,
      sym_attribute_name,
    ACTIONS(104), 1,
      sym__start_tag_close,
    ACTIONS(106), 1,
      sym_directive_namespace,
    ACTIONS(109), 1,
      sym_event_kind,
    STATE(17), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [539] = 7,
    ACTIONS(79), 1,
      anon_sym_SLASH_GT,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(112), 1,
      sym__start_tag_close,
    STATE(15), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [563] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(93), 1,
      sym__start_tag_close,
    ACTIONS(114), 1,
      anon_sym_SLASH_GT,
    STATE(17), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [587] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(112), 1,
      sym__start_tag_close,
    ACTIONS(116), 1,
      anon_sym_SLASH_GT,
    STATE(19), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [611] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(83), 1,
      sym__start_tag_close,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(116), 1,
      anon_sym_SLASH_GT,
    STATE(22), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [635] = 7,
    ACTIONS(81), 1,
      sym_attribute_name,
    ACTIONS(85), 1,
      sym_directive_namespace,
    ACTIONS(87), 1,
      sym_event_kind,
    ACTIONS(91), 1,
      sym__start_tag_close,
    ACTIONS(114), 1,
      anon_sym_SLASH_GT,
    STATE(17), 2,
      sym_attribute,
      aux_sym_start_tag_repeat1,
    STATE(67), 2,
      sym_directive_name,
      sym_event_name,
  [659] = 2,
    ACTIONS(118), 1,
      anon_sym_LT,
    ACTIONS(120), 8,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      sym__start_tag_recovery,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [673] = 2,
    ACTIONS(122), 1,
      anon_sym_LT,
    ACTIONS(124), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [686] = 2,
    ACTIONS(126), 1,
      anon_sym_LT,
    ACTIONS(128), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [699] = 2,
    ACTIONS(130), 1,
      anon_sym_LT,
    ACTIONS(132), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [712] = 2,
    ACTIONS(134), 1,
      anon_sym_LT,
    ACTIONS(136), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [725] = 2,
    ACTIONS(134), 1,
      anon_sym_LT,
    ACTIONS(136), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [738] = 2,
    ACTIONS(138), 1,
      anon_sym_LT,
    ACTIONS(140), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [751] = 2,
    ACTIONS(142), 1,
      anon_sym_LT,
    ACTIONS(144), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [764] = 2,
    ACTIONS(146), 1,
      anon_sym_LT,
    ACTIONS(148), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [777] = 2,
    ACTIONS(150), 1,
      anon_sym_LT,
    ACTIONS(152), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [790] = 2,
    ACTIONS(154), 1,
      anon_sym_LT,
    ACTIONS(156), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [803] = 2,
    ACTIONS(158), 1,
      anon_sym_LT,
    ACTIONS(160), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [816] = 2,
    ACTIONS(162), 1,
      anon_sym_LT,
    ACTIONS(164), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [829] = 2,
    ACTIONS(162), 1,
      anon_sym_LT,
    ACTIONS(164), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [842] = 2,
    ACTIONS(150), 1,
      anon_sym_LT,
    ACTIONS(152), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [855] = 2,
    ACTIONS(150), 1,
      anon_sym_LT,
    ACTIONS(152), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [868] = 2,
    ACTIONS(166), 1,
      anon_sym_LT,
    ACTIONS(168), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [881] = 2,
    ACTIONS(150), 1,
      anon_sym_LT,
    ACTIONS(152), 7,
      sym__implicit_end_tag,
      sym_text,
      sym_comment,
      anon_sym_LT_SLASH,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [894] = 1,
    ACTIONS(136), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [904] = 1,
    ACTIONS(152), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [914] = 1,
    ACTIONS(144), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [924] = 1,
    ACTIONS(156), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [934] = 1,
    ACTIONS(148), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [944] = 1,
    ACTIONS(168), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [954] = 1,
    ACTIONS(160), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [964] = 1,
    ACTIONS(164), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [974] = 1,
    ACTIONS(164), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [984] = 1,
    ACTIONS(132), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [994] = 5,
    ACTIONS(170), 1,
      anon_sym_DQUOTE,
    ACTIONS(172), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(174), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(176), 2,
      sym__dq_value_fragment,
      sym_entity,
    STATE(53), 2,
      sym__dq_interpolation,
      aux_sym_quoted_attribute_value_repeat1,
  [1012] = 5,
    ACTIONS(170), 1,
      anon_sym_SQUOTE,
    ACTIONS(178), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(180), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(182), 2,
      sym__sq_value_fragment,
      sym_entity,
    STATE(54), 2,
      sym__sq_interpolation,
      aux_sym_quoted_attribute_value_repeat2,
  [1030] = 5,
    ACTIONS(172), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(174), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(184), 1,
      anon_sym_DQUOTE,
    ACTIONS(186), 2,
      sym__dq_value_fragment,
      sym_entity,
    STATE(55), 2,
      sym__dq_interpolation,
      aux_sym_quoted_attribute_value_repeat1,
  [1048] = 5,
    ACTIONS(178), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(180), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(184), 1,
      anon_sym_SQUOTE,
    ACTIONS(188), 2,
      sym__sq_value_fragment,
      sym_entity,
    STATE(57), 2,
      sym__sq_interpolation,
      aux_sym_quoted_attribute_value_repeat2,
  [1066] = 5,
    ACTIONS(190), 1,
      anon_sym_DQUOTE,
    ACTIONS(192), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(195), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(198), 2,
      sym__dq_value_fragment,
      sym_entity,
    STATE(55), 2,
      sym__dq_interpolation,
      aux_sym_quoted_attribute_value_repeat1,
  [1084] = 1,
    ACTIONS(140), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1094] = 5,
    ACTIONS(201), 1,
      anon_sym_SQUOTE,
    ACTIONS(203), 1,
      anon_sym_LBRACE_LBRACE,
    ACTIONS(206), 1,
      anon_sym_LBRACE_EQ,
    ACTIONS(209), 2,
      sym__sq_value_fragment,
      sym_entity,
    STATE(57), 2,
      sym__sq_interpolation,
      aux_sym_quoted_attribute_value_repeat2,
  [1112] = 1,
    ACTIONS(128), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1122] = 1,
    ACTIONS(136), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1132] = 1,
    ACTIONS(124), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1142] = 1,
    ACTIONS(152), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1152] = 1,
    ACTIONS(152), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1162] = 1,
    ACTIONS(152), 7,
      sym_text,
      sym_comment,
      ts_builtin_sym_end,
      anon_sym_LT,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1172] = 2,
    ACTIONS(212), 2,
      anon_sym_SLASH_GT,
      anon_sym_EQ,
    ACTIONS(214), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1183] = 2,
    ACTIONS(216), 2,
      anon_sym_SLASH_GT,
      anon_sym_EQ,
    ACTIONS(218), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1194] = 2,
    ACTIONS(220), 2,
      anon_sym_SLASH_GT,
      anon_sym_EQ,
    ACTIONS(222), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1205] = 3,
    ACTIONS(224), 1,
      anon_sym_SLASH_GT,
    ACTIONS(226), 1,
      anon_sym_EQ,
    ACTIONS(228), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1218] = 2,
    ACTIONS(230), 2,
      anon_sym_SLASH_GT,
      anon_sym_EQ,
    ACTIONS(232), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1229] = 2,
    ACTIONS(234), 2,
      anon_sym_SLASH_GT,
      anon_sym_EQ,
    ACTIONS(236), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1240] = 1,
    ACTIONS(238), 5,
      sym__sq_value_fragment,
      anon_sym_SQUOTE,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1248] = 2,
    ACTIONS(240), 1,
      anon_sym_SLASH_GT,
    ACTIONS(242), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1258] = 1,
    ACTIONS(244), 5,
      sym__sq_value_fragment,
      anon_sym_SQUOTE,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1266] = 1,
    ACTIONS(246), 5,
      sym__dq_value_fragment,
      anon_sym_DQUOTE,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1274] = 5,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(248), 1,
      sym__implicit_end_tag,
    ACTIONS(250), 1,
      sym_raw_text,
    ACTIONS(252), 1,
      sym__start_tag_recovery,
    STATE(59), 1,
      sym_end_tag,
  [1290] = 1,
    ACTIONS(254), 5,
      sym__dq_value_fragment,
      anon_sym_DQUOTE,
      anon_sym_LBRACE_LBRACE,
      anon_sym_LBRACE_EQ,
      sym_entity,
  [1298] = 5,
    ACTIONS(256), 1,
      sym_attribute_value,
    ACTIONS(258), 1,
      anon_sym_DQUOTE,
    ACTIONS(260), 1,
      anon_sym_SQUOTE,
    ACTIONS(262), 1,
      sym__missing_attribute_value,
    STATE(78), 1,
      sym_quoted_attribute_value,
  [1314] = 5,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(264), 1,
      sym__implicit_end_tag,
    ACTIONS(266), 1,
      sym_raw_text,
    ACTIONS(268), 1,
      sym__start_tag_recovery,
    STATE(27), 1,
      sym_end_tag,
  [1330] = 2,
    ACTIONS(270), 1,
      anon_sym_SLASH_GT,
    ACTIONS(272), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1340] = 2,
    ACTIONS(274), 1,
      anon_sym_SLASH_GT,
    ACTIONS(276), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1350] = 2,
    ACTIONS(278), 1,
      anon_sym_SLASH_GT,
    ACTIONS(280), 4,
      sym__start_tag_close,
      sym_directive_namespace,
      sym_event_kind,
      sym_attribute_name,
  [1360] = 4,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(282), 1,
      sym__implicit_end_tag,
    ACTIONS(284), 1,
      sym_raw_text,
    STATE(42), 1,
      sym_end_tag,
  [1373] = 4,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(286), 1,
      sym__implicit_end_tag,
    ACTIONS(288), 1,
      sym_raw_text,
    STATE(32), 1,
      sym_end_tag,
  [1386] = 1,
    ACTIONS(290), 4,
      sym__implicit_end_tag,
      sym_raw_text,
      sym__start_tag_recovery,
      anon_sym_LT_SLASH,
  [1393] = 1,
    ACTIONS(292), 4,
      sym__implicit_end_tag,
      sym_raw_text,
      sym__start_tag_recovery,
      anon_sym_LT_SLASH,
  [1400] = 3,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(294), 1,
      sym__implicit_end_tag,
    STATE(38), 1,
      sym_end_tag,
  [1410] = 3,
    ACTIONS(296), 1,
      anon_sym_COLON,
    ACTIONS(298), 1,
      aux_sym_directive_key_token1,
    STATE(66), 1,
      sym_event_type,
  [1420] = 3,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(300), 1,
      sym__implicit_end_tag,
    STATE(49), 1,
      sym_end_tag,
  [1430] = 3,
    ACTIONS(15), 1,
      anon_sym_LT_SLASH,
    ACTIONS(302), 1,
      sym__implicit_end_tag,
    STATE(36), 1,
      sym_end_tag,
  [1440] = 3,
    ACTIONS(27), 1,
      anon_sym_LT_SLASH,
    ACTIONS(304), 1,
      sym__implicit_end_tag,
    STATE(62), 1,
      sym_end_tag,
  [1450] = 2,
    ACTIONS(306), 1,
      anon_sym_RBRACE_RBRACE,
    ACTIONS(308), 1,
      sym__text_expression,
  [1457] = 2,
    ACTIONS(310), 1,
      anon_sym_EQ_RBRACE,
    ACTIONS(312), 1,
      sym__sq_expression,
  [1464] = 2,
    ACTIONS(314), 1,
      anon_sym_RBRACE_RBRACE,
    ACTIONS(316), 1,
      sym__text_expression,
  [1471] = 2,
    ACTIONS(306), 1,
      anon_sym_EQ_RBRACE,
    ACTIONS(318), 1,
      sym__text_expression,
  [1478] = 2,
    ACTIONS(314), 1,
      anon_sym_EQ_RBRACE,
    ACTIONS(320), 1,
      sym__text_expression,
  [1485] = 2,
    ACTIONS(322), 1,
      aux_sym_directive_key_token1,
    STATE(69), 1,
      sym_directive_key,
  [1492] = 2,
    ACTIONS(298), 1,
      aux_sym_directive_key_token1,
    STATE(64), 1,
      sym_event_type,
  [1499] = 2,
    ACTIONS(324), 1,
      sym__start_tag_name,
    ACTIONS(326), 1,
      sym__script_start_tag_name,
  [1506] = 1,
    ACTIONS(328), 2,
      anon_sym_COLON,
      anon_sym_DASH,
  [1511] = 2,
    ACTIONS(330), 1,
      anon_sym_EQ_RBRACE,
    ACTIONS(332), 1,
      sym__dq_expression,
  [1518] = 2,
    ACTIONS(310), 1,
      anon_sym_RBRACE_RBRACE,
    ACTIONS(334), 1,
      sym__sq_expression,
  [1525] = 2,
    ACTIONS(330), 1,
      anon_sym_RBRACE_RBRACE,
    ACTIONS(336), 1,
      sym__dq_expression,
  [1532] = 2,
    ACTIONS(338), 1,
      sym__start_tag_name,
    ACTIONS(340), 1,
      sym__script_start_tag_name,
  [1539] = 1,
    ACTIONS(342), 1,
      anon_sym_RBRACE_RBRACE,
  [1543] = 1,
    ACTIONS(344), 1,
      sym__end_tag_name,
  [1547] = 1,
    ACTIONS(346), 1,
      ts_builtin_sym_end,
  [1551] = 1,
    ACTIONS(342), 1,
      anon_sym_EQ_RBRACE,
  [1555] = 1,
    ACTIONS(348), 1,
      anon_sym_RBRACE_RBRACE,
  [1559] = 1,
    ACTIONS(350), 1,
      anon_sym_EQ_RBRACE,
  [1563] = 1,
    ACTIONS(350), 1,
      anon_sym_RBRACE_RBRACE,
  [1567] = 1,
    ACTIONS(352), 1,
      anon_sym_EQ_RBRACE,
  [1571] = 1,
    ACTIONS(352), 1,
      anon_sym_RBRACE_RBRACE,
  [1575] = 1,
    ACTIONS(354), 1,
      anon_sym_GT,
  [1579] = 1,
    ACTIONS(356), 1,
      anon_sym_GT,
  [1583] = 1,
    ACTIONS(348), 1,
      anon_sym_EQ_RBRACE,
  [1587] = 1,
    ACTIONS(358), 1,
      sym__end_tag_name,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 43,
  [SMALL_STATE(4)] = 86,
  [SMALL_STATE(5)] = 126,
  [SMALL_STATE(6)] = 166,
  [SMALL_STATE(7)] = 206,
  [SMALL_STATE(8)] = 246,
  [SMALL_STATE(9)] = 286,
  [SMALL_STATE(10)] = 326,
  [SMALL_STATE(11)] = 361,
  [SMALL_STATE(12)] = 395,
  [SMALL_STATE(13)] = 429,
  [SMALL_STATE(14)] = 453,
  [SMALL_STATE(15)] = 477,
  [SMALL_STATE(16)] = 501,
  [SMALL_STATE(17)] = 515,
  [SMALL_STATE(18)] = 539,
  [SMALL_STATE(19)] = 563,
  [SMALL_STATE(20)] = 587,
  [SMALL_STATE(21)] = 611,
  [SMALL_STATE(22)] = 635,
  [SMALL_STATE(23)] = 659,
  [SMALL_STATE(24)] = 673,
  [SMALL_STATE(25)] = 686,
  [SMALL_STATE(26)] = 699,
  [SMALL_STATE(27)] = 712,
  [SMALL_STATE(28)] = 725,
  [SMALL_STATE(29)] = 738,
  [SMALL_STATE(30)] = 751,
  [SMALL_STATE(31)] = 764,
  [SMALL_STATE(32)] = 777,
  [SMALL_STATE(33)] = 790,
  [SMALL_STATE(34)] = 803,
  [SMALL_STATE(35)] = 816,
  [SMALL_STATE(36)] = 829,
  [SMALL_STATE(37)] = 842,
  [SMALL_STATE(38)] = 855,
  [SMALL_STATE(39)] = 868,
  [SMALL_STATE(40)] = 881,
  [SMALL_STATE(41)] = 894,
  [SMALL_STATE(42)] = 904,
  [SMALL_STATE(43)] = 914,
  [SMALL_STATE(44)] = 924,
  [SMALL_STATE(45)] = 934,
  [SMALL_STATE(46)] = 944,
  [SMALL_STATE(47)] = 954,
  [SMALL_STATE(48)] = 964,
  [SMALL_STATE(49)] = 974,
  [SMALL_STATE(50)] = 984,
  [SMALL_STATE(51)] = 994,
  [SMALL_STATE(52)] = 1012,
  [SMALL_STATE(53)] = 1030,
  [SMALL_STATE(54)] = 1048,
  [SMALL_STATE(55)] = 1066,
  [SMALL_STATE(56)] = 1084,
  [SMALL_STATE(57)] = 1094,
  [SMALL_STATE(58)] = 1112,
  [SMALL_STATE(59)] = 1122,
  [SMALL_STATE(60)] = 1132,
  [SMALL_STATE(61)] = 1142,
  [SMALL_STATE(62)] = 1152,
  [SMALL_STATE(63)] = 1162,
  [SMALL_STATE(64)] = 1172,
  [SMALL_STATE(65)] = 1183,
  [SMALL_STATE(66)] = 1194,
  [SMALL_STATE(67)] = 1205,
  [SMALL_STATE(68)] = 1218,
  [SMALL_STATE(69)] = 1229,
  [SMALL_STATE(70)] = 1240,
  [SMALL_STATE(71)] = 1248,
  [SMALL_STATE(72)] = 1258,
  [SMALL_STATE(73)] = 1266,
  [SMALL_STATE(74)] = 1274,
  [SMALL_STATE(75)] = 1290,
  [SMALL_STATE(76)] = 1298,
  [SMALL_STATE(77)] = 1314,
  [SMALL_STATE(78)] = 1330,
  [SMALL_STATE(79)] = 1340,
  [SMALL_STATE(80)] = 1350,
  [SMALL_STATE(81)] = 1360,
  [SMALL_STATE(82)] = 1373,
  [SMALL_STATE(83)] = 1386,
  [SMALL_STATE(84)] = 1393,
  [SMALL_STATE(85)] = 1400,
  [SMALL_STATE(86)] = 1410,
  [SMALL_STATE(87)] = 1420,
  [SMALL_STATE(88)] = 1430,
  [SMALL_STATE(89)] = 1440,
  [SMALL_STATE(90)] = 1450,
  [SMALL_STATE(91)] = 1457,
  [SMALL_STATE(92)] = 1464,
  [SMALL_STATE(93)] = 1471,
  [SMALL_STATE(94)] = 1478,
  [SMALL_STATE(95)] = 1485,
  [SMALL_STATE(96)] = 1492,
  [SMALL_STATE(97)] = 1499,
  [SMALL_STATE(98)] = 1506,
  [SMALL_STATE(99)] = 1511,
  [SMALL_STATE(100)] = 1518,
  [SMALL_STATE(101)] = 1525,
  [SMALL_STATE(102)] = 1532,
  [SMALL_STATE(103)] = 1539,
  [SMALL_STATE(104)] = 1543,
  [SMALL_STATE(105)] = 1547,
  [SMALL_STATE(106)] = 1551,
  [SMALL_STATE(107)] = 1555,
  [SMALL_STATE(108)] = 1559,
  [SMALL_STATE(109)] = 1563,
  [SMALL_STATE(110)] = 1567,
  [SMALL_STATE(111)] = 1571,
  [SMALL_STATE(112)] = 1575,
  [SMALL_STATE(113)] = 1579,
  [SMALL_STATE(114)] = 1583,
  [SMALL_STATE(115)] = 1587,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [49] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(102),
  [52] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [54] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [57] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [60] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1, 0, 0),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [67] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [70] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [73] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [76] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [89] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_start_tag, 4, 0, 2),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_start_tag, 4, 0, 2),
  [99] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_start_tag_repeat1, 2, 0, 0),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(67),
  [104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_start_tag_repeat1, 2, 0, 0),
  [106] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(98),
  [109] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_start_tag_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [114] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [116] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [118] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_start_tag, 3, 0, 2),
  [120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_start_tag, 3, 0, 2),
  [122] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_interpolation, 2, 0, 0),
  [124] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_interpolation, 2, 0, 0),
  [126] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_element, 2, 0, 0),
  [128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_element, 2, 0, 0),
  [130] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_element, 1, 0, 0),
  [132] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_element, 1, 0, 0),
  [134] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_script_element, 2, 0, 1),
  [136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_script_element, 2, 0, 1),
  [138] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_self_closing_tag, 3, 0, 2),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_closing_tag, 3, 0, 2),
  [142] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_interpolation, 3, 0, 0),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_interpolation, 3, 0, 0),
  [146] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_element, 3, 0, 0),
  [148] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_element, 3, 0, 0),
  [150] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_script_element, 3, 0, 1),
  [152] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_script_element, 3, 0, 1),
  [154] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_self_closing_tag, 4, 0, 2),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_closing_tag, 4, 0, 2),
  [158] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_end_tag, 3, 0, 2),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_end_tag, 3, 0, 2),
  [162] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_script_element, 4, 0, 1),
  [164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_script_element, 4, 0, 1),
  [166] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_element, 4, 0, 0),
  [168] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_element, 4, 0, 0),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat1, 2, 0, 0),
  [192] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [195] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [198] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat1, 2, 0, 0), SHIFT_REPEAT(55),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat2, 2, 0, 0),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat2, 2, 0, 0), SHIFT_REPEAT(100),
  [206] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat2, 2, 0, 0), SHIFT_REPEAT(91),
  [209] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_quoted_attribute_value_repeat2, 2, 0, 0), SHIFT_REPEAT(57),
  [212] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_event_name, 3, 0, 0),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_event_name, 3, 0, 0),
  [216] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_event_type, 1, 0, 0),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_event_type, 1, 0, 0),
  [220] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_event_name, 2, 0, 0),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_event_name, 2, 0, 0),
  [224] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attribute, 1, 0, 3),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 1, 0, 3),
  [230] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive_key, 1, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive_key, 1, 0, 0),
  [234] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive_name, 3, 0, 0),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive_name, 3, 0, 0),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__sq_interpolation, 3, 0, 0),
  [240] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quoted_attribute_value, 3, 0, 0),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quoted_attribute_value, 3, 0, 0),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__sq_interpolation, 2, 0, 0),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__dq_interpolation, 2, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__dq_interpolation, 3, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [258] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [270] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attribute, 3, 0, 4),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, 0, 4),
  [274] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attribute, 3, 0, 3),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, 0, 3),
  [278] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quoted_attribute_value, 2, 0, 0),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quoted_attribute_value, 2, 0, 0),
  [282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__script_start_tag, 4, 0, 2),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__script_start_tag, 3, 0, 2),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [296] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [346] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__start_tag_name = 0,
  ts_external_token__script_start_tag_name = 1,
  ts_external_token__end_tag_name = 2,
  ts_external_token__start_tag_close = 3,
  ts_external_token_SLASH_GT = 4,
  ts_external_token__implicit_end_tag = 5,
  ts_external_token_raw_text = 6,
  ts_external_token_text = 7,
  ts_external_token_comment = 8,
  ts_external_token__text_expression = 9,
  ts_external_token__dq_expression = 10,
  ts_external_token__sq_expression = 11,
  ts_external_token__dq_value_fragment = 12,
  ts_external_token__sq_value_fragment = 13,
  ts_external_token_directive_namespace = 14,
  ts_external_token_event_kind = 15,
  ts_external_token__start_tag_recovery = 16,
  ts_external_token__erroneous_end_tag_name = 17,
  ts_external_token__missing_attribute_value = 18,
  ts_external_token__error_sentinel = 19,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__start_tag_name] = sym__start_tag_name,
  [ts_external_token__script_start_tag_name] = sym__script_start_tag_name,
  [ts_external_token__end_tag_name] = sym__end_tag_name,
  [ts_external_token__start_tag_close] = sym__start_tag_close,
  [ts_external_token_SLASH_GT] = anon_sym_SLASH_GT,
  [ts_external_token__implicit_end_tag] = sym__implicit_end_tag,
  [ts_external_token_raw_text] = sym_raw_text,
  [ts_external_token_text] = sym_text,
  [ts_external_token_comment] = sym_comment,
  [ts_external_token__text_expression] = sym__text_expression,
  [ts_external_token__dq_expression] = sym__dq_expression,
  [ts_external_token__sq_expression] = sym__sq_expression,
  [ts_external_token__dq_value_fragment] = sym__dq_value_fragment,
  [ts_external_token__sq_value_fragment] = sym__sq_value_fragment,
  [ts_external_token_directive_namespace] = sym_directive_namespace,
  [ts_external_token_event_kind] = sym_event_kind,
  [ts_external_token__start_tag_recovery] = sym__start_tag_recovery,
  [ts_external_token__erroneous_end_tag_name] = sym__erroneous_end_tag_name,
  [ts_external_token__missing_attribute_value] = sym__missing_attribute_value,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[17][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__start_tag_name] = true,
    [ts_external_token__script_start_tag_name] = true,
    [ts_external_token__end_tag_name] = true,
    [ts_external_token__start_tag_close] = true,
    [ts_external_token_SLASH_GT] = true,
    [ts_external_token__implicit_end_tag] = true,
    [ts_external_token_raw_text] = true,
    [ts_external_token_text] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__text_expression] = true,
    [ts_external_token__dq_expression] = true,
    [ts_external_token__sq_expression] = true,
    [ts_external_token__dq_value_fragment] = true,
    [ts_external_token__sq_value_fragment] = true,
    [ts_external_token_directive_namespace] = true,
    [ts_external_token_event_kind] = true,
    [ts_external_token__start_tag_recovery] = true,
    [ts_external_token__erroneous_end_tag_name] = true,
    [ts_external_token__missing_attribute_value] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_text] = true,
    [ts_external_token_comment] = true,
  },
  [3] = {
    [ts_external_token__implicit_end_tag] = true,
    [ts_external_token_text] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__start_tag_recovery] = true,
  },
  [4] = {
    [ts_external_token__implicit_end_tag] = true,
    [ts_external_token_text] = true,
    [ts_external_token_comment] = true,
  },
  [5] = {
    [ts_external_token__start_tag_close] = true,
    [ts_external_token_SLASH_GT] = true,
    [ts_external_token_directive_namespace] = true,
    [ts_external_token_event_kind] = true,
  },
  [6] = {
    [ts_external_token__dq_value_fragment] = true,
  },
  [7] = {
    [ts_external_token__sq_value_fragment] = true,
  },
  [8] = {
    [ts_external_token__implicit_end_tag] = true,
    [ts_external_token_raw_text] = true,
    [ts_external_token__start_tag_recovery] = true,
  },
  [9] = {
    [ts_external_token__missing_attribute_value] = true,
  },
  [10] = {
    [ts_external_token__implicit_end_tag] = true,
    [ts_external_token_raw_text] = true,
  },
  [11] = {
    [ts_external_token__implicit_end_tag] = true,
  },
  [12] = {
    [ts_external_token__text_expression] = true,
  },
  [13] = {
    [ts_external_token__sq_expression] = true,
  },
  [14] = {
    [ts_external_token__start_tag_name] = true,
    [ts_external_token__script_start_tag_name] = true,
  },
  [15] = {
    [ts_external_token__dq_expression] = true,
  },
  [16] = {
    [ts_external_token__end_tag_name] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_wxml_external_scanner_create(void);
void tree_sitter_wxml_external_scanner_destroy(void *);
bool tree_sitter_wxml_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_wxml_external_scanner_serialize(void *, char *);
void tree_sitter_wxml_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_wxml(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_wxml_external_scanner_create,
      tree_sitter_wxml_external_scanner_destroy,
      tree_sitter_wxml_external_scanner_scan,
      tree_sitter_wxml_external_scanner_serialize,
      tree_sitter_wxml_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
