// Which prebuilt mpls binary this machine runs, and where npm put it. The binary comes in an
// optional dependency per platform (mpls-linux-x64, mpls-win32-x64, ...): npm installs only the
// one whose "os" and "cpu" match, as with @biomejs/biome and @ast-grep/cli.
'use strict';

const path = require('path');

/** The platforms with a prebuilt binary: `${process.platform}-${process.arch}`. */
const TARGETS = ['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-x64', 'darwin-arm64'];

function packageName(target) {
  return `mpls-${target}`;
}

function binaryName(platform) {
  return platform === 'win32' ? 'mpls.exe' : 'mpls';
}

/**
 * Finds the binary. opts: platform, arch, env (MPLS_BINARY overrides), resolve (require.resolve).
 * Returns { ok: true, path } or { ok: false, message }.
 */
function findBinary(opts) {
  const platform = opts.platform || process.platform;
  const arch = opts.arch || process.arch;
  const env = opts.env || process.env;
  const resolve = opts.resolve || require.resolve;
  if (env.MPLS_BINARY) {
    return { ok: true, path: env.MPLS_BINARY };
  }
  const target = `${platform}-${arch}`;
  if (!TARGETS.includes(target)) {
    return {
      ok: false,
      message:
        `mpls: no prebuilt binary for ${target} (there are binaries for ${TARGETS.join(', ')}).\n` +
        'Build mpls from source (Go and a C compiler: go build ./cmd/mpls) and set MPLS_BINARY to its path.',
    };
  }
  const pkg = packageName(target);
  let dir;
  try {
    dir = path.dirname(resolve(`${pkg}/package.json`));
  } catch (e) {
    return {
      ok: false,
      message:
        `mpls: the package ${pkg}, which holds the binary for ${target}, is not installed.\n` +
        'npm installs it as an optional dependency of mpls: it is missing when optional dependencies were ' +
        'left out (--omit=optional, --no-optional) or node_modules was copied from another platform. ' +
        'Reinstall with: npm install mpls',
    };
  }
  return { ok: true, path: path.join(dir, 'bin', binaryName(platform)) };
}

module.exports = { TARGETS, packageName, binaryName, findBinary };
