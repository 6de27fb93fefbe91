/**
 * Inlay hints over stdio against the real server: the capability, the hints of
 * the example contract for a range, the setting that turns them off, and a
 * refresh asked of the client when the extension reports a setting change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const EXAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/managed-services.contract'), 'utf8');

describe('inlay hints (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  let refreshes = 0;
  let onRefresh: (() => void) | undefined;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-inlay-'));
    client.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes++;
      onRefresh?.();
      return null;
    });
    uri = fileUri(path.join(ws, 'msa.contract'));
    client.open(uri, EXAMPLE);
    await client.diagnostics(uri);
  });

  afterAll(() => stopAndRemove(client, ws));

  const whole = () => ({ start: { line: 0, character: 0 }, end: { line: EXAMPLE.split('\n').length, character: 0 } });
  const request = (range = whole()) => client.request<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range });

  it('declares the inlay hint capability', () => {
    expect(client.capabilities.inlayHintProvider).toBeTruthy();
  });

  it('answers with the computed dates and downtime at the end of their statements', async () => {
    const hints = (await request()) ?? [];
    // The liability cap (12 months of fees) and the data-breach super cap (36 months) in money.
    expect(hints.map((h) => h.label)).toEqual([
      '≤ 43 min 50 s/month',
      '≈ 150,000.00 USD',
      '≈ 450,000.00 USD',
      'ends 2028-12-31',
      'notice by 2028-11-01',
      'notice by 2028-10-02 to end 2028-12-31',
    ]);
    expect(hints[3]!.position).toEqual(positionOf(EXAMPLE, 'initial 24 months', 'initial 24 months'.length));
    expect(hints[3]!.paddingLeft).toBe(true);
    expect(String(hints[4]!.tooltip)).toMatch(/notice of non-renewal must be given by 2028-11-01/);
  });

  it('answers only for the requested range', async () => {
    const start = positionOf(EXAMPLE, 'term {');
    const end = positionOf(EXAMPLE, 'termination {');
    const hints = (await request({ start, end })) ?? [];
    expect(hints.map((h) => h.label)).toEqual(['ends 2028-12-31', 'notice by 2028-11-01']);
  });

  it('follows the edits of the document', async () => {
    const at = positionOf(client.text(uri), 'effective 2027-01-01', 'effective '.length);
    client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 10 } }, text: '2030-03-31' }]);
    await client.diagnostics(uri);
    const hints = (await request()) ?? [];
    expect(hints.map((h) => h.label)).toContain('ends 2032-03-30');
    client.replaceAll(uri, EXAMPLE);
    await client.diagnostics(uri);
  });

  it('shows nothing when clausewise.inlayHints.enabled is false, and asks the client to refresh when told the setting changed', async () => {
    client.settings = { debounceMs: 0, inlayHints: { enabled: false } };
    const before = refreshes;
    const refreshed = new Promise<void>((resolve) => (onRefresh = resolve));
    await client.connection.sendNotification('clausewise/inlayHintsSettingChanged');
    await refreshed;
    expect(refreshes).toBe(before + 1);
    expect(await request()).toEqual([]);
    client.settings = { debounceMs: 0, inlayHints: { enabled: true } };
    expect(((await request()) ?? []).length).toBe(6);
  });
});
