// UI tests: Playwright drives the real VS Code workbench (VS Code server +
// Debian's Chromium) with Clausewise loaded, the way a user would: typing,
// hovering, expanding a snippet. Screenshots land in test-results/.
// The runner (scripts/e2e.mjs) fills in ../ui/context.mjs before loading this file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbenchUntrusted } from '../../../scripts/vscode-server.mjs';
import { MOD, quickOpen, runCommand } from './actions.mjs';
import { ctx } from './context.mjs';

/** Saves a screenshot of the whole workbench. */
async function shot(name) {
  const file = path.join(ctx.resultsDir, `ui-${name}.png`);
  await ctx.page.screenshot({ path: file });
  return file;
}

/** The text of the active editor, as rendered (lines joined with newlines). */
async function editorText() {
  // The editor renders spaces as non-breaking spaces.
  return (await ctx.page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/**
 * Opens a new contract from the "Minimal skeleton" template, waits until the
 * template is in the editor, leaves its tab stops and puts the cursor on the
 * empty line before the contract's closing brace (the template's final stop).
 */
async function newMinimalContract() {
  const { page } = ctx;
  await runCommand('Clausewise: New contract from template');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Minimal skeleton' }).click();
  await page.locator('.editor-instance .view-line', { hasText: 'Title of the agreement' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
}

suite('workbench UI (Playwright + Chromium)', function () {
  suiteSetup(async function () {
    // Answers the trust question with "no": Clausewise must work in Restricted Mode.
    await openWorkbenchUntrusted(ctx.page, ctx.url);
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await shot(`failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
      await ctx.page.keyboard.press('Escape');
    }
  });

  test('a vague SLA typed into a new contract gets a squiggle and shows in the Problems count', async function () {
    const { page } = ctx;
    await newMinimalContract();
    await page.keyboard.type('sla support for service {', { delay: 10 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('priority critical respond within "promptly"', { delay: 10 });
    await page.keyboard.press('Escape');
    assert.match(await editorText(), /respond within "promptly"/);

    const squiggle = page.locator('.editor-instance .squiggly-error').first();
    await squiggle.waitFor({ state: 'visible', timeout: 30_000 });
    // The workbench's own Problems indicator counts it (Clausewise's language status item does not repeat the count).
    const problems = page.locator('#status\\.problems');
    const problemsLabel = (await problems.getAttribute('aria-label')) ?? (await problems.innerText());
    assert.match(problemsLabel, /[1-9]/, `the Problems indicator should count the new problems, got "${problemsLabel}"`);

    await page.keyboard.press(`${MOD}+Shift+M`);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'promptly' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await shot('1-vague-sla-squiggle-and-problems');
    // Hide the panel again (Toggle Panel Visibility) so that the next test has the whole editor.
    await page.keyboard.press(`${MOD}+J`);
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
  });

  test('hovering an uptime shows the computed downtime', async function () {
    const { page } = ctx;
    await quickOpen('managed-services.contract');
    // Bring the uptime line into view with Go to Line.
    const source = fs.readFileSync(path.join(ctx.workspace, 'managed-services.contract'), 'utf8').split('\n');
    const lineNo = source.findIndex((l) => l.includes('uptime 99.9% monthly')) + 1;
    assert.ok(lineNo > 0);
    await page.keyboard.press(`${MOD}+G`);
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(String(lineNo));
    await page.keyboard.press('Enter');
    const line = page.locator('.editor-instance .view-line', { hasText: 'uptime 99.9% monthly' }).first();
    await line.waitFor({ state: 'visible' });
    const value = line.locator('span span', { hasText: /^99\.9/ }).first();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'downtime' }).first();
    // Moving onto the value triggers the hover after the editor's hover delay; poll by re-hovering.
    for (let attempt = 0; attempt < 20 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(0, 0);
      await value.hover();
      await hover.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    }
    const text = await hover.innerText();
    assert.match(text, /43 min 50 s/, `the hover should state the allowed downtime, got: ${text}`);
    // Wait for the hover's fade-in to finish before the screenshot.
    await page.waitForFunction((el) => getComputedStyle(el).opacity === '1', await hover.elementHandle());
    await shot('2-hover-downtime');
  });

  test('a snippet expands from the suggestion list', async function () {
    const { page } = ctx;
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await newMinimalContract();
    await page.keyboard.type('reportin', { delay: 10 });
    await page.keyboard.press(`${MOD}+Space`);
    const item = page.locator('.suggest-widget .monaco-list-row:has(.codicon-symbol-snippet)', { hasText: /^reporting/ }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    // A click on a suggestion accepts it.
    await item.click();
    await ctx.page.locator('.editor-instance .view-line', { hasText: 'review' }).first().waitFor({ state: 'visible' });
    const text = await editorText();
    assert.match(text, /reporting \{\n\s+report (monthly|quarterly) "[^"]+"\n\s+review \w+\n\s+\}/);
    await shot('3-snippet-expanded');
  });
});
