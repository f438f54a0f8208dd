// Part of the VS Code end-to-end test (quickfix.js): run the palette command
// "mpls: Submission notes (提审说明)", which asks the server (workspace/executeCommand
// mpls.submissionNotes) and opens the Markdown in a new untitled tab, and find the privacy
// section in it; then the same for the privacy declaration.

'use strict';

/** Runs a command from the palette (F1) by its title. */
async function runPaletteCommand(page, waitFor, title, timeout) {
  await waitFor(`the command palette to list ${JSON.stringify(title)}`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
    await input.waitFor({ timeout: 3000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    return true;
  }, timeout, 500);
}

/** The lines the active editor shows (only the rendered ones: Monaco virtualises). */
async function shownText(page) {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-line').allTextContents();
  return lines.map((t) => t.replace(/\u00a0/g, ' ')).join('\n');
}

/** Finds text in the active editor with Ctrl+F, which scrolls the match into view, and
 * returns the lines then shown. */
async function findInEditor(page, waitFor, text, timeout) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  const input = page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input.input').first();
  await input.waitFor({ timeout: 5000 });
  await input.fill(text);
  const count = page.locator('.editor-group-container.active .find-widget .matchesCount').first();
  await waitFor(`a match for ${JSON.stringify(text)}`, async () => {
    const c = (await count.innerText().catch(() => '')).trim();
    if (/^no results/i.test(c) || c === '') {
      return false;
    }
    return (await shownText(page)).includes(text);
  }, timeout).catch(async (e) => {
    throw new Error(`${e.message}; find says ${JSON.stringify(await count.innerText().catch(() => ''))}; editor shows:\n${await shownText(page)}`);
  });
  await page.keyboard.press('Escape');
  return shownText(page);
}

/** Opens a document from a palette command and checks it is a new untitled Markdown tab
 * whose text has every one of want (each found with Ctrl+F). */
async function openMarkdown(page, { log, waitFor, shot, timeout }, title, first, want, shotName) {
  const before = await page.locator('.tab').count();
  log(`palette: ${title}`);
  await runPaletteCommand(page, waitFor, title, timeout);
  await waitFor(`a new tab for ${title}`, async () => (await page.locator('.tab').count()) > before, timeout);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: first }).first().waitFor({ timeout });
  await waitFor('the status bar to show the language Markdown', async () => (await page.locator('.statusbar').innerText()).includes('Markdown'), 20000);
  const tab = (await page.locator('.tab.active').first().innerText()).trim();
  const dirty = await page.locator('.tab.active.dirty').count();
  log(`new tab ${JSON.stringify(tab)} (Markdown${dirty ? ', unsaved' : ''})`);
  for (const w of want) {
    await findInEditor(page, waitFor, w, 20000);
    log(`found ${JSON.stringify(w)}`);
  }
  await shot(shotName);
}

/** The submission notes, privacy section included, then the privacy declaration. */
async function checkNotes(page, ctx, privacyUse) {
  await openMarkdown(page, ctx, 'mpls: Submission notes (提审说明)', '# 提审说明', ['本次是否涉及新增用户隐私信息收集', privacyUse], '4-submission-notes');
  await openMarkdown(page, ctx, 'mpls: Privacy declaration (用户隐私保护指引)', '# 用户隐私保护指引', ['开发者处理的信息'], '5-privacy-declaration');
}

module.exports = { checkNotes };
