/**
 * The document-view requests over stdio against the real server:
 * `clausewise/render` (preview HTML with the nonce CSP, updated after an edit,
 * error banner), `clausewise/obligations` and `clausewise/calendar`, and the
 * empty answers for a document that is neither open nor on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarResult, ObligationsResult, RenderResult } from '../../server/protocol.js';
import { fileUri, positionOf, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const EXAMPLES = path.join(__dirname, '../../examples');
const CLEAN = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
const BROKEN = fs.readFileSync(path.join(EXAMPLES, 'vague-services.contract'), 'utf8');
const NONCE = 'abcDEF0123456789';
// What VS Code 1.100 gives as `webview.cspSource`: two source expressions.
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";

describe('document views (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  let brokenUri: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-preview-'));
    uri = fileUri(path.join(ws, 'msa.contract'));
    brokenUri = fileUri(path.join(ws, 'vague services.contract'));
    client.open(uri, CLEAN);
    client.open(brokenUri, BROKEN);
    await client.diagnostics(uri);
    await client.diagnostics(brokenUri);
  });

  afterAll(() => stopAndRemove(client, ws));

  const render = (u: string) => client.request<RenderResult>('clausewise/render', { uri: u, nonce: NONCE, cspSource: CSP_SOURCE });

  it('renders the preview page with a nonce-only Content-Security-Policy and source lines', async () => {
    const r = await render(uri);
    expect(r.version).toBe(client.version(uri));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(r.html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'nonce-${NONCE}'`);
    expect(csp).toContain(`style-src ${CSP_SOURCE} 'nonce-${NONCE}'`);
    expect(r.html).toContain(`<style nonce="${NONCE}">`);
    expect(r.html).toContain('<h1>Managed IT Services Agreement</h1>');
    expect(r.html).toContain('var(--vscode-editor-foreground');
    expect(r.html).toContain('Rendered by Clausewise from msa.contract');
    // The term section points at its source line.
    const termLine = positionOf(CLEAN, 'term {').line;
    expect(r.html).toMatch(new RegExp(`<section class="cw-section cw-major" id="[^"]+" data-line="${termLine}">`));
    expect(r.html).not.toMatch(/<script(?![^>]*nonce)/);
  });

  it('renders the signing copy when asked: no review notes, no obligations table, no footer, a signature block per party', async () => {
    const r = await client.request<RenderResult>('clausewise/render', { uri, nonce: NONCE, cspSource: CSP_SOURCE, signing: true });
    expect(r.html).toContain('cw-signing');
    expect(r.html).toContain('<h2>Signatures</h2>');
    for (const absent of ['<aside class="cw-note"', 'Obligations at a glance', 'Rendered by Clausewise']) expect(r.html).not.toContain(absent);
    expect((await render(uri)).html).toContain('<aside class="cw-note"');
  });

  it('renders the current text after an edit, escaping what the contract says', async () => {
    const at = positionOf(client.text(uri), 'Managed IT Services Agreement');
    client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 'Managed IT Services Agreement'.length } }, text: 'Renamed <b>Agreement</b>' }]);
    const r = await render(uri);
    expect(r.version).toBe(client.version(uri));
    expect(r.html).toContain('<h1>Renamed &lt;b&gt;Agreement&lt;/b&gt;</h1>');
    expect(r.html).not.toContain('<b>Agreement</b>');
    client.replaceAll(uri, CLEAN);
    await client.diagnostics(uri);
  });

  it('shows the errors of a broken contract in a banner, with the file name decoded', async () => {
    const r = await render(brokenUri);
    expect(r.html).toMatch(/<aside class="cw-banner" role="alert">/);
    expect(r.html).toMatch(/This contract has \d+ errors? and is not ready to sign/);
    expect(r.html).toContain('(invalid-date)');
    expect(r.html).toContain('Rendered by Clausewise from vague services.contract');
  });

  it('lists the obligations per party with their source lines', async () => {
    const r = await client.request<ObligationsResult>('clausewise/obligations', { uri });
    expect(r.contracts).toHaveLength(1);
    const [contract] = r.contracts;
    expect(contract!.title).toBe('Managed IT Services Agreement');
    expect(contract!.parties.map((p) => p.label)).toEqual(['Acme Managed Services LLC (Provider)', 'Globex Corporation (Client)']);
    const provider = contract!.parties[0]!;
    expect(provider.range?.start.line).toBe(positionOf(CLEAN, 'party provider').line);
    const respond = provider.obligations.find((o) => o.kind === 'respond')!;
    expect(respond.what).toMatch(/^Respond to critical incidents/);
    expect(respond.when).toBe('within 15 minutes');
    expect(respond.range.start.line).toBe(positionOf(CLEAN, 'priority critical').line);
    const client_ = contract!.parties[1]!;
    expect(client_.obligations.some((o) => o.kind === 'payment' && /12,500/.test(o.what))).toBe(true);
    const notice = client_.obligations.find((o) => o.kind === 'renewal-notice')!;
    expect(notice.date).toBe('2028-11-01');
  });

  it('exports a calendar that a real iCalendar parser reads back', async () => {
    const r = await client.request<CalendarResult>('clausewise/calendar', { uri, fileName: 'msa.contract' });
    expect(r.ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(r.ics));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(r.events);
    const byStart = (d: string) => events.filter((e) => e.startDate.toString() === d).map((e) => e.summary);
    expect(byStart('2027-01-01')).toContain('Managed IT Services Agreement: Agreement takes effect');
    expect(byStart('2028-12-31')).toContain('Managed IT Services Agreement: Last day of the initial term');
    expect(byStart('2028-11-01').some((s) => /notice of non-renewal/.test(s))).toBe(true);
    expect(events.find((e) => /effect/.test(e.summary))!.description).toMatch(/line \d+ of msa\.contract/);
  });

  it('answers a document that is neither open nor on disk as an empty one, not with an error', async () => {
    const nowhere = fileUri(path.join(ws, 'nowhere.contract'));
    const page = await render(nowhere);
    expect(page).toMatchObject({ uri: nowhere, version: 0 });
    expect(page.html).toContain('no contract yet');
    expect(page.html).toContain(`nonce-${NONCE}`);
    expect(await client.request<ObligationsResult>('clausewise/obligations', { uri: nowhere })).toEqual({ uri: nowhere, version: 0, contracts: [] });
    expect(await client.request<CalendarResult>('clausewise/calendar', { uri: nowhere })).toMatchObject({ uri: nowhere, version: 0, events: 0 });
  });
});
