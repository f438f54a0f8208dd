#!/usr/bin/env bash
# Editor integration tests of mpls: the VS Code extension's unit tests and package, Neovim 0.10
# headless (the Lua module and the lsp/mpls.lua config), and VS Code itself (code-server driven
# by playwright-core in Debian's Chromium). Each real-editor test opens a copy of a fixture
# project, waits for the login/phone-button-label diagnostic, applies its quick fix and checks
# the exact text of the line afterwards; VS Code and Neovim also open the submission notes from
# their command (workspace/executeCommand mpls.submissionNotes) and find the privacy section.
#
# Usage: .ci/editors.sh [path/to/mpls]     (without an argument: go build ./cmd/mpls)
# Env:
#   MPLS_EDITORS_CACHE      installs kept between runs (default ~/.cache/mpls-editors)
#   MPLS_EDITORS_ARTIFACTS  folder for screenshots and logs (default
#                           ${TMPDIR:-/tmp}/mpls-editors-artifacts, emptied at the start of a run)
#   MPLS_EDITORS_SKIP       space-separated parts to skip: vscode-unit jetbrains neovim vscode
#   MPLS_EDITORS_SCREENSHOT=1  copy the quick-fix screenshot to editors/vscode/images/quickfix.png
#   MPLS_EDITORS_VSCODE_MUST_FAIL=1  also check that the VS Code test fails on a wrong fix (+40 s)
#   MPLS_NVIM               Neovim launcher (default ../shared/tools/nvim beside the repo)
#   MPLS_EDITORS_VSIX       a release .vsix with the binary inside (release/build.sh): the VS Code
#                           test installs it and sets no mpls.path, with no mpls on PATH
#   MPLS_EDITORS_DEVTOOLS   the unpacked extension folder for WeChat DevTools (linux-x64, from
#                           release/build.sh): also tested in the oldest code-server that runs here
# Works on a fresh Debian bookworm machine (root): installs what it needs with apt-get and npm.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NVIM="${MPLS_NVIM:-$ROOT/../shared/tools/nvim}"
CACHE="${MPLS_EDITORS_CACHE:-${HOME:-/root}/.cache/mpls-editors}"
CODE_SERVER_VERSION=4.100.3
# The oldest code-server from npm found to install and run on Node 20 here: 4.9.1 (VS Code 1.73.1).
# Tried and dropped: 3.9.3 (VS Code 1.53, the oldest on npm) and 4.0.2 (1.57) want Node 14 and spent
# over 15 minutes compiling grpc without finishing; 4.1-4.8 were not tried.
CODE_SERVER_OLD_VERSION=4.9.1
SKIP=" ${MPLS_EDITORS_SKIP:-} "

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mpls-editors.XXXXXX")"
if [ -n "${MPLS_EDITORS_ARTIFACTS:-}" ]; then
  ARTIFACTS="$MPLS_EDITORS_ARTIFACTS"
else
  ARTIFACTS="${TMPDIR:-/tmp}/mpls-editors-artifacts"
  rm -rf "$ARTIFACTS"
fi
mkdir -p "$ARTIFACTS" "$CACHE"
trap 'rm -rf "$WORK"' EXIT

T0=$(date +%s)
log() { printf '[editors %4ss] %s\n' "$(($(date +%s) - T0))" "$*"; }
skipped() { [[ "$SKIP" == *" $1 "* ]]; }

passed=0
failed=0
results=()
# run_test NAME CMD...: runs one test, records the result, never stops the script.
run_test() {
  local name=$1 start rc
  shift
  start=$(date +%s)
  log "TEST $name"
  set +e
  "$@"
  rc=$?
  set -e
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    results+=("PASS $name ($(($(date +%s) - start))s)")
  else
    failed=$((failed + 1))
    results+=("FAIL $name (exit $rc, $(($(date +%s) - start))s)")
  fi
  log "${results[-1]}"
}

