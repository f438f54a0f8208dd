#!/usr/bin/env bash
# Tests of the release artifacts that release/build.sh wrote into DIST:
#   - the npm wrapper's unit tests;
#   - npm: the tarballs install into an empty project with no registry (for our own packages),
#     and `npx mpls check` / `npm run lint:review` print what the Go-built binary prints; without
#     the platform package, mpls says which package is missing;
#   - each binary prints its version (`mpls --version`): linux-arm64 under qemu-user, win32-x64
#     under wine (../shared/tools/wine-go);
#   - win32-x64 under wine: `mpls check --format json` on the example project copied to a path with
#     Chinese characters and a space, with CRLF files, given as a backslash path, equals the
#     Linux binary's output on the same files; linux-arm64 under qemu likewise;
#   - the .vsix files hold bin/mpls for their target; the WeChat DevTools folder asks for VS Code 1.46.
# Usage: .ci/release.sh DIST GO_BUILT_MPLS
# Env:   MPLS_RELEASE_SKIP  space-separated parts to skip: wine qemu
#        MPLS_WINE_GO       the wine launcher (default ../shared/tools/wine-go beside the repo)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$(cd "$1" && pwd)"
REF="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
VERSION="$(cat "$DIST/VERSION")"
WINE_GO="${MPLS_WINE_GO:-$ROOT/../shared/tools/wine-go}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mpls-release.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# A registry nobody answers on: our packages must come from the tarballs.
export npm_config_registry=http://127.0.0.1:9/ npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
T0=$(date +%s)
log() { printf '[release-test %4ss] %s\n' "$(($(date +%s) - T0))" "$*"; }
passed=0 failed=0 results=()
run_test() {
  local name=$1 start rc
  shift
  start=$(date +%s)
  log "TEST $name"
  set +e
  "$@"
  rc=$?
  set -e
  if [ $rc -eq 0 ]; then passed=$((passed + 1)); results+=("PASS $name ($(($(date +%s) - start))s)")
  else failed=$((failed + 1)); results+=("FAIL $name (exit $rc, $(($(date +%s) - start))s)"); fi
  log "${results[-1]}"
}
# same WHAT EXPECTED_FILE GOT_FILE
same() {
  if cmp -s "$2" "$3"; then echo "$1: identical ($(wc -l <"$2") lines)"; return 0; fi
  echo "$1 differs:"; diff "$2" "$3" | head -20; return 1
}
tgz() { ls "$DIST/npm/$1-$VERSION.tgz"; }

# ---------------------------------------------------------------------------------------------
run_test "npm wrapper unit tests (node --test)" node --test "$ROOT/release/npm/mpls/test/"

npm_offline() {
  local proj="$WORK/npm-project" rc
  cp -r "$ROOT/testdata/example" "$proj"
  printf '{\n  "name": "fresh-project",\n  "private": true,\n  "scripts": { "lint:review": "mpls check ." }\n}\n' >"$proj/package.json"
  (cd "$proj" && npm install --offline --loglevel=error "$(tgz mpls)" "$(tgz mpls-linux-x64)") || return 1
  # The reference: the Go-built binary on the same folder (package.json and node_modules aside).
  cp -r "$ROOT/testdata/example" "$WORK/ref"
  set +e
  (cd "$WORK/ref" && "$REF" check . >"$WORK/want.txt" 2>&1; echo "exit $?" >>"$WORK/want.txt")
  (cd "$WORK/ref" && "$REF" check --format json . >"$WORK/want.json" 2>&1; echo "exit $?" >>"$WORK/want.json")
  (cd "$proj" && npx --no-install mpls check . >"$WORK/npx.txt" 2>&1; echo "exit $?" >>"$WORK/npx.txt")
  (cd "$proj" && npx --no-install mpls check --format json . >"$WORK/npx.json" 2>&1; echo "exit $?" >>"$WORK/npx.json")
  (cd "$proj" && npm run --silent lint:review >"$WORK/script.txt" 2>&1; echo "exit $?" >>"$WORK/script.txt")
  (cd "$proj" && npx --no-install mpls --version >"$WORK/version.txt" 2>&1)
  set -e
  grep -q '^exit 1$' "$WORK/want.txt" || { echo "the reference run found nothing:"; cat "$WORK/want.txt"; return 1; }
  rc=0
  same "npx mpls check ." "$WORK/want.txt" "$WORK/npx.txt" || rc=1
  same "npx mpls check --format json ." "$WORK/want.json" "$WORK/npx.json" || rc=1
  same "npm run lint:review" "$WORK/want.txt" "$WORK/script.txt" || rc=1
  echo "mpls $VERSION" >"$WORK/version-want.txt"
  same "npx mpls --version" "$WORK/version-want.txt" "$WORK/version.txt" || rc=1
  return $rc
}
run_test "npm: tarballs install offline into an empty project; npx mpls check = Go binary" npm_offline

