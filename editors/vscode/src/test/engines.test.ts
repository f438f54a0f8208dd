// WeChat DevTools offers the VS Code 1.46 API: the extension must ask for no more, build against
// 1.46's types (so a newer API does not compile), and ship a language client that runs there.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const readJSON = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The lowest version a caret range such as ^1.41.0 accepts, as [major, minor]. */
function lowest(range: string): [number, number] {
  const m = /^\^?(\d+)\.(\d+)\.\d+$/.exec(range);
  assert.ok(m, `not a ^x.y.z range: ${range}`);
  return [Number(m[1]), Number(m[2])];
}

test('engines.vscode is ^1.46.0 and @types/vscode is 1.46.0', () => {
  const pkg = readJSON(path.join(root, 'package.json'));
  assert.equal(pkg.engines.vscode, '^1.46.0');
  assert.equal(pkg.devDependencies['@types/vscode'], '1.46.0');
});

test('the language client asks for no VS Code newer than 1.46', () => {
  const client = readJSON(path.join(root, 'node_modules', 'vscode-languageclient', 'package.json'));
  const [major, minor] = lowest(client.engines.vscode);
  assert.ok(major === 1 && minor <= 46, `vscode-languageclient ${client.version} needs VS Code ${client.engines.vscode}`);
});

test('the compiled extension uses no syntax newer than Node 12 (VS Code 1.46)', () => {
  for (const f of ['extension.js', 'config.js', 'autoclose.js', 'notes.js']) {
    const js = fs.readFileSync(path.join(root, 'out', f), 'utf8');
    assert.ok(!/\?\.[\w[(]|\?\?/.test(js.replace(/\/\/.*$/gm, '')), `${f} has ?. or ?? (ES2020): compile with target ES2019`);
  }
});
