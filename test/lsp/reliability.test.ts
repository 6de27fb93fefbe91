/**
 * Reliability of the language server over stdio: it survives what used to end
 * it or stall it, and says what went wrong instead of leaving stale results.
 *
 * - The real server: a frame that is not JSON and a JSON value that is not a
 *   message get their JSON-RPC errors; closing a document whose file on disk is
 *   10,000 blocks deep; a document with 500,000 problems is published capped,
 *   like the command line; code actions for 40,000 diagnostics answer at once;
 *   a folder named clausewise.json is passed over; the document views answer
 *   for documents that are not open; requests after `shutdown` are refused.
 * - A server whose host services fail on purpose (built here from the same
 *   sources, without the Node entry's safety net, so that any failure that
 *   escapes a guard ends the process): the workspace scan, file-watcher events,
 *   folder changes and closing a document go on past files that cannot be read,
 *   and an analysis that fails publishes one `internal-error` diagnostic for the
 *   version it failed on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import type { CalendarResult, ObligationsResult, RenderResult } from '../../server/protocol.js';
import { analyze, MAX_DIAGNOSTICS, plainText, TOO_MANY_PROBLEMS } from '../../server/core/index.js';
import { bundleSource } from '../helpers/bundle.js';
import { fileUri, startInTempWorkspace, stopAndRemove, TestClient } from './client.js';

const CLEAN = fs.readFileSync(path.join(__dirname, '../fixtures/lsp/managed-services.contract'), 'utf8');
/** CLEAN without its reporting block: exactly one diagnostic, `missing-reporting`. */
const NO_REPORTING = CLEAN.replace(/\n  reporting \{[^}]*\}\n/, '\n');
/** A contract whose party is followed by 10,000 nested, never closed `scope {` blocks. */
const DEEP = `contract "Deep" {\n  party provider deepvendor "Deep Ltd"\n${'scope {\n'.repeat(10_000)}`;

type Symbol = { name: string; location: { uri: string } };
type LogMessage = { type: number; message: string };

