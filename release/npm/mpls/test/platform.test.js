// Unit tests of the npm wrapper's platform lookup (node --test; no install needed).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { findBinary, TARGETS } = require('../lib/platform');

const installed = (names) => (id) => {
  const pkg = id.replace(/\/package\.json$/, '');
  if (!names.includes(pkg)) {
    const e = new Error(`Cannot find module '${id}'`);
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  }
  return path.join('/nm', pkg, 'package.json');
};

test('each target finds the binary of its own package', () => {
  for (const t of TARGETS) {
    const [platform, arch] = t.split('-');
    const r = findBinary({ platform, arch, env: {}, resolve: installed([`mpls-${t}`]) });
    const exe = platform === 'win32' ? 'mpls.exe' : 'mpls';
    assert.deepEqual(r, { ok: true, path: path.join('/nm', `mpls-${t}`, 'bin', exe) });
  }
});

test('a platform without a binary says which ones have one', () => {
  const r = findBinary({ platform: 'freebsd', arch: 'x64', env: {}, resolve: installed([]) });
  assert.equal(r.ok, false);
  assert.match(r.message, /no prebuilt binary for freebsd-x64/);
  assert.match(r.message, /linux-x64, linux-arm64, win32-x64, darwin-x64, darwin-arm64/);
  assert.match(r.message, /MPLS_BINARY/);
});

test('a missing optional dependency names the package and the fix', () => {
  const r = findBinary({ platform: 'linux', arch: 'x64', env: {}, resolve: installed(['mpls-win32-x64']) });
  assert.equal(r.ok, false);
  assert.match(r.message, /mpls-linux-x64/);
  assert.match(r.message, /--omit=optional/);
});

test('MPLS_BINARY overrides the lookup', () => {
  const r = findBinary({ platform: 'freebsd', arch: 'x64', env: { MPLS_BINARY: '/opt/mpls' }, resolve: installed([]) });
  assert.deepEqual(r, { ok: true, path: '/opt/mpls' });
});