# ---------------------------------------------------------------------------------------------
# The server binary.
if [ $# -ge 1 ]; then
  MPLS_BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  log "building mpls"
  (cd "$ROOT" && go build -o "$WORK/mpls" ./cmd/mpls)
  MPLS_BIN="$WORK/mpls"
fi
[ -x "$MPLS_BIN" ] || { echo "not an executable: $MPLS_BIN" >&2; exit 2; }
log "mpls binary: $MPLS_BIN"

# ---------------------------------------------------------------------------------------------
# System packages: only the missing ones.
apt_need=()
if ! skipped vscode; then
  # chromium drives code-server; ripgrep, libkrb5-dev and build-essential install code-server;
  # fonts-wqy-microhei renders Chinese in screenshots (fonts-noto-color-emoji, the emoji).
  pkgs=(chromium ripgrep fonts-wqy-microhei libkrb5-dev build-essential)
  [ "${MPLS_EDITORS_SCREENSHOT:-0}" = 1 ] && pkgs+=(fonts-noto-color-emoji)
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || apt_need+=("$p")
  done
fi
if [ ${#apt_need[@]} -gt 0 ]; then
  log "apt-get install ${apt_need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_need[@]}" >"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log" >&2; exit 1; }
fi
command -v node >/dev/null && command -v npm >/dev/null || { echo "node and npm are needed" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------
# VS Code extension: install, unit tests, build, package.
VSIX="$WORK/mpls.vsix"
ext="$ROOT/editors/vscode"
if ! skipped vscode-unit || ! skipped vscode; then
  log "npm ci (editors/vscode)"
  (cd "$ext" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm-ci.log" 2>&1) || { tail -30 "$WORK/npm-ci.log" >&2; exit 1; }
  log "npm run build"
  (cd "$ext" && rm -rf out && npm run --silent build) || exit 1
  if ! skipped vscode-unit; then
    run_test "vscode extension unit tests (node --test)" bash -c "cd '$ext' && node --test out/test/"
  fi
  if [ -n "${MPLS_EDITORS_VSIX:-}" ]; then
    cp "$MPLS_EDITORS_VSIX" "$VSIX"
    log "release package $(du -h "$VSIX" | cut -f1) $MPLS_EDITORS_VSIX (binary inside)"
  else
    log "vsce package"
    (cd "$ext" && npx --no-install vsce package -o mpls.vsix >"$WORK/vsce.log" 2>&1) || { tail -30 "$WORK/vsce.log" >&2; exit 1; }
    cp "$ext/mpls.vsix" "$VSIX"
    log "packaged $(du -h "$VSIX" | cut -f1) $VSIX"
  fi
fi

if ! skipped jetbrains; then
  run_test "jetbrains LSP4IJ template checks (node --test)" node --test "$ROOT/editors/jetbrains/"
fi

# ---------------------------------------------------------------------------------------------
# Fixtures: every test edits its own copy.
WX_LINE=3
fixture() { # fixture NAME -> path of a fresh copy
  local dest
  dest="$(mktemp -d "$WORK/fixture.XXXX")/$1"
  cp -r "$ROOT/testdata/editors/$1" "$dest"
  echo "$dest"
}
line_of() { sed -n "${2}p" "$1"; }
wx_src="$ROOT/testdata/editors/wx-project/pages/index/index.wxml"
dy_src="$ROOT/testdata/editors/dy-project/pages/index/index.ttml"
wx_line="$(line_of "$wx_src" $WX_LINE)"
dy_line="$(line_of "$dy_src" $WX_LINE)"
WX_EXPECT="${wx_line/一键登录/手机号授权登录}"
DY_EXPECT="${dy_line/一键登录/抖音用户手机号授权登录}"
TITLE_ZH='将按钮文案改为“手机号授权登录”'
TITLE_EN='Rename button to 手机号授权登录'
TITLE_DY_ZH='将按钮文案改为“抖音用户手机号授权登录”'

# ---------------------------------------------------------------------------------------------
# Neovim 0.10 headless.
nvim_test() { # nvim_test INIT PROJECT RELFILE FT EXPECT TITLE APPLY LOCALE PLATFORM
  local init=$1 proj file xdg
  proj="$(fixture "$2")"
  file="$proj/$3"
  xdg="$(mktemp -d "$WORK/xdg.XXXX")"
  XDG_CONFIG_HOME="$xdg/config" XDG_DATA_HOME="$xdg/data" XDG_STATE_HOME="$xdg/state" XDG_CACHE_HOME="$xdg/cache" \
    MPLS_BIN="$MPLS_BIN" MPLS_TEST_LOG="$ARTIFACTS/nvim-$(basename "$proj")-$init-$7.mpls.log" \
    MPLS_TEST_FILE="$file" MPLS_TEST_FT="$4" MPLS_TEST_LINE=$WX_LINE MPLS_TEST_EXPECT="$5" \
    MPLS_TEST_TITLE="$6" MPLS_TEST_APPLY="$7" MPLS_TEST_LOCALE="$8" MPLS_TEST_PLATFORM="$9" \
    timeout 120 "$NVIM" --headless -u "$ROOT/editors/neovim/test/init_$init.lua" \
    -c "luafile $ROOT/editors/neovim/test/quickfix.lua" </dev/null
}
# :MplsNotes and :MplsPrivacy: the notes in a scratch buffer, with their privacy section.
WX_PRIVACY='手机号：`<button open-type="getPhoneNumber">`'
nvim_notes_test() { # nvim_notes_test INIT
  local proj xdg
  proj="$(fixture wx-project)"
  xdg="$(mktemp -d "$WORK/xdg.XXXX")"
  XDG_CONFIG_HOME="$xdg/config" XDG_DATA_HOME="$xdg/data" XDG_STATE_HOME="$xdg/state" XDG_CACHE_HOME="$xdg/cache" \
    MPLS_BIN="$MPLS_BIN" MPLS_TEST_LOG="$ARTIFACTS/nvim-notes-$1.mpls.log" \
    MPLS_TEST_FILE="$proj/pages/index/index.wxml" MPLS_TEST_PRIVACY="$WX_PRIVACY" \
    timeout 120 "$NVIM" --headless -u "$ROOT/editors/neovim/test/init_$1.lua" \
    -c "luafile $ROOT/editors/neovim/test/notes.lua" </dev/null
}
# Must fail: the same test expecting a wrong line, so a broken assertion cannot pass silently.
nvim_must_fail() {
  if nvim_test "$@" >"$WORK/must-fail.log" 2>&1; then
    echo "the Neovim test passed although the expected text was wrong" >&2
    cat "$WORK/must-fail.log" >&2
    return 1
  fi
  grep -q 'want: ' "$WORK/must-fail.log" || { cat "$WORK/must-fail.log" >&2; return 1; }
  echo "failed as it should:"; grep -A2 'FAIL' "$WORK/must-fail.log" | head -4
}

if ! skipped neovim; then
  log "Neovim: $("$NVIM" --version </dev/null | head -1)"
  run_test "neovim setup() module: wxml quick fix (zh-CN, code_action apply)" \
    nvim_test setup wx-project pages/index/index.wxml wxml "$WX_EXPECT" "$TITLE_ZH" user zh-CN ""
  run_test "neovim lsp/mpls.lua config: wxml quick fix (en, codeAction request)" \
    nvim_test config wx-project pages/index/index.wxml wxml "$WX_EXPECT" "$TITLE_EN" request en ""
  run_test "neovim setup() module: Douyin ttml quick fix (platform douyin)" \
    nvim_test setup dy-project pages/index/index.ttml ttml "$DY_EXPECT" "$TITLE_DY_ZH" request zh-CN douyin
  run_test "neovim setup() module: fix_on_save applies source.fixAll.mpls on :write" \
    nvim_test setup wx-project pages/index/index.wxml wxml "$WX_EXPECT" "$TITLE_ZH" save zh-CN ""
  run_test "neovim fix_on_save test fails on a wrong fix" \
    nvim_must_fail setup wx-project pages/index/index.wxml wxml "${WX_EXPECT/手机号授权登录/手机号授权登陆}" "$TITLE_ZH" save zh-CN ""
  run_test "neovim test fails on a wrong fix" \
    nvim_must_fail setup wx-project pages/index/index.wxml wxml "${WX_EXPECT/手机号授权登录/手机号授权登陆}" "$TITLE_ZH" user zh-CN ""
  run_test "neovim setup() module: :MplsNotes opens the submission notes (privacy section) and :MplsPrivacy the declaration" \
    nvim_notes_test setup
  run_test "neovim lsp/mpls.lua config: :MplsNotes and :MplsPrivacy" \
    nvim_notes_test config
fi

# ---------------------------------------------------------------------------------------------
# VS Code: code-server + playwright-core + Debian Chromium.
install_code_server() { # install_code_server [VERSION]: sets CODE_SERVER
  local version=${1:-$CODE_SERVER_VERSION}
  local dir="$CACHE/code-server-$version"
  CODE_SERVER="$dir/node_modules/.bin/code-server"
  if [ -f "$dir/.complete" ] && [ -x "$CODE_SERVER" ]; then
    return
  fi
  log "installing code-server $version (once, ~1-2 min)"
  rm -rf "$dir" && mkdir -p "$dir"
  # @vscode/ripgrep's postinstall downloads rg unless it finds this tarball in $TMPDIR.
  local rgtmp="$WORK/rgtmp"
  mkdir -p "$rgtmp/vscode-ripgrep-cache-1.15.11"
  tar -czf "$rgtmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  (
    cd "$dir"
    # FORCE_NODE_VERSION: older code-servers' postinstall insists on their own Node major.
    TMPDIR="$rgtmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr FORCE_NODE_VERSION=20 \
      npm install --no-audit --no-fund --loglevel=error "code-server@$version" >"$WORK/code-server-install.log" 2>&1
  ) || { tail -40 "$WORK/code-server-install.log" >&2; return 1; }
  [ -x "$CODE_SERVER" ] || { echo "code-server did not install" >&2; return 1; }
  if [ ! -d "$dir/node_modules/code-server/lib/vscode/node_modules" ]; then
    vscode_modules_for_node20 "$dir/node_modules/code-server/lib/vscode" || return 1
  fi
  touch "$dir/.complete"
}

# Older code-servers (4.9.1) install VS Code's own modules in their postinstall, which fails on
# Node 20 without saying so: node-pty and spdlog build against nan 2.16, which Node 20's headers
# broke, and keytar wants libsecret. Install them without scripts, move nan to a current version
# (same API), and build only the native modules the server loads; ripgrep from the cached tarball.
vscode_modules_for_node20() { # DIR = .../code-server/lib/vscode
  local vs=$1 rgver rgrel
  log "installing VS Code's modules for Node 20 in $vs"
  (
    set -e
    cd "$vs"
    clean_env=(env -i PATH="$PATH" HOME="${HOME:-/root}" npm_config_nodedir=/usr npm_config_audit=false npm_config_fund=false)
    "${clean_env[@]}" npm install --ignore-scripts --legacy-peer-deps --omit=dev --loglevel=error
    nan="$(mktemp -d)"
    (cd "$nan" && npm pack nan@2.30.0 --silent >/dev/null && tar -xzf nan-2.30.0.tgz)
    rm -rf node_modules/nan && mv "$nan/package" node_modules/nan && rm -rf "$nan"
    "${clean_env[@]}" npm rebuild spdlog @parcel/watcher native-watchdog node-pty --loglevel=error
    rgver="$(node -p 'require("./node_modules/@vscode/ripgrep/package.json").version')"
    rgrel="$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" node_modules/@vscode/ripgrep/lib/postinstall.js)"
    mkdir -p "$WORK/rgtmp/vscode-ripgrep-cache-$rgver"
    tar -czf "$WORK/rgtmp/vscode-ripgrep-cache-$rgver/ripgrep-$rgrel-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
    (cd node_modules/@vscode/ripgrep && TMPDIR="$WORK/rgtmp" node lib/postinstall.js)
    [ -L node_modules.asar ] || ln -s node_modules node_modules.asar
    cd extensions && "${clean_env[@]}" npm install --ignore-scripts --legacy-peer-deps --omit=dev --loglevel=error
  ) >"$WORK/vscode-modules.log" 2>&1 || { tail -30 "$WORK/vscode-modules.log" >&2; return 1; }
}

# With a release package the server is the bundled one: no mpls.path, and PATH without any mpls.
if [ -n "${MPLS_EDITORS_VSIX:-}" ]; then
  VSCODE_MPLS_BIN="" VSCODE_SOURCE=bundled
  VSCODE_PATH="$(printf '%s' "$PATH" | tr ':' '\n' | while read -r d; do [ -n "$d" ] && [ ! -e "$d/mpls" ] && printf '%s:' "$d"; done)"
  VSCODE_PATH="${VSCODE_PATH%:}"
else
  VSCODE_MPLS_BIN="$MPLS_BIN" VSCODE_SOURCE=setting VSCODE_PATH="$PATH"
fi

vscode_test() { # vscode_test PROJECT RELFILE EXPECT TITLE LOCALE NAME
  local proj port
  proj="$(fixture "$1")"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  PATH="$VSCODE_PATH" CODE_SERVER="$CODE_SERVER" VSIX="$VSIX" MPLS_BIN="$VSCODE_MPLS_BIN" EXPECT_SOURCE="$VSCODE_SOURCE" \
    WORKSPACE="$proj" FILE="$2" LINE=$WX_LINE \
    EXPECT="$3" TITLE="$4" LOCALE="$5" ARTIFACTS="$ARTIFACTS/vscode-$6" PORT="$port" \
    timeout 240 "$(command -v node)" "$ext/e2e/quickfix.js" </dev/null
}

# The WeChat DevTools folder in the oldest code-server: copied into the extensions folder as
# DevTools does, nothing configured; it must activate and publish the diagnostic.
vscode_old_test() {
  local proj port
  proj="$(fixture wx-project)"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  PATH="$VSCODE_PATH" CODE_SERVER="$CODE_SERVER" EXTENSION_DIR="$MPLS_EDITORS_DEVTOOLS" MPLS_BIN="" EXPECT_SOURCE=bundled \
    ONLY_DIAGNOSTICS=1 WORKSPACE="$proj" FILE=pages/index/index.wxml LINE=$WX_LINE EXPECT=unused TITLE=unused \
    LOCALE=zh-CN ARTIFACTS="$ARTIFACTS/vscode-old" PORT="$port" \
    timeout 240 "$(command -v node)" "$ext/e2e/quickfix.js" </dev/null
}

vscode_must_fail() {
  if vscode_test "$@" >"$WORK/vscode-must-fail.log" 2>&1; then
    echo "the VS Code test passed although the expected text was wrong" >&2
    cat "$WORK/vscode-must-fail.log" >&2
    return 1
  fi
  grep -q 'want: ' "$WORK/vscode-must-fail.log" || { cat "$WORK/vscode-must-fail.log" >&2; return 1; }
  echo "failed as it should:"; grep -A2 'FAIL' "$WORK/vscode-must-fail.log" | head -4
}

if ! skipped vscode; then
  install_code_server
  log "npm ci (editors/vscode/e2e: playwright-core)"
  (cd "$ext/e2e" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm-e2e.log" 2>&1) || { tail -30 "$WORK/npm-e2e.log" >&2; exit 1; }
  run_test "vscode (code-server $CODE_SERVER_VERSION, mpls from the $VSCODE_SOURCE): wxml quick fix via Problems panel, Ctrl+., Ctrl+S; submission notes (privacy section) and privacy declaration from the palette" \
    vscode_test wx-project pages/index/index.wxml "$WX_EXPECT" "$TITLE_ZH" zh-CN wx
  if [ "${MPLS_EDITORS_VSCODE_MUST_FAIL:-0}" = 1 ]; then
    run_test "vscode test fails on a wrong fix" \
      vscode_must_fail wx-project pages/index/index.wxml "${WX_EXPECT/手机号授权登录/手机号授权登陆}" "$TITLE_ZH" zh-CN must-fail
  fi
  if [ -n "${MPLS_EDITORS_DEVTOOLS:-}" ]; then
    install_code_server "$CODE_SERVER_OLD_VERSION"
    run_test "vscode (code-server $CODE_SERVER_OLD_VERSION): the WeChat DevTools extension folder activates and publishes diagnostics" \
      vscode_old_test
    install_code_server
  fi
  if [ "${MPLS_EDITORS_SCREENSHOT:-0}" = 1 ] && [ -f "$ARTIFACTS/vscode-wx/2-quickfix-menu.png" ]; then
    cp "$ARTIFACTS/vscode-wx/2-quickfix-menu.png" "$ext/images/quickfix.png"
    log "updated editors/vscode/images/quickfix.png"
  fi
fi

# ---------------------------------------------------------------------------------------------
echo
for r in "${results[@]}"; do echo "  $r"; done
log "artifacts: $ARTIFACTS"
echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
