// Tokenizes sample templates with the extension's TextMate grammars (the same engine VS Code
// uses) and checks the scopes of tags, directives, events and {{ }} expressions.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.join(__dirname, '..', '..');
const syntaxes = path.join(root, 'syntaxes');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// VS Code brings its own source.js; a tiny stand-in is enough to see where JavaScript begins.
const fakeJs = {
  scopeName: 'source.js',
  patterns: [
    { match: '\\b(?:true|false|null)\\b', name: 'constant.language.js' },
    { match: '[A-Za-z_$][\\w$]*', name: 'variable.other.js' },
    { match: '[<>=!]=?|&&|\\|\\||[?:+*/-]', name: 'keyword.operator.js' },
  ],
};

async function registry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files: Record<string, string> = {};
  for (const g of manifest.contributes.grammars as Array<{ scopeName: string; path: string }>) {
    files[g.scopeName] = path.join(root, g.path);
  }
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'source.js') {
        return vsctm.parseRawGrammar(JSON.stringify(fakeJs), 'fake-js.json');
      }
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
}

let reg: Promise<vsctm.Registry> | undefined;

/** Tokens of a text as [text, scopes] pairs, one list per line. */
async function tokenize(scopeName: string, text: string): Promise<Array<Array<[string, string[]]>>> {
  reg ??= registry();
  const grammar = await (await reg).loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  let state = vsctm.INITIAL;
  const out: Array<Array<[string, string[]]>> = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes]));
    state = r.ruleStack;
  }
  return out;
}

function scopesOf(lines: Array<Array<[string, string[]]>>, text: string, nth = 0): string[] {
  const hits = lines.flat().filter(([t]) => t === text);
  assert.ok(hits.length > nth, `token ${JSON.stringify(text)} not found in ${JSON.stringify(lines.flat().map(([t]) => t))}`);
  return hits[nth][1];
}

function has(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
}

test('every contributed grammar file parses and names the scope it is registered under', () => {
  for (const g of manifest.contributes.grammars as Array<{ scopeName: string; path: string }>) {
    const json = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
    assert.equal(json.scopeName, g.scopeName, g.path);
  }
  const langs = (manifest.contributes.languages as Array<{ id: string }>).map((l) => l.id);
  for (const id of ['wxml', 'ttml', 'axml', 'swan', 'qml']) {
    assert.ok(langs.includes(id), `language ${id}`);
    assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), `activation on ${id}`);
  }
  assert.ok(fs.existsSync(path.join(syntaxes, 'mini-template.tmLanguage.json')));
});

test('wxml: tags, attributes, directives, events and {{ }}', async () => {
  const lines = await tokenize(
    'text.html.wxml',
    [
      '<!-- 登录 -->',
      '<view class="box {{ active ? \'on\' : \'\' }}" wx:if="{{ show }}" bindtap="onTap" catch:longpress="hold">',
      '  <button open-type="getPhoneNumber" bindgetphonenumber="getPhone">一键登录 {{ count }}</button>',
      '</view>',
    ].join('\n'),
  );
  assert.ok(has(scopesOf(lines, '<!--'), 'comment.block.html'));
  assert.ok(has(scopesOf(lines, 'view'), 'entity.name.tag'));
  assert.ok(has(scopesOf(lines, 'class'), 'entity.other.attribute-name'));
  assert.ok(has(scopesOf(lines, 'wx'), 'entity.other.attribute-name.namespace'));
  assert.ok(has(scopesOf(lines, 'if'), 'keyword.control.directive'));
  assert.ok(has(scopesOf(lines, 'bind'), 'storage.type.event'));
  assert.ok(has(scopesOf(lines, 'tap'), 'entity.other.attribute-name.event'));
  assert.ok(has(scopesOf(lines, 'catch'), 'storage.type.event'));
  assert.ok(has(scopesOf(lines, 'longpress'), 'entity.other.attribute-name.event'));
  assert.ok(has(scopesOf(lines, 'getphonenumber'), 'entity.other.attribute-name.event'));
  // {{ }} inside an attribute value and in text content are JavaScript.
  const show = scopesOf(lines, 'show');
  assert.ok(has(show, 'meta.embedded.expression.mini') && has(show, 'source.js') && has(show, 'variable.other.js'), show.join(' '));
  assert.ok(has(scopesOf(lines, 'active'), 'variable.other.js'));
  const count = scopesOf(lines, 'count');
  assert.ok(has(count, 'variable.other.js') && !has(count, 'string'), count.join(' '));
  assert.ok(has(scopesOf(lines, '{{'), 'punctuation.section.embedded.begin'));
  // Text is plain text.
  const label = scopesOf(lines, '一键登录 ');
  assert.deepEqual(label, ['text.html.wxml']);
});

test('directives of every platform', async () => {
  const cases: Array<[string, string, string]> = [
    ['text.html.ttml', '<view tt:for="{{list}}" tt:key="id">', 'tt'],
    ['text.html.axml', '<view a:if="{{ok}}" onTap="go" catchTap="stop">', 'a'],
    ['text.html.swan', '<view s-if="ok" s-for="item in list">', 's'],
    ['text.html.qml', '<view qq:if="{{ok}}">', 'qq'],
  ];
  for (const [scope, line, ns] of cases) {
    const lines = await tokenize(scope, line);
    assert.ok(has(scopesOf(lines, ns), 'entity.other.attribute-name.namespace'), `${scope}: ${ns}`);
    const directive = lines.flat().find(([, s]) => has(s, 'keyword.control.directive'));
    assert.ok(directive, `${scope}: a directive in ${line}`);
  }
  const alipay = await tokenize('text.html.axml', '<view onTap="go" catchTap="stop">');
  assert.ok(has(scopesOf(alipay, 'on'), 'storage.type.event'));
  assert.ok(has(scopesOf(alipay, 'Tap'), 'entity.other.attribute-name.event'));
  assert.ok(has(scopesOf(alipay, 'Tap', 1), 'entity.other.attribute-name.event'));
  // Look-alikes are plain attributes.
  const plain = await tokenize('text.html.wxml', '<view data-wx="1" bind="x" once="y" onload="z" wx="w">');
  for (const name of ['data-wx', 'bind', 'once', 'onload', 'wx']) {
    const s = scopesOf(plain, name);
    assert.ok(has(s, 'entity.other.attribute-name.mini') && !has(s, 'keyword.control.directive') && !has(s, 'storage.type.event'), `${name}: ${s.join(' ')}`);
  }
});

test('inline <wxs> and <sjs> bodies are JavaScript; self-closing ones are plain tags', async () => {
  const lines = await tokenize(
    'text.html.wxml',
    ['<wxs module="m">', 'var answer = true', '</wxs>', '<wxs src="./m.wxs" module="n" />', '<text>after</text>'].join('\n'),
  );
  const answer = scopesOf(lines, 'answer');
  assert.ok(has(answer, 'source.js.embedded.mini') && has(answer, 'variable.other.js'), answer.join(' '));
  assert.ok(has(scopesOf(lines, 'true'), 'constant.language.js'));
  const after = scopesOf(lines, 'after');
  assert.deepEqual(after, ['text.html.wxml']);
  const sjs = await tokenize('text.html.ttml', '<sjs module="s">const k = null</sjs><view/>');
  assert.ok(has(scopesOf(sjs, 'k'), 'source.js.embedded.mini'));
  assert.ok(has(scopesOf(sjs, 'view'), 'entity.name.tag'));
});
