#!/usr/bin/env node
// The `mpls` command of the npm package: runs the prebuilt binary for this machine with the same
// arguments, standard streams and exit code.
'use strict';

const { spawnSync } = require('child_process');
const { findBinary } = require('../lib/platform');

const found = findBinary({});
if (!found.ok) {
  process.stderr.write(found.message + '\n');
  process.exit(1);
}
const r = spawnSync(found.path, process.argv.slice(2), { stdio: 'inherit', windowsHide: true });
if (r.error) {
  process.stderr.write(`mpls: cannot run ${found.path}: ${r.error.message}\n`);
  process.exit(1);
}
if (r.signal) {
  process.kill(process.pid, r.signal);
}
process.exit(r.status === null ? 1 : r.status);
