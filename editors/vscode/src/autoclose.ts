// Closing-tag completion for templates: after `>` ends a start tag, which closing tag to insert.
// Pure string logic (no 'vscode' import) so it is unit-tested on plain node.

/** Start tag ending exactly at the end of `text`: `<name` + attributes (quotes balanced) + `>`. */
const START_TAG_AT_END = /<([A-Za-z][\w\-.:]*)(?:\s(?:[^<>"'{]|"[^"]*"|'[^']*'|\{\{[^}]*\}\})*)?>$/;

/**
 * `textBefore` is the document text up to and including a `>` just typed. Returns the tag name
 * to close (`view` for `<view class="a">`), or undefined when nothing should be inserted:
 * self-closing tags, end tags, comments, `>` inside a quoted value or a `{{ }}` expression.
 */
export function tagToClose(textBefore: string, textAfter = ''): string | undefined {
  if (!textBefore.endsWith('>') || textBefore.endsWith('/>') || textBefore.endsWith('->')) {
    return undefined;
  }
  // Inside a comment that is still open?
  const lastCommentOpen = textBefore.lastIndexOf('<!--');
  if (lastCommentOpen >= 0 && textBefore.indexOf('-->', lastCommentOpen) < 0) {
    return undefined;
  }
  // Only look at the last start tag: from the last '<' that begins a tag name.
  const m = START_TAG_AT_END.exec(textBefore.slice(Math.max(0, textBefore.length - 4000)));
  if (!m) {
    return undefined;
  }
  const name = m[1];
  // Inside an inline <wxs>/<sjs> script, '>' is JavaScript.
  for (const script of ['wxs', 'sjs', 'filter', 'import-sjs']) {
    const open = textBefore.lastIndexOf(`<${script}`, textBefore.length - m[0].length - 1);
    if (open >= 0 && textBefore.indexOf(`</${script}`, open) < 0 && !/^<[^>]*\/>/.test(textBefore.slice(open))) {
      return undefined;
    }
  }
  // Already closed right after the cursor (e.g. the user retyped '>').
  if (new RegExp(`^\\s*</${name.replace(/[.]/g, '\\.')}\\s*>`).test(textAfter)) {
    return undefined;
  }
  return name;
}
