// Unit tests of the extension's own logic. Run: npm test (node --test on the compiled JS).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  configurationItem,
  expandPath,
  localeFromDisplayLanguage,
  mapSettings,
  resolveServerBinary,
  serverArgs,
} from '../config';

const EXT = '/ext/mpls-0.1.0';

function fakeFs(files: string[]): (f: string) => boolean {
  const set = new Set(files);
  return (f) => set.has(f);
}

test('binary: mpls.path wins over bundled and PATH', () => {
  const r = resolveServerBinary({
    configuredPath: '/opt/mpls/bin/mpls',
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/usr/bin' },
    isExecutable: fakeFs(['/opt/mpls/bin/mpls', `${EXT}/bin/mpls`, '/usr/bin/mpls']),
  });
  assert.deepEqual(r, { ok: true, path: '/opt/mpls/bin/mpls', source: 'setting' });
});

test('binary: bundled bin/mpls when no setting', () => {
  const r = resolveServerBinary({
    configuredPath: '',
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/usr/bin' },
    isExecutable: fakeFs([`${EXT}/bin/mpls`, '/usr/bin/mpls']),
  });
  assert.deepEqual(r, { ok: true, path: `${EXT}/bin/mpls`, source: 'bundled' });
});

test('binary: PATH when nothing bundled, first PATH entry first', () => {
  const r = resolveServerBinary({
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/a::/b:/c' },
    isExecutable: fakeFs(['/b/mpls', '/c/mpls']),
  });
  assert.deepEqual(r, { ok: true, path: '/b/mpls', source: 'PATH' });
});

test('binary: a missing configured path is an error, not a silent fallback', () => {
  const r = resolveServerBinary({
    configuredPath: '/nowhere/mpls',
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/usr/bin' },
    isExecutable: fakeFs(['/usr/bin/mpls', `${EXT}/bin/mpls`]),
  });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.message, /mpls\.path/);
    assert.match(r.message, /\/nowhere\/mpls/);
  }
});

test('binary: nothing anywhere gives a clear message', () => {
  const r = resolveServerBinary({
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/usr/bin:/bin' },
    isExecutable: fakeFs([]),
  });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.message, /no language server binary found/);
    assert.match(r.message, /mpls\.path/);
    assert.deepEqual(r.tried, [`${EXT}/bin/mpls`, '/usr/bin/mpls', '/bin/mpls']);
  }
});

test('binary: relative and ~ paths, ${workspaceFolder}', () => {
  const base = { extensionPath: EXT, platform: 'linux' as const, env: { HOME: '/home/u', PATH: '' } };
  assert.deepEqual(
    resolveServerBinary({ ...base, configuredPath: './bin/mpls', workspaceFolder: '/ws', isExecutable: fakeFs(['/ws/bin/mpls']) }),
    { ok: true, path: '/ws/bin/mpls', source: 'setting' },
  );
  assert.deepEqual(
    resolveServerBinary({ ...base, configuredPath: '~/go/bin/mpls', isExecutable: fakeFs(['/home/u/go/bin/mpls']) }),
    { ok: true, path: '/home/u/go/bin/mpls', source: 'setting' },
  );
  assert.deepEqual(
    resolveServerBinary({
      ...base,
      configuredPath: '${workspaceFolder}/tools/mpls',
      workspaceFolder: '/ws',
      isExecutable: fakeFs(['/ws/tools/mpls']),
    }),
    { ok: true, path: '/ws/tools/mpls', source: 'setting' },
  );
});

test('binary: a bare command name in mpls.path is looked up on PATH', () => {
  const r = resolveServerBinary({
    configuredPath: 'mpls-nightly',
    extensionPath: EXT,
    platform: 'linux',
    env: { PATH: '/x:/y' },
    isExecutable: fakeFs(['/y/mpls-nightly']),
  });
  assert.deepEqual(r, { ok: true, path: '/y/mpls-nightly', source: 'setting' });
});

test('binary: Windows uses PATHEXT and ; separators', () => {
  const r = resolveServerBinary({
    extensionPath: 'C:\\ext',
    platform: 'win32',
    env: { PATH: 'C:\\tools;C:\\go\\bin', PATHEXT: '.COM;.EXE' },
    isExecutable: fakeFs(['C:\\go\\bin\\mpls.exe']),
  });
  assert.deepEqual(r, { ok: true, path: 'C:\\go\\bin\\mpls.exe', source: 'PATH' });
  const bundled = resolveServerBinary({
    extensionPath: 'C:\\ext',
    platform: 'win32',
    env: { PATH: '' },
    isExecutable: fakeFs(['C:\\ext\\bin\\mpls.exe']),
  });
  assert.deepEqual(bundled, { ok: true, path: 'C:\\ext\\bin\\mpls.exe', source: 'bundled' });
});

