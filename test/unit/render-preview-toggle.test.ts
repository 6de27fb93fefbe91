/**
 * The preview's review/signing toggle, run in headless Chromium (playwright-core)
 * with a stand-in for the webview API: the page script adds a toolbar with one
 * checkbox outside every `data-line` element; ticking it asks the extension
 * for the signing copy and remembers the choice in the webview state; an
 * update with the signing copy swaps the body's class so the checkbox follows,
 * and the notes are gone. A saved state brings the choice back after a reload.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { restoredSigning, withPageScript } from '../../client/preview-script.js';
import { renderHtml } from '../../server/core/render/index.js';

const CHROMIUM = process.env['CLAUSEWISE_CHROMIUM'] ?? '/usr/bin/chromium';
const NONCE = 'n0nce1234567';
const SOURCE = fs.readFileSync(`${__dirname}/../../examples/managed-services.contract`, 'utf8');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is needed for this test but was not found at ${CHROMIUM}: install it or set CLAUSEWISE_CHROMIUM.`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The preview page as the extension loads it, with a stand-in webview API that records messages and state. */
function previewPage(signing: boolean, saved?: unknown): string {
  const html = renderHtml(parse(SOURCE), { forPreview: true, nonce: NONCE, signing });
  const stub = `<script nonce="${NONCE}">window.__messages = []; window.__state = ${JSON.stringify(saved ?? null)};
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__messages.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });</script>`;
  return withPageScript(html.replace('<body', `${stub}\n<body`), NONCE, 'file:///deals/msa.contract');
}

describe('the preview toggle between the review copy and the signing copy', () => {
  it('adds a toolbar with an unticked checkbox to the review copy, outside every data-line element', async () => {
    await page.setContent(previewPage(false));
    const box = page.locator('#cw-signing-toggle');
    expect(await box.isChecked()).toBe(false);
    expect(await page.locator('#cw-preview-toolbar').evaluate((el) => el.closest('[data-line]') === null && el.parentElement === document.body)).toBe(true);
    expect(await page.locator('aside.cw-note').count()).toBeGreaterThan(5);
  });

  it('asks for the signing copy when ticked, remembers it, and follows the update', async () => {
    await page.setContent(previewPage(false));
    await page.locator('#cw-signing-toggle').check();
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(messages).toContainEqual({ type: 'signing', on: true });
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    expect(restoredSigning(state)).toBe(true);
    // The extension answers with the signing copy.
    const signingHtml = renderHtml(parse(SOURCE), { forPreview: true, nonce: NONCE, signing: true });
    await page.evaluate((html) => window.postMessage({ type: 'update', html, version: 2 }, '*'), signingHtml);
    await page.waitForFunction(() => document.body.classList.contains('cw-signing'));
    expect(await page.locator('#cw-signing-toggle').isChecked()).toBe(true);
    expect(await page.locator('aside.cw-note').count()).toBe(0);
    expect(await page.locator('.cw-signature').count()).toBe(2);
    expect(await page.locator('.cw-glance').count()).toBe(0);
  });

  it('restores the choice from a saved state', () => {
    expect(restoredSigning({ uri: 'file:///x.contract', signing: true })).toBe(true);
    expect(restoredSigning({ uri: 'file:///x.contract' })).toBe(false);
    expect(restoredSigning({ signing: 'yes' })).toBe(false);
    expect(restoredSigning(null)).toBe(false);
  });
});
