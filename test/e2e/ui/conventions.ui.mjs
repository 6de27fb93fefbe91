// UI tests of the editor conventions (issue 14 item 6), driven like a user
// would: Ctrl+K V opens the preview beside a contract, the Explorer's context
// menu on a .contract file offers the preview and the calendar export, and the
// Get Started walkthrough shows its steps and pages. Screenshots land in
// test-results/ui-conventions-*.png. The runner (scripts/e2e.mjs) fills in
// ./context.mjs before loading this file.
import assert from 'node:assert/strict';
import path from 'node:path';
import { openWorkbenchUntrusted } from '../../../scripts/vscode-server.mjs';
import { MOD, quickOpen, runCommand } from './actions.mjs';
import { ctx } from './context.mjs';

async function shot(name) {
  const file = path.join(ctx.resultsDir, `ui-conventions-${name}.png`);
  await ctx.page.screenshot({ path: file });
  return file;
}

suite('editor conventions in the workbench (Playwright + Chromium)', function () {
  suiteSetup(async function () {
    // Another UI file may have opened the workbench already in this page.
    if (!(await ctx.page.locator('.monaco-workbench').isVisible())) await openWorkbenchUntrusted(ctx.page, ctx.url);
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await shot(`failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
      await ctx.page.keyboard.press('Escape');
    }
  });

  test('Ctrl+K V opens the preview beside a contract', async function () {
    const { page } = ctx;
    // Quick Open leaves the focus in the contract's editor.
    await quickOpen('managed-services.contract');
    await page.keyboard.press(`${MOD}+K`);
    await page.keyboard.press('V');
    const tab = page.locator('.tab', { hasText: 'Preview managed-services.contract' });
    await tab.waitFor({ state: 'visible', timeout: 60_000 });
    assert.ok((await page.locator('.editor-group-container').count()) >= 2, 'the preview should open in another editor group, beside the contract');
    await shot('1-ctrl-k-v-preview');
    // The focus stayed in the contract's group: close the preview's (no unsaved editor is closed, so no dialog).
    await runCommand('View: Close Editors in Other Groups');
    await tab.waitFor({ state: 'detached' });
  });

  test('the Explorer context menu of a contract offers the preview and the calendar export', async function () {
    const { page } = ctx;
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'managed-services.contract' }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    await item.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ state: 'visible' });
    const text = await menu.innerText();
    assert.match(text, /Open preview to the side/);
    assert.match(text, /Export calendar \(\.ics\)/);
    await shot('2-explorer-context-menu');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  test('the Get Started walkthrough lists its steps and shows a page per step', async function () {
    const { page } = ctx;
    await runCommand('Welcome: Open Walkthrough...');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Clausewise' }).first();
    await pick.waitFor({ state: 'visible', timeout: 30_000 });
    await pick.click();
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('.getting-started-step', { hasText: 'Start a contract from a template' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    for (const title of ['Read the checks', 'Preview the agreement', 'Export the calendar']) {
      assert.ok(await walkthrough.locator('.getting-started-step', { hasText: title }).count(), `the walkthrough should list "${title}"`);
    }
    // The first step's page is rendered beside the steps, in a webview.
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('h1', { hasText: 'Start from a template' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shot('3-walkthrough');
    await walkthrough.locator('.getting-started-step', { hasText: 'Read the checks' }).first().click();
    await frame.locator('h1', { hasText: 'Read the checks' }).waitFor({ state: 'visible', timeout: 30_000 });
    await shot('4-walkthrough-checks');
    // Close it by its tab's close button: the palette's Close Editor acts on whichever editor has focus,
    // which a walkthrough's webview may not hand back.
    const tab = page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await walkthrough.waitFor({ state: 'detached', timeout: 30_000 });
  });
});