npm_missing_platform() {
  local proj="$WORK/npm-missing" out rc
  mkdir -p "$proj" && echo '{"name":"p","private":true}' >"$proj/package.json"
  (cd "$proj" && npm install --offline --loglevel=error "$(tgz mpls)") || return 1
  set +e
  out="$(cd "$proj" && npx --no-install mpls check . 2>&1)"
  rc=$?
  set -e
  echo "$out"
  [ $rc -eq 1 ] && [[ "$out" == *"the package mpls-linux-x64, which holds the binary for linux-x64, is not installed"* ]]
}
run_test "npm: without the platform package, mpls names the missing package (exit 1)" npm_missing_platform

# ---------------------------------------------------------------------------------------------
# The example project as a Windows user has it: CRLF files, under a path with Chinese characters
# and a space.
crlf_project() {
  local dest="$WORK/小程序 项目/示例"
  if [ ! -d "$dest" ]; then
    mkdir -p "$(dirname "$dest")" && cp -r "$ROOT/testdata/example" "$dest"
    find "$dest" -type f -exec sed -i 's/\r*$/\r/' {} +
  fi
  echo "$dest"
}

win32_under_wine() {
  local proj rc=0 winproj
  proj="$(crlf_project)"
  echo "mpls $VERSION" >"$WORK/v.txt"
  "$WINE_GO" "$DIST/bin/win32-x64/mpls.exe" --version | tr -d '\r' >"$WORK/wine-v.txt"
  same "mpls.exe --version" "$WORK/v.txt" "$WORK/wine-v.txt" || rc=1
  winproj="Z:$(printf '%s' "$proj" | tr '/' '\\')"
  echo "project: $winproj"
  set +e
  "$REF" check --format json "$proj" >"$WORK/linux.json"; echo "exit $?" >>"$WORK/linux.json"
  "$WINE_GO" "$DIST/bin/win32-x64/mpls.exe" check --format json "$winproj" >"$WORK/win.json"; echo "exit $?" >>"$WORK/win.json"
  "$REF" check "$proj" >"$WORK/linux.txt"; echo "exit $?" >>"$WORK/linux.txt"
  "$WINE_GO" "$DIST/bin/win32-x64/mpls.exe" check "$winproj" | tr -d '\r' >"$WORK/win.txt"; echo "exit ${PIPESTATUS[0]}" >>"$WORK/win.txt"
  set -e
  grep -q '"code": ' "$WORK/linux.json" || { echo "the Linux run found nothing"; return 1; }
  same "check --format json (wine vs Linux, CRLF files, Chinese backslash path)" "$WORK/linux.json" "$WORK/win.json" || rc=1
  same "check text output (wine vs Linux)" "$WORK/linux.txt" "$WORK/win.txt" || rc=1
  return $rc
}
SKIP=" ${MPLS_RELEASE_SKIP:-} "
if [ -f "$DIST/bin/win32-x64/mpls.exe" ] && [[ "$SKIP" != *" wine "* ]]; then
  run_test "win32-x64 under wine: --version, check = Linux binary (CRLF, Chinese path, backslashes)" win32_under_wine
fi

