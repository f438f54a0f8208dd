// The submission notes and privacy declaration commands: which server command each palette
// entry asks for, with which arguments, and what counts as an answer.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandArguments, markdownOf, NOTE_COMMANDS } from '../notes';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('each server command has a palette entry of another id, activating the extension', () => {
  assert.deepEqual(
    NOTE_COMMANDS.map((c) => c.server),
    ['mpls.submissionNotes', 'mpls.privacyDeclaration'],
  );
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command);
  for (const c of NOTE_COMMANDS) {
    // the language client registers the server's ids itself: the same id would clash
    assert.notEqual(c.id, c.server);
    assert.ok(contributed.includes(c.id), `${c.id} is not in contributes.commands`);
    assert.ok(pkg.activationEvents.includes(`onCommand:${c.id}`), `no onCommand:${c.id} (VS Code before 1.74 needs it)`);
  }
});

test('arguments: the active file, else none', () => {
  assert.deepEqual(commandArguments({ scheme: 'file', uri: 'file:///w/pages/a/a.js' }), ['file:///w/pages/a/a.js']);
  assert.deepEqual(commandArguments({ scheme: 'untitled', uri: 'untitled:Untitled-1' }), []);
  assert.deepEqual(commandArguments(undefined), []);
});

test('answer: Markdown text, anything else an error', () => {
  assert.equal(markdownOf('mpls.submissionNotes', '# 提审说明'), '# 提审说明');
  assert.throws(() => markdownOf('mpls.submissionNotes', null), /mpls.submissionNotes returned null/);
  assert.throws(() => markdownOf('mpls.submissionNotes', ''), /not Markdown/);
});
