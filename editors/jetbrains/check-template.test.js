// Checks the LSP4IJ template: its JSON parses, it maps the five template extensions, and the
// settings (workspace/configuration answer) agree with the initialization options.
// Run: node --test editors/jetbrains/
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'lsp4ij-template', 'mpls');
const read = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

test('template.json names the server, its command and the template file patterns', () => {
  const t = read('template.json');
  assert.equal(t.id, 'mpls');
  assert.ok(t.name);
  assert.match(t.programArgs.default, /^mpls serve$/);
  assert.match(t.programArgs.windows, /^mpls\.exe serve$/);
  const byPattern = new Map();
  for (const m of t.fileTypeMappings) {
    assert.ok(Array.isArray(m.fileType.patterns) && m.fileType.patterns.length > 0, JSON.stringify(m));
    assert.ok(m.languageId, JSON.stringify(m));
    for (const p of m.fileType.patterns) {
      byPattern.set(p, m.languageId);
    }
  }
  for (const ext of ['wxml', 'ttml', 'axml', 'swan', 'qml']) {
    assert.equal(byPattern.get(`*.${ext}`), ext, `*.${ext}`);
  }
});

test('settings.json wraps the same object initializationOptions.json sends', () => {
  const settings = read('settings.json');
  const init = read('initializationOptions.json');
  assert.deepEqual(Object.keys(settings), ['mpls']);
  assert.deepEqual(settings.mpls, init);
  const allowed = new Set(['platform', 'locale', 'rules', 'lexicon', 'ignore']);
  for (const k of Object.keys(init)) {
    assert.ok(allowed.has(k), `unknown key ${k}`);
  }
  assert.ok(['zh-CN', 'en'].includes(init.locale));
});

test('the README snippets are valid JSON', () => {
  const md = fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8');
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length > 0);
  for (const b of blocks) {
    const j = JSON.parse(b);
    assert.ok(j.mpls, 'settings snippets keep the "mpls" key');
  }
});