test('binary: the real file-system check needs the executable bit', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mpls-ext-test-'));
  try {
    fs.mkdirSync(path.join(dir, 'bin'));
    const bin = path.join(dir, 'bin', 'mpls');
    fs.writeFileSync(bin, '#!/bin/sh\n');
    fs.chmodSync(bin, 0o644);
    const notExec = resolveServerBinary({ extensionPath: dir, env: { PATH: '' } });
    assert.equal(notExec.ok, false);
    fs.chmodSync(bin, 0o755);
    assert.deepEqual(resolveServerBinary({ extensionPath: dir, env: { PATH: '' } }), { ok: true, path: bin, source: 'bundled' });
    // A directory named like the binary is not a binary.
    assert.equal(resolveServerBinary({ configuredPath: path.join(dir, 'bin'), extensionPath: '/none', env: { PATH: '' } }).ok, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('expandPath: env variables and home', () => {
  assert.equal(expandPath('${env:MPLS_HOME}/mpls', undefined, { MPLS_HOME: '/m', HOME: '/h' }), '/m/mpls');
  assert.equal(expandPath('${userHome}/x', undefined, { HOME: '/h' }), '/h/x');
  assert.equal(expandPath('  ~  ', undefined, { HOME: '/h' }), '/h');
});

test('serverArgs: serve, with debug logging when the trace is verbose', () => {
  assert.deepEqual(serverArgs(undefined), ['serve']);
  assert.deepEqual(serverArgs('messages'), ['serve']);
  assert.deepEqual(serverArgs('verbose'), ['serve', '--log-level', 'debug']);
});

test('settings: defaults', () => {
  const { settings, warnings } = mapSettings({ platform: 'auto', locale: 'auto', rules: {}, lexicon: {}, ignore: [] }, 'en-us');
  assert.deepEqual(settings, { locale: 'en', rules: {}, lexicon: { add: {}, allow: [] }, ignore: [] });
  assert.deepEqual(warnings, []);
  assert.equal('platform' in settings, false, 'auto platform is left out so the server detects it');
});

test('settings: full mapping', () => {
  const { settings, warnings } = mapSettings({
    platform: 'Douyin',
    locale: 'zh-CN',
    rules: { 'login/phone-button-label': 'error', 'privacy/vague-purpose': 'off', 'a/b': 'warn', 'c/d': 'info', 'e/f': false },
    lexicon: { add: { 'vague-purpose': ['更好体验', '', 3], empty: [] }, allow: ['一键登录'] },
    ignore: ['miniprogram_npm/**', '', 'dist/**'],
  });
  assert.deepEqual(settings, {
    platform: 'douyin',
    locale: 'zh-CN',
    rules: {
      'login/phone-button-label': 'error',
      'privacy/vague-purpose': 'off',
      'a/b': 'warning',
      'c/d': 'information',
      'e/f': 'off',
    },
    lexicon: { add: { 'vague-purpose': ['更好体验'] }, allow: ['一键登录'] },
    ignore: ['miniprogram_npm/**', 'dist/**'],
  });
  assert.deepEqual(warnings, []);
});

test('settings: profile', () => {
  assert.equal(mapSettings({ profile: 'strict' }, 'en').settings.profile, 'strict');
  assert.equal('profile' in mapSettings({ profile: 'recommended' }, 'en').settings, false, 'the default is left out');
  const { settings, warnings } = mapSettings({ profile: 'lenient' }, 'en');
  assert.equal('profile' in settings, false);
  assert.equal(warnings.length, 1);
});

test('settings: bad values are dropped with a warning', () => {
  const { settings, warnings } = mapSettings({ platform: 'toutiao', locale: 'fr', rules: { x: 'loud', y: 1 }, ignore: 'dist/**' }, 'zh-cn');
  assert.equal(settings.platform, undefined);
  assert.equal(settings.locale, 'zh-CN');
  assert.deepEqual(settings.rules, {});
  assert.deepEqual(settings.ignore, ['dist/**']);
  assert.equal(warnings.length, 4);
  assert.match(warnings[0], /toutiao/);
});

test('settings: locale follows the display language when auto', () => {
  assert.equal(localeFromDisplayLanguage('zh-cn'), 'zh-CN');
  assert.equal(localeFromDisplayLanguage('zh-tw'), 'zh-CN');
  assert.equal(localeFromDisplayLanguage('en'), 'en');
  assert.equal(localeFromDisplayLanguage('de'), 'en');
  assert.equal(localeFromDisplayLanguage(undefined), 'en');
  assert.equal(mapSettings({}, 'zh-cn').settings.locale, 'zh-CN');
  assert.equal(mapSettings({ locale: 'en' }, 'zh-cn').settings.locale, 'en');
});

test('workspace/configuration answers for mpls sections only', () => {
  const { settings } = mapSettings({ platform: 'wechat', rules: { 'login/phone-button-label': 'hint' } }, 'en');
  assert.deepEqual(configurationItem('mpls', settings), { handled: true, value: settings });
  assert.deepEqual(configurationItem('mpls.platform', settings), { handled: true, value: 'wechat' });
  assert.deepEqual(configurationItem('mpls.rules', settings), { handled: true, value: { 'login/phone-button-label': 'hint' } });
  assert.deepEqual(configurationItem('mpls.nope.deeper', settings), { handled: true, value: null });
  assert.deepEqual(configurationItem('editor', settings), { handled: false });
  assert.deepEqual(configurationItem(undefined, settings), { handled: false });
});