# The parent-process watch of the Windows build (OpenProcess/GetExitCodeProcess): given an editor
# pid that does not exist, `mpls serve` logs that the editor is gone and exits within seconds.
win32_parent_watch() {
  local init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":424242,"rootUri":null,"capabilities":{}}}'
  set +e
  { printf 'Content-Length: %d\r\n\r\n%s' "${#init}" "$init"; sleep 8; } |
    timeout 15 "$WINE_GO" "$DIST/bin/win32-x64/mpls.exe" serve >/dev/null 2>"$WORK/serve.err"
  set -e
  cat "$WORK/serve.err"
  grep -q 'editor process is gone; exiting' "$WORK/serve.err"
}
if [ -f "$DIST/bin/win32-x64/mpls.exe" ] && [[ "$SKIP" != *" wine "* ]]; then
  run_test "win32-x64 under wine: serve exits when the editor process is gone" win32_parent_watch
fi

# CRLF files must not change the findings: the same diagnostics as on the LF project (the fixes'
# new text keeps the file's line ending).
crlf_same_findings() {
  local proj
  proj="$(crlf_project)"
  set +e
  "$REF" check --format json "$ROOT/testdata/example" >"$WORK/lf.json"
  "$REF" check --format json "$proj" | sed 's/\\r\\n/\\n/g' >"$WORK/crlf.json"
  set -e
  same "check --format json on LF vs CRLF files (fix text line endings aside)" "$WORK/lf.json" "$WORK/crlf.json"
}
run_test "CRLF files give the same findings as LF" crlf_same_findings

arm64_under_qemu() {
  local proj
  if ! command -v qemu-aarch64 >/dev/null; then
    (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq qemu-user) >"$WORK/apt.log" 2>&1 || { tail "$WORK/apt.log"; return 1; }
  fi
  proj="$(crlf_project)"
  echo "mpls $VERSION" >"$WORK/v.txt"
  qemu-aarch64 "$DIST/bin/linux-arm64/mpls" --version >"$WORK/arm-v.txt"
  same "arm64 --version" "$WORK/v.txt" "$WORK/arm-v.txt" || return 1
  set +e
  "$REF" check --format json "$proj" >"$WORK/x64.json"
  qemu-aarch64 "$DIST/bin/linux-arm64/mpls" check --format json "$proj" >"$WORK/arm.json"
  set -e
  same "check --format json (arm64 under qemu vs x64)" "$WORK/x64.json" "$WORK/arm.json"
}
if [ -f "$DIST/bin/linux-arm64/mpls" ] && [[ "$SKIP" != *" qemu "* ]]; then
  run_test "linux-arm64 under qemu-user: --version, check = x64 binary" arm64_under_qemu
fi

packages() {
  local t v rc=0 f
  for v in "$DIST"/vsix/*.vsix; do
    t="$(basename "$v" "-$VERSION.vsix")"; t="${t#mpls-}"
    f=mpls; [ "$t" = win32-x64 ] && f=mpls.exe
    # (read whole first: grep -q closing the pipe early would fail unzip under pipefail)
    [[ "$(unzip -Z1 "$v")" == *$'\n'"extension/bin/$f"$'\n'* ]] || { echo "$v lacks extension/bin/$f"; rc=1; }
    [[ "$(unzip -p "$v" extension.vsixmanifest)" == *"TargetPlatform=\"$t\""* ]] || { echo "$v is not for $t"; rc=1; }
    [[ "$(unzip -p "$v" extension/package.json)" == *"\"version\": \"$VERSION\""* ]] || { echo "$v is not version $VERSION"; rc=1; }
    d="$DIST/wechat-devtools/mpls-$t-$VERSION"
    [ -x "$d/bin/$f" ] && [ -f "$d/out/extension.js" ] || { echo "$d lacks bin/$f or out/extension.js"; rc=1; }
    grep -q '"vscode": "^1.46.0"' "$d/package.json" || { echo "$d/package.json does not ask for VS Code ^1.46.0"; rc=1; }
    echo "$t: $(basename "$v") $(stat -c %s "$v") bytes, devtools folder ok"
  done
  return $rc
}
run_test ".vsix per target holds its binary; WeChat DevTools folders ask for VS Code 1.46" packages

echo
for r in "${results[@]}"; do echo "  $r"; done
echo "release: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
