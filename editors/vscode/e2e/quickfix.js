#!/usr/bin/env node
// End-to-end test of the mpls extension in a real VS Code (code-server in headless Chromium):
// open a template, wait for mpls's diagnostic in the Problems panel, Ctrl+. and apply the quick
// fix, Ctrl+S, then check the file on disk; then open the submission notes and the privacy
// declaration from the palette (notes.js). Exit code 0 on success, 1 on failure.
//
// Env (all required unless a default is given):
//   CODE_SERVER   path of the code-server launcher
//   VSIX          the extension package to install (code-server --install-extension), or
//   EXTENSION_DIR an unpacked extension folder, copied into the extensions folder as WeChat
//                 DevTools installs one (编辑器自定义扩展)
//   MPLS_BIN      the mpls binary (written to the mpls.path setting); empty: no mpls.path, and
//                 the test fails if an mpls is on PATH, so the server can only be the bundled one
//   EXPECT_SOURCE where the extension must have found the server (bundled, setting, PATH);
//                 checked in its output channel's log
//   ONLY_DIAGNOSTICS=1  stop once the diagnostic is in the Problems panel (older VS Code, whose
//                 quick-fix menu is another widget)
//   WORKSPACE     a throw-away copy of the fixture project
//   FILE          template to open, relative to WORKSPACE
//   LINE          1-based line of the button
//   EXPECT        exact text of that line after the fix
//   TITLE         exact title of the quick fix
//   LOCALE        mpls.locale (default zh-CN)
//   ARTIFACTS     folder for screenshots and logs
//   PORT          a free TCP port for code-server on 127.0.0.1
//   CHROMIUM (default /usr/bin/chromium)  TIMEOUT_MS (default 60000)

'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const { chromium } = require('playwright-core');
const { checkNotes } = require('./notes');

function env(name, def) {
  const v = process.env[name];
  if (v === undefined || v === '') {
    if (def === undefined) {
      throw new Error(`missing environment variable ${name}`);
    }
    return def;
  }
  return v;
}

const CODE_SERVER = env('CODE_SERVER');
const VSIX = env('VSIX', '');
const EXTENSION_DIR = env('EXTENSION_DIR', '');
const MPLS_BIN = env('MPLS_BIN', '');
const EXPECT_SOURCE = env('EXPECT_SOURCE', '');
const ONLY_DIAGNOSTICS = env('ONLY_DIAGNOSTICS', '0') === '1';
const WORKSPACE = env('WORKSPACE');
const FILE = env('FILE');
const LINE = Number(env('LINE'));
const EXPECT = env('EXPECT');
const TITLE = env('TITLE');
const LOCALE = env('LOCALE', 'zh-CN');
const ARTIFACTS = env('ARTIFACTS');
const PORT = Number(env('PORT'));
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const TIMEOUT = Number(env('TIMEOUT_MS', '60000'));
const RULE = 'login/phone-button-label';