function summary(ds: readonly { code?: unknown; severity?: unknown; message: string; range: { start: { line: number; character: number } } }[]): string[] {
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${String(d.severity)} ${plainText(d.message)}`);
}

/** Polls `check` every 20 ms until it returns a value, or fails after `ms`. */
async function poll<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records the server's log messages (the TestClient drops them). */
function recordLogs(client: TestClient): LogMessage[] {
  const logs: LogMessage[] = [];
  client.connection.onNotification('window/logMessage', (m: LogMessage) => logs.push(m));
  return logs;
}

/** Waits until the server has logged a message that matches. */
function logged(logs: readonly LogMessage[], pattern: RegExp, what: string): Promise<LogMessage> {
  return poll(() => logs.find((m) => pattern.test(m.message)), what);
}

/** Asserts that the server process is running and answers a request on a document. */
async function expectAlive(client: TestClient, uri: string): Promise<void> {
  expect(client.proc.exitCode, 'the server process is still running').toBeNull();
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
  expect(hover, 'a hover on a party keyword is answered').not.toBeNull();
}

/** Writes raw bytes to the server and resolves with the first response that `match` accepts. */
async function rawExchange(client: TestClient, bytes: string, match: (m: ResponseMessage) => boolean): Promise<ResponseMessage> {
  const reader = new StreamMessageReader(client.proc.stdout);
  let listening: { dispose(): void } | undefined;
  try {
    const response = new Promise<ResponseMessage>((resolve) => {
      listening = reader.listen((m: Message) => {
        if ('id' in m && ('error' in m || 'result' in m) && match(m as ResponseMessage)) resolve(m as ResponseMessage);
      });
    });
    client.proc.stdin.write(bytes);
    return await Promise.race([response, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no response to the raw message')), 10_000))]);
  } finally {
    listening?.dispose();
    reader.dispose();
  }
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('reliability (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let logs: LogMessage[];
  /** An open, clean document to ask for hovers on. */
  let other: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-reliability-', (dir) => {
      fs.writeFileSync(path.join(dir, 'deep.contract'), DEEP);
      fs.writeFileSync(path.join(dir, 'on-disk.contract'), CLEAN);
      fs.mkdirSync(path.join(dir, 'cfg', 'sub', 'clausewise.json'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'cfg', 'clausewise.json'), JSON.stringify({ rules: { 'missing-reporting': 'off' } }));
    }));
    logs = recordLogs(client);
    other = fileUri(path.join(ws, 'other.contract'));
    client.open(other, CLEAN);
    expect(await client.diagnostics(other)).toEqual([]);
  });

  afterAll(() => stopAndRemove(client, ws));

  it('answers a frame whose body is not JSON with a Parse error (id null), and goes on serving', async () => {
    const r = await rawExchange(client, frame('{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {'), (m) => m.id === null);
    expect(r.error?.code).toBe(-32700);
    expect(r.error?.message).toMatch(/^Parse error/);
    await expectAlive(client, other);
  });

  it('answers JSON that is not a message with Invalid Request, under its id when it has one', async () => {
    const badMethod = await rawExchange(client, frame('{"jsonrpc": "2.0", "id": "bad-method", "method": 42}'), (m) => m.id === 'bad-method');
    expect(badMethod.error?.code).toBe(-32600);
    const batch = await rawExchange(client, frame('[1, 2, 3]'), (m) => m.id === null);
    expect(batch.error?.code).toBe(-32600);
    await expectAlive(client, other);
  });

  it('survives closing a document whose file on disk is nested 10,000 blocks deep', async () => {
    const uri = fileUri(path.join(ws, 'deep.contract'));
    client.open(uri, DEEP);
    client.close(uri);
    // After the close the server indexes the file from disk: either its party appears, or the failure is logged.
    await poll(async () => {
      if (client.proc.exitCode !== null) throw new Error(`the server exited with code ${client.proc.exitCode}`);
      if (logs.some((m) => /indexing \S*deep\.contract failed/.test(m.message))) return true;
      const symbols = await client.request<Symbol[]>('workspace/symbol', { query: 'deepvendor' });
      return symbols.some((s) => s.location.uri === uri) ? true : undefined;
    }, 'the closed deep document indexed from disk, or its failure logged');
    await expectAlive(client, other);
  });

  it('publishes a document with 500,000 problems (1 MB of stray @) capped like the command line', async () => {
    const uri = fileUri(path.join(ws, 'at-signs.contract'));
    const text = '@ '.repeat(500_000);
    client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 60_000);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.at(-1)!.code).toBe(TOO_MANY_PROBLEMS);
    expect(summary(diagnostics)).toEqual(summary(analyze(text).diagnostics.map((d) => ({ ...d, severity: { error: 1, warning: 2, info: 3 }[d.severity] }))));
    client.close(uri);
    await expectAlive(client, other);
  }, 90_000);

  it('builds the code actions for 40,000 requested diagnostics in linear time, without holding up other requests', async () => {
    const uri = fileUri(path.join(ws, 'many-fees.contract'));
    const lines = ['contract "Fees" {', '  payment {'];
    // Every amount has five digits, so every line's diagnostic has the same columns.
    for (let i = 0; i < 40_000; i++) lines.push(`    fee ${10_000 + i} monthly`);
    lines.push('  }', '}', '');
    client.open(uri, lines.join('\n'));
    const published = await client.diagnostics(uri, 60_000);
    const template = published.find((d) => d.code === 'payment-no-currency')!;
    expect(template).toBeDefined();
    // What a client may send in the request context: that diagnostic on every fee line (far more than were published).
    const requested: Diagnostic[] = [];
    for (let line = 2; line < 40_002; line++) {
      const range = { start: { line, character: template.range.start.character }, end: { line, character: template.range.end.character } };
      requested.push({ range, code: template.code, source: template.source, message: template.message, severity: template.severity });
    }
    const started = Date.now();
    const actions = client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40_003, character: 0 } },
      context: { diagnostics: requested },
    });
    const hover = client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 4 } });
    const answered = await actions;
    const elapsed = Date.now() - started;
    await hover;
    // Every line gets its suppression; the published diagnostics also their fixes.
    expect(answered.filter((a) => a.title === 'Suppress payment-no-currency on this line')).toHaveLength(40_000);
    expect(answered.filter((a) => a.title.startsWith('Add the currency')).length).toBeGreaterThan(100);
    // Quadratic work took minutes here; linear work takes well under a second on a laptop.
    expect(elapsed, `code actions took ${elapsed} ms`).toBeLessThan(10_000);
    expect(published.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
    client.close(uri);
  }, 90_000);

  it('passes over a folder named clausewise.json and uses the file above it, without an error', async () => {
    const uri = fileUri(path.join(ws, 'cfg', 'sub', 'doc.contract'));
    const messages = client.messages.length;
    client.open(uri, NO_REPORTING);
    // `missing-reporting` is off in cfg/clausewise.json; the folder cfg/sub/clausewise.json is not a configuration.
    expect(await client.diagnostics(uri)).toEqual([]);
    expect(client.messages.slice(messages).filter((m) => m.type === 1)).toEqual([]);
    client.close(uri);
  });

  it('renders, lists the obligations of and exports the calendar of a contract that is only on disk', async () => {
    const uri = fileUri(path.join(ws, 'on-disk.contract'));
    const page = await client.request<RenderResult>('clausewise/render', { uri, nonce: 'abcDEF0123456789' });
    expect(page).toMatchObject({ uri, version: 0 });
    expect(page.html).toContain('Managed IT Services Agreement');
    const obligations = await client.request<ObligationsResult>('clausewise/obligations', { uri });
    expect(obligations.contracts.map((c) => c.title)).toEqual(['Managed IT Services Agreement']);
    const calendar = await client.request<CalendarResult>('clausewise/calendar', { uri });
    expect(calendar.events).toBeGreaterThan(0);
    // Neither open nor on disk: an empty document, not an error.
    const nowhere = fileUri(path.join(ws, 'nowhere.contract'));
    expect(await client.request<ObligationsResult>('clausewise/obligations', { uri: nowhere })).toEqual({ uri: nowhere, version: 0, contracts: [] });
  });
});

describe('requests after shutdown (stdio)', () => {
  it('refuses every request after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
    const { ws, client } = await startInTempWorkspace('cw-lsp-shutdown-');
    try {
      const uri = fileUri(path.join(ws, 'a.contract'));
      client.open(uri, CLEAN);
      await client.diagnostics(uri);
      const exited = new Promise<number | null>((resolve) => client.proc.once('exit', (code) => resolve(code)));
      await client.request('shutdown', null);
      const code = (p: Promise<unknown>) => p.then(() => 'answered', (e: { code?: number }) => e.code);
      expect(await code(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } }))).toBe(-32600);
      expect(await code(client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }))).toBe(-32600);
      expect(await code(client.request('clausewise/render', { uri, nonce: 'abcDEF0123456789' }))).toBe(-32600);
      expect(await code(client.request('no/suchMethod', {}))).toBe(-32600);
      expect(await code(client.request('shutdown', null))).toBe(-32600);
      void client.connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      client.proc.kill();
      client.connection.dispose();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

/**
 * The entry of a server whose host services fail on purpose, for the URIs that
 * ask for it: reading a file whose name contains `explode` rejects (`explode-sync`
 * throws at once), listing a folder whose name contains `unlistable` throws,
 * and the configuration lookup throws while a file named FAIL-CONFIG sits next
 * to the document. There is no safety net: what escapes a guard ends it.
 */
const FAULTY_ENTRY = `
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DEFAULT_CONFIG } from './server/core/index.js';
import { startServer } from './server/lsp/server.js';

