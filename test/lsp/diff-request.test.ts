/**
 * `clausewise/semanticDiff` over stdio against the real server (what the
 * compare panel asks): the semantic diff of an old text and the open
 * document, weighed with the document's clausewise.json (its perspective).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../server/diff-protocol.js';
import { fileUri, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const ROUND = path.join(__dirname, '../fixtures/diff/negotiation-round');
const OLD = fs.readFileSync(path.join(ROUND, 'old.contract'), 'utf8');
const NEW = fs.readFileSync(path.join(ROUND, 'new.contract'), 'utf8');

describe('clausewise/semanticDiff (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-diff-'));
    fs.writeFileSync(path.join(ws, 'clausewise.json'), '{ "perspective": "client" }\n');
    uri = fileUri(path.join(ws, 'msa.contract'));
    client.open(uri, NEW);
    await client.diagnostics(uri);
  });

  afterAll(() => stopAndRemove(client, ws));

  it('compares the old text with the open document, against the perspective of its clausewise.json', async () => {
    const r = await client.request<CompareResult>('clausewise/semanticDiff', { uri, oldText: OLD, oldName: 'HEAD' });
    expect(r).toMatchObject({ version: 1, old: 'HEAD', new: 'msa.contract', perspective: 'client', summary: { changes: 5, againstUs: 4 } });
    const uptime = r.changes.find((c) => c.keyword === 'uptime')!;
    expect(uptime.impact).toEqual([{ label: 'allowed downtime in a 30.44-day month', before: '43 min 50 s', after: '3 h 39 min 10 s' }]);
    expect(r.diagnostics.appeared.map((d) => d.code)).toEqual(['sla-inconsistent', 'liability-cap-low', 'renewal-notice-trap']);
  });

  it('takes the new text when given, and refuses missing parameters with a reason', async () => {
    const same = await client.request<CompareResult>('clausewise/semanticDiff', { uri, oldText: OLD, newText: OLD });
    expect(same.summary.changes).toBe(0);
    await expect(client.request('clausewise/semanticDiff', { uri })).rejects.toThrow(/needs a uri and the old text/);
  });
});
