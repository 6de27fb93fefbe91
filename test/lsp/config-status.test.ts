/**
 * The configuration a document is checked with, as the server tells a client
 * that asks (`experimental.clausewise.configStatus`), for the language status
 * item: the clausewise.json in force, every problem of a bad one (not only the
 * first), an invalid setting; and nothing for a client that does not ask.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, TestClient } from './client.js';

const CONTRACT = 'contract "C" {\n  effective 2027-01-01\n}\n';
const BAD = { rules: { 'missing-reportin': 'off', 'vague-term': 'loud' }, defaultCurrency: 'dollars', colour: 'blue' };

describe('configuration status (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let plain: TestClient;
  const cfg = () => path.join(ws, 'clausewise.json');
  const changed = (c: TestClient) => c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg()), type: 2 }] });

  beforeAll(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lsp-status-'));
    fs.mkdirSync(path.join(ws, 'sub'));
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 }, experimental: { clausewise: { configStatus: true } } });
    plain = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 } });
  });
  afterAll(async () => {
    await client?.stop();
    await plain?.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('says the defaults apply when no clausewise.json is above the contract', async () => {
    const uri = fileUri(path.join(ws, 'sub', 'none.contract'));
    client.open(uri, CONTRACT);
    const status = await client.waitFor(() => client.configStatuses.find((s) => s.uri === uri), 'the configuration status');
    expect(status).toEqual({ uri });
    client.close(uri);
  });

  it('names the clausewise.json in force, and every problem of a bad one', async () => {
    fs.writeFileSync(cfg(), JSON.stringify({ rules: { 'missing-reporting': 'off' } }));
    const uri = fileUri(path.join(ws, 'sub', 'good.contract'));
    client.open(uri, CONTRACT);
    const good = await client.waitFor(() => client.configStatuses.find((s) => s.uri === uri), 'the status with a file');
    expect(good).toEqual({ uri, configUri: fileUri(cfg()) });

    fs.writeFileSync(cfg(), JSON.stringify(BAD));
    const mark = client.configStatuses.length;
    const messages = client.messages.length;
    changed(client);
    const bad = await client.waitFor(() => client.configStatuses.slice(mark).find((s) => s.uri === uri && s.configProblems), 'the status of the bad file');
    expect(bad.configUri).toBe(fileUri(cfg()));
    // All four problems, each on its own, in plain text.
    expect(bad.configProblems).toHaveLength(4);
    expect(bad.configProblems!.join('\n')).toMatch(/colour[\s\S]*rules\.missing-reportin[\s\S]*rules\.vague-term[\s\S]*defaultCurrency/);
    expect(bad.configProblems!.join('')).not.toContain('`');
    // The notification and the diagnostic on the file list them all too.
    const shown = await client.waitFor(() => client.messages.slice(messages).find((m) => m.type === 1), 'the error message');
    expect(shown.message).toContain('4 problems');
    for (const key of ['colour', 'rules.missing-reportin', 'rules.vague-term', 'defaultCurrency']) expect(shown.message).toContain(key);
    const onFile = await client.waitFor(() => client.latest(fileUri(cfg()))?.diagnostics[0], 'the diagnostic on clausewise.json');
    for (const key of ['colour', 'rules.missing-reportin', 'rules.vague-term', 'defaultCurrency']) expect(onFile.message).toContain(key);

    fs.rmSync(cfg());
    const mark2 = client.configStatuses.length;
    changed(client);
    await client.waitFor(() => client.configStatuses.slice(mark2).find((s) => s.uri === uri && !s.configUri), 'the status after the file is removed');
    client.close(uri);
  });

  it('reports an invalid setting, and sends nothing to a client that does not ask', async () => {
    const uri = fileUri(path.join(ws, 'sub', 'settings.contract'));
    client.settings = { debounceMs: 0, defaultCurrency: 'dollars' };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    client.open(uri, CONTRACT);
    const status = await client.waitFor(() => client.configStatuses.find((s) => s.uri === uri && s.settingsProblem), 'the status with a bad setting');
    expect(status.settingsProblem).toContain('clausewise.defaultCurrency');
    client.close(uri);

    plain.open(uri, CONTRACT);
    await plain.diagnostics(uri);
    expect(plain.configStatuses).toEqual([]);
    plain.close(uri);
  });
});