function list(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) list(p, out);
    else if (e.name.endsWith('.contract')) out.push(p);
  }
}

startServer(createConnection(ProposedFeatures.all), {
  loadFileConfig(uri: string) {
    if (fs.existsSync(path.join(path.dirname(fileURLToPath(uri)), 'FAIL-CONFIG'))) throw new Error('injected: the configuration lookup failed');
    return { config: DEFAULT_CONFIG };
  },
  async listContractFiles(folders: readonly string[]) {
    const out: string[] = [];
    for (const f of folders) {
      if (f.includes('unlistable')) throw new Error('injected: the folder cannot be listed');
      list(fileURLToPath(f), out);
    }
    return out.map((p) => pathToFileURL(p).toString());
  },
  readFile(uri: string) {
    if (uri.includes('explode-sync')) throw new Error('injected: reading failed at once');
    if (uri.includes('explode')) return Promise.reject(new Error('injected: reading failed'));
    return fs.promises.readFile(fileURLToPath(uri), 'utf8').catch(() => undefined);
  },
});
`;

describe('reliability when the host fails (stdio, fault-injecting server)', () => {
  let ws: string;
  let bundleDir: string;
  let client: TestClient;
  let logs: LogMessage[];
  let other: string;

  async function symbolNames(): Promise<string[]> {
    return (await client.request<Symbol[]>('workspace/symbol', { query: '' })).map((s) => s.name);
  }

  beforeAll(async () => {
    bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lsp-faulty-'));
    const server = path.join(bundleDir, 'faulty-server.js');
    await bundleSource(FAULTY_ENTRY, 'faulty-server.ts', server);
    const previous = process.env.CLAUSEWISE_TEST_SERVER;
    process.env.CLAUSEWISE_TEST_SERVER = server;
    try {
      ({ ws, client } = await startInTempWorkspace('cw-lsp-faulty-ws-', (dir) => {
        fs.writeFileSync(path.join(dir, 'a.contract'), CLEAN.replace('acme', 'alphavendor'));
        fs.writeFileSync(path.join(dir, 'b-explode.contract'), CLEAN.replace('acme', 'bravovendor'));
        fs.writeFileSync(path.join(dir, 'c-explode-sync.contract'), CLEAN.replace('acme', 'charlievendor'));
        fs.writeFileSync(path.join(dir, 'd.contract'), CLEAN.replace('acme', 'deltavendor'));
      }));
    } finally {
      if (previous === undefined) delete process.env.CLAUSEWISE_TEST_SERVER;
      else process.env.CLAUSEWISE_TEST_SERVER = previous;
    }
    logs = recordLogs(client);
    other = fileUri(path.join(ws, 'other.contract'));
    client.open(other, CLEAN);
    await client.diagnostics(other);
  });

  afterAll(async () => {
    await stopAndRemove(client, ws);
    fs.rmSync(bundleDir, { recursive: true, force: true });
  });

  it('goes on scanning the workspace past files that cannot be read', async () => {
    const names = await poll(async () => {
      const n = await symbolNames();
      return n.includes('deltavendor') ? n : undefined;
    }, 'the file after the unreadable ones in workspace symbols');
    expect(names).toContain('alphavendor');
    expect(names).not.toContain('bravovendor');
    expect(names).not.toContain('charlievendor');
    await expectAlive(client, other);
  });

  it('survives closing a document whose file cannot be read, and logs the failure once', async () => {
    for (const name of ['close-explode.contract', 'close-explode-sync.contract']) {
      const uri = fileUri(path.join(ws, name));
      client.open(uri, CLEAN);
      await client.diagnostics(uri);
      client.close(uri);
      await logged(logs, new RegExp(`indexing ${uri.replace(/[.]/g, '\\.')} failed`), `the failure to index ${name} logged`);
      await expectAlive(client, other);
      expect(logs.filter((m) => m.message.includes(uri))).toHaveLength(1);
    }
  });

  it('indexes the other files of a watcher event when one cannot be read', async () => {
    fs.writeFileSync(path.join(ws, 'w-explode.contract'), CLEAN.replace('acme', 'watchbad'));
    fs.writeFileSync(path.join(ws, 'w-later.contract'), CLEAN.replace('acme', 'watchgood'));
    const bad = fileUri(path.join(ws, 'w-explode.contract'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: bad, type: 1 },
        { uri: fileUri(path.join(ws, 'w-later.contract')), type: 1 },
      ],
    });
    await poll(async () => ((await symbolNames()).includes('watchgood') ? true : undefined), 'the readable file of the watcher event indexed');
    expect(logs.filter((m) => m.message.includes(bad))).toHaveLength(1);
    await expectAlive(client, other);
  });

  it('follows workspace folder changes past a folder that cannot be listed and files that cannot be read', async () => {
    const unlistable = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-unlistable-'));
    const added = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-added-'));
    try {
      fs.writeFileSync(path.join(added, 'a-explode.contract'), CLEAN.replace('acme', 'addedbad'));
      fs.writeFileSync(path.join(added, 'z.contract'), CLEAN.replace('acme', 'addedgood'));
      const change = (folder: string) =>
        client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: fileUri(folder), name: path.basename(folder) }], removed: [] } });
      change(unlistable);
      await logged(logs, /listing the contracts in .*cw-unlistable-.* failed/, 'the failed listing logged');
      change(added);
      await poll(async () => ((await symbolNames()).includes('addedgood') ? true : undefined), 'the added folder indexed past its unreadable file');
      await expectAlive(client, other);
    } finally {
      fs.rmSync(unlistable, { recursive: true, force: true });
      fs.rmSync(added, { recursive: true, force: true });
    }
  });

  it('publishes exactly one internal-error for a version whose analysis fails, replacing the previous diagnostics', async () => {
    const dir = path.join(ws, 'flaky');
    fs.mkdirSync(dir);
    const uri = fileUri(path.join(dir, 'doc.contract'));
    client.open(uri, NO_REPORTING);
    expect((await client.diagnostics(uri)).map((d) => d.code)).toEqual(['missing-reporting']);
    // From now on the configuration lookup fails; a change of clausewise.json makes the server look again.
    fs.writeFileSync(path.join(dir, 'FAIL-CONFIG'), '');
    const notify = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'clausewise.json')), type: 2 }] });
    notify();
    const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
    const failed = await client.diagnostics(uri);
    expect(client.latest(uri)!.version).toBe(version);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ code: 'internal-error', severity: 1, source: 'clausewise', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(failed[0]!.message).toContain('injected: the configuration lookup failed');
    // Once the lookup works again, the document is checked as usual.
    fs.rmSync(path.join(dir, 'FAIL-CONFIG'));
    const mark = client.publishes.length;
    notify();
    const recovered = await client.waitFor(() => client.publishes.slice(mark).find((p) => p.uri === uri && p.version === version), 'the diagnostics after recovery');
    expect(recovered.diagnostics.map((d) => d.code)).toEqual(['missing-reporting']);
    client.close(uri);
    await expectAlive(client, other);
  });
});
