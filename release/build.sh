#!/usr/bin/env bash
# The release artifacts of mpls, from one script:
#   bin/<target>/mpls[.exe]                  the binaries (cgo, cross-compiled with Debian's gcc)
#   npm/*.tgz                                the npm packages: mpls (the command) and one per platform
#   vsix/mpls-<target>-<version>.vsix        VS Code extensions with the binary inside
#   wechat-devtools/mpls-<target>-<version>.zip   the unpacked extension folder for WeChat DevTools
#   SHA256SUMS, SIZES
# Targets are named as Node names them (process.platform-process.arch), as npm and vsce do:
# linux-x64, linux-arm64, win32-x64 build on Linux (gcc, aarch64-linux-gnu-gcc and mingw-w64, installed
# with apt-get when missing); darwin-x64 and darwin-arm64 build only on macOS (clang), which the
# release workflow (.github/workflows/release.yml) does, then hands their binaries to this script on
# Linux: binaries already in OUT/bin/<target>/ are packaged as they are.
#
# Usage: release/build.sh [--out DIR] [--targets "linux-x64 win32-x64"] [--binaries-only]
# Env:   MPLS_VERSION   the version (default: the git tag vX.Y.Z on HEAD without its v; untagged:
#                       the extension's version with -dev.<commit>)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/dist"
BINARIES_ONLY=0
case "$(uname -s)" in
Darwin) TARGETS="darwin-x64 darwin-arm64" ;;
*) TARGETS="linux-x64 linux-arm64 win32-x64" ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
  --out) OUT="$2"; shift 2 ;;
  --targets) TARGETS="$2"; shift 2 ;;
  --binaries-only) BINARIES_ONLY=1; shift ;;
  *) echo "usage: $0 [--out DIR] [--targets \"T...\"] [--binaries-only]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT" && OUT="$(cd "$OUT" && pwd)"
ALL_TARGETS="linux-x64 linux-arm64 win32-x64 darwin-x64 darwin-arm64"
T0=$(date +%s)
log() { printf '[release %4ss] %s\n' "$(($(date +%s) - T0))" "$*"; }

# ---------------------------------------------------------------------------------------------
# Version: from the tag, so `mpls --version`, the npm packages and the extension agree.
if [ -n "${MPLS_VERSION:-}" ]; then
  VERSION="${MPLS_VERSION#v}"
elif tag="$(git -C "$ROOT" describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null)"; then
  VERSION="${tag#v}"
else
  base="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$ROOT/editors/vscode/package.json")"
  VERSION="$base-dev.$(git -C "$ROOT" rev-parse --short=7 HEAD 2>/dev/null || echo local)"
fi
log "version $VERSION; targets: $TARGETS; out: $OUT"
echo "$VERSION" >"$OUT/VERSION"

exe() { case "$1" in win32-*) echo mpls.exe ;; *) echo mpls ;; esac; }

# ---------------------------------------------------------------------------------------------
# Binaries.
host_arch="$(uname -m)"
apt_need=()
for t in $TARGETS; do
  case "$t" in
  linux-x64) [ "$host_arch" = x86_64 ] || command -v x86_64-linux-gnu-gcc >/dev/null || apt_need+=(gcc-x86-64-linux-gnu) ;;
  linux-arm64) [ "$host_arch" = aarch64 ] || command -v aarch64-linux-gnu-gcc >/dev/null || apt_need+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross) ;;
  win32-x64) command -v x86_64-w64-mingw32-gcc >/dev/null || apt_need+=(gcc-mingw-w64-x86-64) ;;
  esac
