/**
 * `clausewise.perspective` and `clausewise.policy` over stdio: a change of the
 * perspective setting turns the rules that protect only the other side off or
 * on in the published diagnostics (without a restart), a setting wins over
 * clausewise.json, and a bad value is shown as an error naming the setting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG, RULES, type Perspective } from '../../server/core/index.js';
import { fileUri, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

// The version-1 managed-services example (stable while the examples are rewritten), without its late fee and its reporting:
// payment-no-late-terms protects the provider, missing-reporting the client.
const BASELINE = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/v1-baseline.json'), 'utf8'));
const V1: string = BASELINE.files['examples/managed-services.contract'].text;
const TEXT = V1.replace(/\n {4}late_fee [^\n]*/, '').replace(/\n {2}reporting \{[^}]*\}\n/, '\n');

const protects = (code: string) => RULES.find((r) => r.code === code)?.protects ?? 'both';
const summary = (ds: { code?: unknown; range: { start: { line: number; character: number } } }[]) =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`).sort();
/** What analyze() gives for a perspective: the server must publish the same. */
const expected = (perspective: Perspective) => summary(analyze(TEXT, { ...DEFAULT_CONFIG, perspective }).diagnostics);

describe('perspective and policy in the settings', () => {
  let client: TestClient;
  let ws: string;
  const uri = () => fileUri(path.join(ws, 'msa.contract'));
  const cfg = () => path.join(ws, 'clausewise.json');

  /** Changes the settings and waits for the document's next diagnostics. */
  async function withSettings(settings: Record<string, unknown>): Promise<string[]> {
    client.settings = { debounceMs: 0, ...settings };
    const mark = client.publishes.length;
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitFor(() => client.publishes.slice(mark).find((x) => x.uri === uri()), 'diagnostics after the settings change');
    return summary(p.diagnostics);
  }

  /** Writes clausewise.json (or removes it) and waits for the document's next diagnostics. */
  async function withFile(json: object | undefined): Promise<string[]> {
    if (json) fs.writeFileSync(cfg(), JSON.stringify(json));
    else fs.rmSync(cfg(), { force: true });
    const mark = client.publishes.length;
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg()), type: json ? 2 : 3 }] });
    const p = await client.waitFor(() => client.publishes.slice(mark).find((x) => x.uri === uri()), 'diagnostics after the clausewise.json change');
    return summary(p.diagnostics);
  }

  beforeAll(async () => {
    ({ client, ws } = await startInTempWorkspace('clausewise-settings-v2-'));
  });
  afterAll(async () => {
    await stopAndRemove(client, ws);
  });

  it('the rules this test observes protect one side each', () => {
    expect(protects('payment-no-late-terms')).toBe('provider');
    expect(protects('missing-reporting')).toBe('client');
  });

  it('a change of clausewise.perspective turns the other side\'s rules off and on', async () => {
    client.open(uri(), TEXT);
    const neutral = summary(await client.diagnostics(uri()));
    expect(neutral).toEqual(expected('neutral'));
    expect(neutral.some((d) => d.endsWith(' payment-no-late-terms'))).toBe(true);
    expect(neutral.some((d) => d.endsWith(' missing-reporting'))).toBe(true);

    const asClient = await withSettings({ perspective: 'client' });
    expect(asClient).toEqual(expected('client'));
    expect(asClient.some((d) => d.endsWith(' payment-no-late-terms'))).toBe(false);
    expect(asClient.some((d) => d.endsWith(' missing-reporting'))).toBe(true);

    const asProvider = await withSettings({ perspective: 'provider' });
    expect(asProvider).toEqual(expected('provider'));
    expect(asProvider.some((d) => d.endsWith(' payment-no-late-terms'))).toBe(true);
    expect(asProvider.some((d) => d.endsWith(' missing-reporting'))).toBe(false);

    expect(await withSettings({})).toEqual(neutral);
  });

  it('the setting wins over clausewise.json; unset, the file applies', async () => {
    expect(await withFile({ perspective: 'client' })).toEqual(expected('client'));
    expect(await withSettings({ perspective: 'provider' })).toEqual(expected('provider'));
    expect(await withSettings({ perspective: null })).toEqual(expected('client'));
    expect(await withFile(undefined)).toEqual(expected('neutral'));
  });

  it('a bad perspective or policy value is shown as an error naming the setting', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ perspective: 'buyer' }, ['clausewise.perspective', 'client, provider, neutral', '"buyer"']],
      [{ policy: { minPaymentDays: -3 } }, ['clausewise.policy.minPaymentDays', 'non-negative number']],
      [{ policy: { maxRenewalNotice: 30 } }, ['clausewise.policy.maxRenewalNotice', 'is not a policy position', 'maxRenewalNoticeDays']],
    ];
    for (const [settings, words] of cases) {
      const mark = client.messages.length;
      await withSettings(settings);
      const msg = await client.waitFor(() => client.messages.slice(mark).find((m) => m.type === 1), `an error about ${JSON.stringify(settings)}`);
      for (const w of words) expect(msg.message).toContain(w);
    }
    // Corrected, the setting applies again.
    expect(await withSettings({ perspective: 'client' })).toEqual(expected('client'));
    await withSettings({});
    client.close(uri());
  });
});
