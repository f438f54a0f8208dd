/**
 * @file Tree-sitter grammar for mini-program templates: WeChat .wxml,
 *       Douyin .ttml, Alipay .axml, Baidu .swan and QQ .qml.
 *
 * The lexical work that a context-free lexer cannot do (tag stack and
 * implicit end tags, raw script bodies, text runs, `{{ ... }}` bodies,
 * directive and event attribute prefixes) lives in src/scanner.c.
 */

/* eslint-disable arrow-parens, camelcase */
/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;

module.exports = grammar({
  name: 'wxml',

  extras: _ => [/[\s\uFEFF]+/],

  externals: $ => [
    $._start_tag_name,
    $._script_start_tag_name,
    $._end_tag_name,
    $._start_tag_close,
    '/>',
    $._implicit_end_tag,
    $.raw_text,
    $.text,
    $.comment,
    $._text_expression,
    $._dq_expression,
    $._sq_expression,
    $._dq_value_fragment,
    $._sq_value_fragment,
    $.directive_namespace,
    $.event_kind,
    $._start_tag_recovery,
    $._erroneous_end_tag_name,
    $._missing_attribute_value,
    $._error_sentinel,
  ],

  rules: {
    document: $ => repeat($._node),

    _node: $ => choice(
      $.element,
      $.script_element,
      $.text,
      $.interpolation,
      $.comment,
      $.entity,
    ),

    element: $ => choice(
      seq(
        $.start_tag,
        optional($._start_tag_recovery),
        repeat($._node),
        choice($.end_tag, $._implicit_end_tag),
      ),
      $.self_closing_tag,
    ),

    script_element: $ => seq(
      alias($._script_start_tag, $.start_tag),
      optional($._start_tag_recovery),
      optional($.raw_text),
      choice($.end_tag, $._implicit_end_tag),
    ),

    start_tag: $ => seq(
      '<',
      field('name', alias($._start_tag_name, $.tag_name)),
      repeat($.attribute),
      alias($._start_tag_close, '>'),
    ),

    _script_start_tag: $ => seq(
      '<',
      field('name', alias($._script_start_tag_name, $.tag_name)),
      repeat($.attribute),
      alias($._start_tag_close, '>'),
    ),

    self_closing_tag: $ => seq(
      '<',
      field('name', choice(
        alias($._start_tag_name, $.tag_name),
        alias($._script_start_tag_name, $.tag_name),
      )),
      repeat($.attribute),
      '/>',
    ),

    end_tag: $ => seq(
      '</',
      field('name', alias($._end_tag_name, $.tag_name)),
      '>',
    ),

    attribute: $ => seq(
      field('name', choice($.attribute_name, $.directive_name, $.event_name)),
      optional(seq(
        '=',
        choice(
          field('value', choice($.quoted_attribute_value, $.attribute_value)),
          // `bindtap=` running into the next line's tag: lets the missing
          // `>` be the one reported error (see src/scanner.c).
          $._missing_attribute_value,
        ),
      )),
    ),

    attribute_name: _ => /[^\s"'=<>\/{}]+/,

    // wx:if, tt:for, a:key, qq:elif, model:value, s-if, s-for-item ...
    directive_name: $ => seq(
      $.directive_namespace,
      choice(':', '-'),
      $.directive_key,
    ),

    directive_key: _ => /[^\s"'=<>\/{}:]+/,

    // bindtap, bind:tap, catchtap, capture-bind:tap, mut-bind:tap, onTap ...
    event_name: $ => seq(
      $.event_kind,
      optional(':'),
      $.event_type,
    ),

    event_type: _ => /[^\s"'=<>\/{}:]+/,

    // Unquoted value. Inside quotes, `attribute_value` nodes are the plain
    // text fragments between interpolations and entities.
    attribute_value: _ => /[^\s"'=<>`]+/,

    quoted_attribute_value: $ => choice(
      seq(
        '"',
        repeat(choice(
          alias($._dq_value_fragment, $.attribute_value),
          alias($._dq_interpolation, $.interpolation),
          $.entity,
        )),
        '"',
      ),
      seq(
        '\'',
        repeat(choice(
          alias($._sq_value_fragment, $.attribute_value),
          alias($._sq_interpolation, $.interpolation),
          $.entity,
        )),
        '\'',
      ),
    ),

    interpolation: $ => choice(
      seq('{{', optional(alias($._text_expression, $.expression)), '}}'),
      seq('{=', optional(alias($._text_expression, $.expression)), '=}'),
    ),

    _dq_interpolation: $ => choice(
      seq('{{', optional(alias($._dq_expression, $.expression)), '}}'),
      seq('{=', optional(alias($._dq_expression, $.expression)), '=}'),
    ),

    _sq_interpolation: $ => choice(
      seq('{{', optional(alias($._sq_expression, $.expression)), '}}'),
      seq('{=', optional(alias($._sq_expression, $.expression)), '=}'),
    ),

    entity: _ => ENTITY,
  },
});