done
if [ ${#apt_need[@]} -gt 0 ]; then
  log "apt-get install ${apt_need[*]}"
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq "${apt_need[@]}") >"$OUT/apt.log" 2>&1 ||
    { tail -20 "$OUT/apt.log" >&2; exit 1; }
fi

build() { # build TARGET
  local t=$1 goos goarch cc tags="" ldflags="-s -w -X main.version=$VERSION"
  case "$t" in
  linux-x64) goos=linux goarch=amd64 cc=gcc; [ "$host_arch" = x86_64 ] || cc=x86_64-linux-gnu-gcc ;;
  linux-arm64) goos=linux goarch=arm64 cc=gcc; [ "$host_arch" = aarch64 ] || cc=aarch64-linux-gnu-gcc ;;
  win32-x64) goos=windows goarch=amd64 cc=x86_64-w64-mingw32-gcc ;;
  darwin-x64) goos=darwin goarch=amd64 cc="clang -arch x86_64" ;;
  darwin-arm64) goos=darwin goarch=arm64 cc="clang -arch arm64" ;;
  *) echo "unknown target $t (known: $ALL_TARGETS)" >&2; return 2 ;;
  esac
  case "$t" in
  linux-*)
    # Static: runs on any Linux (older glibc, musl/Alpine); Go's own resolver and user lookup
    # instead of glibc's NSS, which a static binary cannot load.
    ldflags="$ldflags -extldflags=-static"
    tags="netgo,osusergo"
    ;;
  darwin-*) [ "$(uname -s)" = Darwin ] || { echo "$t builds only on macOS (no macOS SDK here): see .github/workflows/release.yml" >&2; return 2; } ;;
  esac
  mkdir -p "$OUT/bin/$t"
  (cd "$ROOT" && CGO_ENABLED=1 GOOS=$goos GOARCH=$goarch CC="$cc" \
    go build -tags "$tags" -ldflags "$ldflags" -o "$OUT/bin/$t/$(exe "$t")" ./cmd/mpls)
  log "built bin/$t/$(exe "$t") ($(du -h "$OUT/bin/$t/$(exe "$t")" | cut -f1))"
}
for t in $TARGETS; do build "$t"; done
[ "$BINARIES_ONLY" = 1 ] && exit 0

# Every target whose binary is here: built now, or handed over (macOS).
PACKAGED=()
for t in $ALL_TARGETS; do
  [ -f "$OUT/bin/$t/$(exe "$t")" ] && PACKAGED+=("$t")
done
log "packaging ${PACKAGED[*]}"
LICENSE="$ROOT/editors/vscode/LICENSE"

# ---------------------------------------------------------------------------------------------
# npm: one package per platform with the binary ("os"/"cpu" let npm install only the matching
# one), and the mpls package whose bin runs it (release/npm/mpls).
rm -rf "$OUT/npm" "$OUT/npm-stage" && mkdir -p "$OUT/npm" "$OUT/npm-stage"
for t in "${PACKAGED[@]}"; do
  d="$OUT/npm-stage/mpls-$t"
  mkdir -p "$d/bin"
  cp "$OUT/bin/$t/$(exe "$t")" "$d/bin/" && chmod 755 "$d/bin/$(exe "$t")"
  cp "$LICENSE" "$d/LICENSE"
  printf 'The mpls binary for %s, installed by the [mpls](https://www.npmjs.com/package/mpls) package.\n' "$t" >"$d/README.md"
  (cd "$d" && T="$t" V="$VERSION" node -e '
    const [os, cpu] = process.env.T.split("-");
    const p = { name: `mpls-${process.env.T}`, version: process.env.V,
      description: `The mpls binary for ${process.env.T} (installed by the mpls package)`,
      license: "MIT", repository: { type: "git", url: "https://github.com/mpls-dev/mpls.git" },
      os: [os], cpu: [cpu], files: ["bin/", "README.md", "LICENSE"], preferUnplugged: true };
    require("fs").writeFileSync("package.json", JSON.stringify(p, null, 2) + "\n");')
done
main="$OUT/npm-stage/mpls"
mkdir -p "$main"
cp -r "$ROOT/release/npm/mpls/bin" "$ROOT/release/npm/mpls/lib" "$ROOT/release/npm/mpls/README.md" "$main/"
cp "$LICENSE" "$main/LICENSE"
V="$VERSION" ALL="$ALL_TARGETS" SRC="$ROOT/release/npm/mpls/package.json" DST="$main/package.json" node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync(process.env.SRC, "utf8"));
  p.version = process.env.V;
  p.optionalDependencies = {};
  for (const t of process.env.ALL.split(" ")) p.optionalDependencies[`mpls-${t}`] = process.env.V;
  fs.writeFileSync(process.env.DST, JSON.stringify(p, null, 2) + "\n");'
