/**
 * The preview page in headless Chromium (playwright-core): the rendered
 * preview HTML with the page script of client/preview-script.ts, under its
 * own Content-Security-Policy, with VS Code's webview API stubbed. Checks that
 * the nonce'd script runs and nothing else does, that an update keeps the
 * scroll position and never lets a script or inline handler through (even
 * from a render that carried one), and the scroll and click synchronisation
 * messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPageScript } from '../../client/preview-script.js';
import { parse } from '../../grammar/index.js';
import { renderHtml } from '../../server/core/render/index.js';

const CHROMIUM = process.env['CLAUSEWISE_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const EXAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/managed-services.contract'), 'utf8');
const NONCE = '0123456789abcdef0123456789abcdef';
const URL = 'http://preview.test/';
/** The document the page shows; the `</script>` in it must neither end the script element nor be lost. */
const DOC_URI = 'file:///work/deals/a%20b/</script>msa.contract';

const render = (text: string) => renderHtml(parse(text), { forPreview: true, nonce: NONCE, cspSource: "'self' https://*.vscode-cdn.net" });

let browser: Browser;
let page: Page;
let blocked = 0;

/** Messages the page posted to the (stubbed) extension. */
const posted = (): Promise<{ type: string; [k: string]: unknown }[]> => page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted);

/** Waits until the page has posted a message matching `check`, and returns it. */
async function waitForMessage(check: (m: { type: string; [k: string]: unknown }) => boolean, since = 0) {
  for (let i = 0; i < 200; i++) {
    const m = (await posted()).slice(since).find(check);
    if (m) return m;
    await page.waitForTimeout(25);
  }
  throw new Error(`the page did not post the expected message; it posted ${JSON.stringify((await posted()).map((m) => m.type))}`);
}

/** Sends a message to the page as the extension does. */
const send = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is needed for this test but was not found at ${CHROMIUM}: install it or set CLAUSEWISE_CHROMIUM.`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
    w.__posted = [];
    w.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => w.__posted.push(m),
      getState: () => w.__state,
      setState: (s: unknown) => (w.__state = s),
    });
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === URL) return route.fulfill({ status: 200, contentType: 'text/html', body: withPageScript(render(EXAMPLE), NONCE, DOC_URI) });
    blocked++;
    return route.abort();
  });
  await page.goto(URL);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('preview page', () => {
  it('runs its nonce script under the strict policy and says it is ready', async () => {
    await waitForMessage((m) => m.type === 'ready');
    expect(await page.locator('h1').innerText()).toBe('Managed IT Services Agreement');
  });

  it('applies an update in place, keeping the scroll position, and reports what it shows', async () => {
    await page.evaluate(() => window.scrollTo(0, 900));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(500);
    const since = (await posted()).length;
    await send({ type: 'update', version: 7, html: render(EXAMPLE.replace('Managed IT Services Agreement', 'Renamed & <i>revised</i>')) });
    const applied = await waitForMessage((m) => m.type === 'applied', since);
    expect(applied).toMatchObject({ version: 7, title: 'Renamed & <i>revised</i>' });
    expect(applied.headings).toContain('Parties');
    expect(await page.locator('h1').innerText()).toBe('Renamed & <i>revised</i>');
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    expect(await page.locator('i').count()).toBe(0);
  });

  it('never runs a script or inline handler that an update carries, even one the renderer would not write', async () => {
    const hostile = render(EXAMPLE).replace(
      '</h1>',
      '</h1><script>window.__pwned=1</script><img src="x" onerror="window.__pwned=2"><div><script nonce="' + NONCE + '">window.__pwned=3</script></div>',
    );
    const since = (await posted()).length;
    await send({ type: 'update', version: 8, html: hostile });
    await waitForMessage((m) => m.type === 'applied', since);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // No script element came in; the page's own ran once at load and went with the first update.
    expect(await page.locator('script').count()).toBe(0);
    // The policy allowed the webview's own origin for images, so the hostile image was requested (and failed) without running its handler.
    blocked = 0;
  });

  it('scrolls to the element of a source line, marking it for the cursor', async () => {
    const termination = EXAMPLE.slice(0, EXAMPLE.indexOf('termination {')).split('\n').length - 1;
    await send({ type: 'update', version: 9, html: render(EXAMPLE) });
    let since = (await posted()).length;
    await send({ type: 'scrollTo', line: termination + 1, mark: false });
    const scrolled = await waitForMessage((m) => m.type === 'scrolled', since);
    expect(scrolled.line).toBe(termination + 1);
    const top = await page.evaluate((l) => document.querySelector(`.cw-section [data-line="${l}"]`)!.getBoundingClientRect().top, termination + 1);
    expect(Math.abs(top)).toBeLessThan(40);
    since = (await posted()).length;
    await send({ type: 'scrollTo', line: 2, mark: true });
    await waitForMessage((m) => m.type === 'scrolled' && m.line === 2, since);
    expect(await page.locator('.cw-active').count()).toBe(1);
    expect(await page.locator('.cw-active').getAttribute('data-line')).toBe('2');
    // A line in a gap between statements goes to the nearest element before it, never into the summary table.
    since = (await posted()).length;
    const blank = EXAMPLE.split('\n').findIndex((l, i) => i > termination && l.trim() === '');
    await send({ type: 'scrollTo', line: blank, mark: true });
    const nearest = await waitForMessage((m) => m.type === 'scrolled', since);
    expect(nearest.line as number).toBeLessThan(blank);
    expect(nearest.line as number).toBeGreaterThanOrEqual(termination);
    expect(await page.locator('.cw-glance .cw-active').count()).toBe(0);
  });

  it('asks to reveal the source line of a clicked paragraph, but not for a link', async () => {
    const priority = EXAMPLE.slice(0, EXAMPLE.indexOf('priority critical')).split('\n').length - 1;
    let since = (await posted()).length;
    await page.locator(`.cw-section .cw-para[data-line="${priority}"] p`).first().click();
    const reveal = await waitForMessage((m) => m.type === 'reveal', since);
    expect(reveal.line).toBe(priority);
    since = (await posted()).length;
    await page.locator('.cw-glance a').first().click();
    await page.waitForTimeout(150);
    expect((await posted()).slice(since).filter((m) => m.type === 'reveal')).toEqual([]);
  });

  it('remembers its scroll position in the webview state, and a normal page fetches nothing', async () => {
    await page.evaluate(() => window.scrollTo(0, 1234));
    await page.waitForFunction(() => (window as unknown as { __state?: { scrollY?: number } }).__state?.scrollY === 1234);
    expect(blocked).toBe(0);
  });

  it('keeps the URI of its document in the webview state, for restoring the preview after a reload', async () => {
    const state = await page.evaluate(() => (window as unknown as { __state?: { uri?: string } }).__state);
    expect(state?.uri).toBe(DOC_URI);
  });
});