const started = Date.now();
function log(msg) {
  process.stdout.write(`[vscode-test ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

async function waitFor(what, fn, timeout = TIMEOUT, every = 200) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) {
        return last;
      }
    } catch (e) {
      last = e;
    }
    await sleep(every);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

function lineOnDisk(file) {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/)[LINE - 1];
}

/** The extension's "Starting … (from …)" line, from the output channel logs under user data. */
function serverStartLine(userData) {
  const stack = [path.join(userData, 'logs')];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        stack.push(p);
      } else if (/mpls/.test(e.name) && e.name.endsWith('.log')) {
        const m = fs.readFileSync(p, 'utf8').match(/Starting \S+ serve.*\(from \w+\)/);
        if (m) {
          return m[0];
        }
      }
    }
  }
  return undefined;
}

async function main() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const home = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'mpls-vscode-'));
  const userData = path.join(home, 'user-data');
  const extensions = path.join(home, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        ...(MPLS_BIN ? { 'mpls.path': MPLS_BIN } : {}),
        'mpls.locale': LOCALE,
        'mpls.trace.server': 'off',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.colorTheme': 'Default Light Modern',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'editor.minimap.enabled': false,
        'editor.fontSize': 15,
        'editor.wordWrap': 'on',
        'chat.commandCenter.enabled': false,
        'files.autoSave': 'off',
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  const childEnv = {
    ...process.env,
    VSCODE_CLI: '1',
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_STATE_HOME: path.join(home, 'state'),
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  if (!MPLS_BIN) {
    // No setting: the extension must not find an mpls on PATH either.
    const onPath = (childEnv.PATH || '').split(path.delimiter).filter((d) => d && fs.existsSync(path.join(d, 'mpls')));
    if (onPath.length > 0) {
      throw new Error(`no mpls.path is set, but mpls is on PATH in ${onPath.join(', ')}: remove it from PATH`);
    }
  }

  if (EXTENSION_DIR) {
    const dest = path.join(extensions, path.basename(EXTENSION_DIR));
    log(`copying the extension folder ${EXTENSION_DIR} to ${dest}`);
    fs.mkdirSync(extensions, { recursive: true });
    fs.cpSync(EXTENSION_DIR, dest, { recursive: true });
  } else if (VSIX) {
    log(`installing ${VSIX}`);
    execFileSync(CODE_SERVER, [...common, '--install-extension', VSIX, '--force'], { env: childEnv, stdio: 'inherit' });
  } else {
    throw new Error('set VSIX or EXTENSION_DIR');
  }

  log(`starting code-server on 127.0.0.1:${PORT}`);
  const serverLog = fs.openSync(path.join(ARTIFACTS, 'code-server.log'), 'w');
  if (await httpOk(`http://127.0.0.1:${PORT}/healthz`)) {
    throw new Error(`port ${PORT} is already taken`);
  }
  // detached: code-server leads a new process group, so stopping it also stops the extension
  // host and the language server it started (killing the main process alone orphans them).
  const server = spawn(
    CODE_SERVER,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${PORT}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      WORKSPACE,
    ],
    { env: childEnv, stdio: ['ignore', serverLog, serverLog], detached: true },
  );
  const groupAlive = () => {
    try {
      process.kill(-server.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const killGroup = (signal) => {
    try {
      process.kill(-server.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const stopServer = async () => {
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && groupAlive(); i++) {
      await sleep(100);
    }
    killGroup('SIGKILL');
  };
  process.on('exit', () => killGroup('SIGKILL'));

  let browser;
  let page;
  const shot = async (name) => {
    if (page) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      log(`screenshot ${file}`);
    }
  };
  try {
    await waitFor('code-server to answer', () => httpOk(`http://127.0.0.1:${PORT}/healthz`), 60000, 250);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=en-US',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const url = `http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WORKSPACE)}`;
    log(`opening ${url}`);
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();
    // The explorer shows the workspace once the window is ready.
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor();
    await sleep(1000);

    // Open the template the way a person does: Quick Open (Ctrl+P), type the name, Enter.
    log(`opening ${FILE}`);
    const base = path.basename(FILE);
    // Retried: a panel or notification that opens during start-up can take the focus away.
    await waitFor('quick open to list the file', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
      await input.waitFor({ timeout: 3000 });
      await input.fill(FILE.replace(/\\/g, '/'));
      await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      return true;
    }, TIMEOUT, 500);
    await page.locator(`.tab.active[aria-label*="${base}"], .tab.active:has-text("${base}")`).first().waitFor();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.locator('.monaco-editor .view-lines', { hasText: '一键登录' }).first().waitFor();
    // The status bar names the language the extension registered (not "Plain Text").
    const langName = { wxml: 'WXML', ttml: 'TTML (Douyin)', axml: 'AXML (Alipay)', swan: 'SWAN (Baidu)', qml: 'QML (QQ mini-program)' }[
      path.extname(FILE).slice(1)
    ];
    await waitFor(`the status bar to show the language ${langName}`, async () => {
      const text = await page.locator('.statusbar').innerText();
      return text.includes(langName);
    }, 20000).catch(async (e) => {
      throw new Error(`${e.message} (is the extension installed and active?)`);
    });

    // The diagnostic: a squiggle in the editor, then the entry in the Problems panel.
    log('waiting for the diagnostic');
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: RULE }).first().waitFor();
    // The panel is a tree: a row per file (aria-level 1), then its problems (aria-level 2).
    // Take the problem under our file, and fail on diagnostics published for any other path.
    const dir = path.posix.dirname(FILE.replace(/\\/g, '/'));
    let problem;
    await waitFor(`the ${RULE} problem under ${FILE}`, async () => {
      const rows = page.locator('.markers-panel .monaco-list-row');
      const files = [];
      let current = null;
      problem = undefined;
      for (let i = 0, n = await rows.count(); i < n; i++) {
        const row = rows.nth(i);
        const text = (await row.innerText()).replace(/\s+/g, ' ');
        if ((await row.getAttribute('aria-level')) === '1') {
          current = text;
          files.push(text);
        } else if (!problem && current && current.includes(base) && (dir === '.' || current.includes(dir)) && text.includes(RULE)) {
          problem = row;
        }
      }
      const strays = files.filter((f) => f.includes(base) && !(dir === '.' || f.includes(dir)));
      if (strays.length > 0) {
        throw new Error(`the Problems panel lists diagnostics for a file that is not ${FILE}: ${JSON.stringify(strays)} (mpls published them for a wrong URI)`);
      }
      return problem;
    }, 20000);
    log(`problems panel: ${(await problem.innerText()).replace(/\s+/g, ' ')}`);
    await shot('1-problems');
    if (EXPECT_SOURCE) {
      const line = await waitFor(`the extension log to say the server came from ${EXPECT_SOURCE}`, () => serverStartLine(userData), 10000);
      if (!line.includes(`(from ${EXPECT_SOURCE})`)) {
        throw new Error(`the extension started a server that is not the ${EXPECT_SOURCE} one: ${line}`);
      }
      log(`extension log: ${line}`);
    }
    if (ONLY_DIAGNOSTICS) {
      return;
    }

    // Put the cursor on the diagnostic from the Problems panel, then Ctrl+. for quick fixes.
    // `problem` is the n-th row: when another publish re-sorts the panel (the project's
    // findings arrive a moment after the file's), that index names another problem, so the
    // row is found again by its text before each attempt.
    const problemRow = page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: RULE }).first();
    const gotoProblem = async () => {
      await problemRow.click();
      await problemRow.press('Enter');
      await sleep(300);
      await page.locator('.monaco-editor.focused').first().waitFor();
    };
    await gotoProblem();
    log('Ctrl+. for quick fixes');
    // Rows of class 'action' are the fixes; others are group headers such as "Quick Fix".
    // Asked again (Escape, Ctrl+.) while the menu lacks the fix, as a person would.
    let offered = [];
    let attempts = 0;
    await waitFor(`a quick fix titled ${JSON.stringify(TITLE)}`, async () => {
      attempts++;
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget .monaco-list-row').first().waitFor({ timeout: 5000 });
      offered = (await page.locator('.action-widget .monaco-list-row.action').allInnerTexts()).map((t) => t.trim());
      if (offered.includes(TITLE)) {
        return true;
      }
      log(`attempt ${attempts}: quick fixes offered ${JSON.stringify(offered)}`);
      await page.keyboard.press('Escape');
      await gotoProblem(); // the cursor may sit on another problem: go to ours again
      return false;
    }, TIMEOUT, 500).catch((e) => {
      throw new Error(`${e.message}; last offered: ${JSON.stringify(offered)}`);
    });
    log(`quick fixes offered: ${JSON.stringify(offered)} (attempt ${attempts})`);
    // Move the keyboard focus to that entry and apply it with Enter.
    for (let i = 0; i <= offered.length; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.action.focused').first().innerText().catch(() => '');
      if (focused.trim() === TITLE) {
        break;
      }
      await page.keyboard.press('ArrowDown');
      await sleep(150);
    }
    await sleep(500);
    await shot('2-quickfix-menu');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: EXPECT.trim().slice(-40) }).first().waitFor({ timeout: 15000 }).catch(() => undefined);

    log('Ctrl+S');
    await page.keyboard.press('Control+S');
    const file = path.join(WORKSPACE, FILE);
    let got;
    await waitFor('the file on disk to change', () => {
      got = lineOnDisk(file);
      return got !== undefined && !got.includes('一键登录');
    }, 20000).catch(() => undefined);
    await sleep(500);
    await shot('3-after-fix');
    got = lineOnDisk(file);
    if (got !== EXPECT) {
      throw new Error(`line ${LINE} of ${FILE} on disk after the fix:\n  got:  ${got}\n  want: ${EXPECT}`);
    }
    log(`file on disk: ${got.trim()}`);
    // The diagnostic goes away once the server has seen the edit.
    await page.locator('.markers-panel .monaco-list-row', { hasText: RULE }).first().waitFor({ state: 'detached', timeout: 20000 });
    log('diagnostic cleared');

    // Closing-tag completion: typing `<text>` on a new line inserts `</text>` after the cursor.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<text>');
    const editorText = async () =>
      (await page.locator('.monaco-editor .view-line').allTextContents()).map((t) => t.replace(/\u00a0/g, ' ')).join('\n');
    await waitFor('the closing tag to be inserted', async () => (await editorText()).includes('<text></text>'), 10000).catch(async (e) => {
      throw new Error(`${e.message}; editor shows:\n${await editorText()}`);
    });
    await page.keyboard.type('hi');
    await waitFor('the text typed between the tags', async () => (await editorText()).includes('<text>hi</text>'), 10000).catch(async (e) => {
      throw new Error(`${e.message}; editor shows:\n${await editorText()}`);
    });
    log('closing tag inserted: <text>hi</text>');

    // The submission notes of the project, with its privacy section: the phone button.
    await checkNotes(page, { log, waitFor, shot, timeout: TIMEOUT }, '手机号：`<button open-type="getPhoneNumber">`');
  } catch (err) {
    await shot('failure');
    throw err;
  } finally {
    if (browser) {
      await browser.close().catch(() => undefined);
    }
    await stopServer();
    // The extension host writes its logs under the user-data folder.
    try {
      const logs = path.join(userData, 'logs');
      if (fs.existsSync(logs)) {
        fs.cpSync(logs, path.join(ARTIFACTS, 'vscode-logs'), { recursive: true });
      }
    } catch {
      /* best effort */
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => {
    log('PASS');
    process.exit(0);
  },
  (err) => {
    process.stderr.write(`[vscode-test] FAIL: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