for d in "$OUT"/npm-stage/*; do
  (cd "$d" && npm pack --silent --pack-destination "$OUT/npm" >/dev/null)
done
rm -rf "$OUT/npm-stage"
log "npm: $(cd "$OUT/npm" && ls | tr '\n' ' ')"

# ---------------------------------------------------------------------------------------------
# VS Code: one .vsix per target with bin/mpls inside (vsce package --target), built from a
# staged copy of editors/vscode whose version is the release's.
ext="$ROOT/editors/vscode"
if [ ! -f "$ext/node_modules/.package-lock.json" ] || [ "$ext/package-lock.json" -nt "$ext/node_modules/.package-lock.json" ]; then
  log "npm ci (editors/vscode)"
  (cd "$ext" && npm ci --no-audit --no-fund --loglevel=error >"$OUT/npm-ci.log" 2>&1) || { tail -30 "$OUT/npm-ci.log" >&2; exit 1; }
fi
(cd "$ext" && rm -rf out && npm run --silent build)
stage="$OUT/vscode-stage"
rm -rf "$stage" "$OUT/vsix" "$OUT/wechat-devtools" && mkdir -p "$stage" "$OUT/vsix" "$OUT/wechat-devtools"
(cd "$ext" && tar -cf - --exclude=./node_modules --exclude=./bin --exclude=./e2e --exclude='*.vsix' .) | (cd "$stage" && tar -xf -)
ln -s "$ext/node_modules" "$stage/node_modules"
# Platform-specific packages need VS Code 1.61 (vsce refuses less); the code runs on 1.46 and the
# WeChat DevTools folder says so (below).
(cd "$stage" && npm pkg set version="$VERSION" engines.vscode='^1.61.0')
for t in "${PACKAGED[@]}"; do
  rm -rf "$stage/bin" && mkdir -p "$stage/bin"
  cp "$OUT/bin/$t/$(exe "$t")" "$stage/bin/" && chmod 755 "$stage/bin/$(exe "$t")"
  vsix="$OUT/vsix/mpls-$t-$VERSION.vsix"
  (cd "$stage" && "$ext/node_modules/.bin/vsce" package --target "$t" -o "$vsix" >"$OUT/vsce-$t.log" 2>&1) ||
    { tail -30 "$OUT/vsce-$t.log" >&2; exit 1; }
  rm -f "$OUT/vsce-$t.log"
  # WeChat DevTools installs an extension as a plain folder (编辑器自定义扩展), not a .vsix: the
  # folder is what the .vsix unpacks to (its extension/ part).
  folder="$OUT/wechat-devtools/mpls-$t-$VERSION"
  unpack="$(mktemp -d)"
  unzip -q "$vsix" 'extension/*' -d "$unpack"
  mv "$unpack/extension" "$folder" && rm -rf "$unpack"
  chmod 755 "$folder/bin/$(exe "$t")"
  (cd "$folder" && npm pkg set engines.vscode="$(cd "$ext" && npm pkg get engines.vscode | tr -d '"')")
  (cd "$OUT/wechat-devtools" && zip -qr "mpls-$t-$VERSION.zip" "mpls-$t-$VERSION")
  log "vsix/$(basename "$vsix") ($(du -h "$vsix" | cut -f1)), wechat-devtools/mpls-$t-$VERSION.zip"
done
rm -rf "$stage"

# ---------------------------------------------------------------------------------------------
(
  cd "$OUT"
  files=$(find bin npm vsix wechat-devtools -type f \( -name mpls -o -name mpls.exe -o -name '*.tgz' -o -name '*.vsix' -o -name '*.zip' \) -not -path 'wechat-devtools/*/*' | sort)
  sha256sum $files >SHA256SUMS
  for f in $files; do printf '%10s  %s\n' "$(stat -c %s "$f")" "$f"; done >SIZES
)
log "done: $OUT (SIZES, SHA256SUMS)"
cat "$OUT/SIZES"
