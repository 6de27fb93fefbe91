/**
 * Large documents (server/lsp/large-documents.ts) over stdio against the real
 * server: a generated contract of about 1.5 MB, above the threshold, is
 * analysed in a worker thread (server/node/off-thread.ts running dist/server.js
 * in its analysis role, server/node/analysis-worker.ts) with the same diagnostics `analyze()` gives
 * in-process, other documents answer while it is analysed, an edit gets the
 * diagnostics of its version and never older ones after it, and the features
 * an editor asks for by itself answer empty for it. The worker pool itself is
 * tested against small stand-in worker scripts: a crash, an exception, a worker
 * that never answers and one that stops when cancelled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateContract } from '../../bench/generate.mjs';
import { analyze, DEFAULT_CONFIG, INTERNAL_ERROR, type Diagnostic } from '../../server/core/index.js';
import { toLspDiagnostic } from '../../server/lsp/convert.js';
import { LARGE_DOCUMENT_CHARS, runOffThread } from '../../server/lsp/large-documents.js';
import { createOffThreadAnalysis } from '../../server/node/off-thread.js';
import { ensureServerBuilt, fileUri, positionOf, ROOT, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const SMALL = fs.readFileSync(path.join(ROOT, 'examples/managed-services.contract'), 'utf8');
/** About 37,000 lines, 1.5 MB. */
const BIG = generateContract(37_000, 3);

/** What the server should publish for a text: `analyze()` in-process, mapped to LSP and through JSON like the wire. */
function expected(text: string, version: number): unknown {
  return JSON.parse(JSON.stringify(analyze(text, DEFAULT_CONFIG).diagnostics.map((d) => toLspDiagnostic(d, version))));
}

/** A position inside the middle one-line `text "…"` string of a text, for one-character edits. */
function stringSpot(text: string, nth: number): { line: number; character: number } {
  const lines = text.split('\n');
  const spots = lines.flatMap((l, i) => (/text "(?!"")/.test(l) ? [i] : []));
  const line = spots[(spots.length >> 1) + nth]!;
  return { line, character: lines[line]!.indexOf('text "') + 'text "'.length };
}

describe('large documents (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let bigUri: string;
  let smallUri: string;
  const logs: string[] = [];
  const logWaiters: { match: string; resolve(line: string): void }[] = [];
  /** Resolves with the first log line that contains `match` (logged before or after the call). */
  const logged = (match: string) =>
    new Promise<string>((resolve) => {
      const line = logs.find((l) => l.includes(match));
      if (line) resolve(line);
      else logWaiters.push({ match, resolve });
    });

  beforeAll(async () => {
    expect(BIG.length).toBeGreaterThan(LARGE_DOCUMENT_CHARS);
    await ensureServerBuilt();
    ({ ws, client } = await startInTempWorkspace('cw-lsp-large-'));
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
      for (const w of logWaiters.filter((x) => p.message.includes(x.match))) w.resolve(p.message);
    });
    bigUri = fileUri(path.join(ws, 'big.contract'));
    smallUri = fileUri(path.join(ws, 'small.contract'));
    client.open(smallUri, SMALL);
    await client.diagnostics(smallUri);
  }, 120_000);

  afterAll(() => stopAndRemove(client, ws));

  const hoverSmall = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: positionOf(SMALL, 'uptime', 2) });

  it('analyses it in a worker thread, answering other documents meanwhile, with the diagnostics analyze() gives', async () => {
    const want = expected(BIG, 1);
    client.open(bigUri, BIG);
    const diagnostics = client.diagnostics(bigUri, 60_000);
    // The notice is logged when the analysis of the big document starts.
    expect(await logged(bigUri)).toContain('in a worker thread');
    const hover = await hoverSmall();
    const publishesAtHover = client.publishes.length;
    expect(hover).not.toBeNull();
    // The hover was answered before the big document's diagnostics arrived.
    expect(client.publishes.slice(0, publishesAtHover).some((p) => p.uri === bigUri)).toBe(false);
    expect(await diagnostics).toEqual(want);
  }, 120_000);

  it('publishes the diagnostics of an edit, and never older ones after it, also when an edit supersedes a running analysis', async () => {
    await client.diagnostics(bigUri, 60_000);
    // An edit after the analysis finished: the worker re-parses from its cached parse.
    const at2 = stringSpot(client.text(bigUri), 0);
    const v2 = client.change(bigUri, [{ range: { start: at2, end: at2 }, text: 'x' }]);
    expect(await client.diagnostics(bigUri, 60_000)).toEqual(expected(client.text(bigUri), v2));

    // An edit, and another one while the first is (most likely) being analysed.
    const at3 = stringSpot(client.text(bigUri), 1);
    client.change(bigUri, [{ range: { start: at3, end: at3 }, text: 'y' }]);
    await hoverSmall();
    const sent = client.publishes.length;
    const at4 = stringSpot(client.text(bigUri), 2);
    const v4 = client.change(bigUri, [{ range: { start: at4, end: { line: at4.line, character: at4.character + 1 } }, text: '' }]);
    expect(await client.diagnostics(bigUri, 60_000)).toEqual(expected(client.text(bigUri), v4));
    await hoverSmall();
    const after: PublishDiagnosticsParams[] = client.publishes.slice(sent).filter((p) => p.uri === bigUri);
    expect(after.map((p) => p.version)).toEqual([v4]);
  }, 120_000);

  it('answers the features an editor asks for by itself with nothing for it, and hover on demand', async () => {
    const textDocument = { uri: bigUri };
    const text = client.text(bigUri);
    const name = positionOf(text, 'helpdesk_1', 2);
    expect(await client.request('textDocument/semanticTokens/full', { textDocument })).toEqual({ data: [] });
    expect(await client.request('textDocument/foldingRange', { textDocument })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument })).toEqual([]);
    expect(await client.request('textDocument/documentHighlight', { textDocument, position: name })).toEqual([]);
    const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    expect(await client.request('textDocument/inlayHint', { textDocument, range })).toEqual([]);
    const current = client.latest(bigUri)!.diagnostics.filter((d) => d.code === 'vague-term').slice(0, 1);
    expect(await client.request('textDocument/codeAction', { textDocument, range: current[0]?.range ?? range, context: { diagnostics: current, triggerKind: 2 } })).toEqual([]);
    // The same requests for the small document are answered as usual: the size is what limits them.
    expect(((await client.request('textDocument/semanticTokens/full', { textDocument: { uri: smallUri } })) as { data: number[] }).data.length).toBeGreaterThan(0);
    expect(((await client.request('textDocument/foldingRange', { textDocument: { uri: smallUri } })) as unknown[]).length).toBeGreaterThan(0);
    // What the user asks for in the large document itself still works (it is parsed on demand).
    expect(await client.request('textDocument/hover', { textDocument, position: positionOf(text, 'uptime', 2) })).not.toBeNull();
    if (current.length) {
      const invoked = (await client.request('textDocument/codeAction', { textDocument, range: current[0]!.range, context: { diagnostics: current, triggerKind: 1 } })) as unknown[];
      expect(invoked.length).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('off-thread analysis (worker pool)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-offthread-'));
  const script = path.join(dir, 'worker.js');
  // A stand-in for the analysis thread of dist/server.js: the text says what to do.
  fs.writeFileSync(
    script,
    `const { parentPort, workerData } = require('node:worker_threads');
const cancel = new Int32Array(workerData.cancel);
parentPort.on('message', (r) => {
  if (r.text === 'crash') process.exit(3);
  if (r.text === 'throw') throw new Error('boom');
  if (r.text === 'hang') for (;;) {}
  if (r.text === 'cancellable') {
    while (Atomics.load(cancel, 0) !== r.id) {}
    parentPort.postMessage({ id: r.id, cancelled: true });
    return;
  }
  parentPort.postMessage({ id: r.id, diagnostics: [{ code: 'echo', message: r.key + ':' + r.text }] });
});
`,
  );
  const fresh = () => false;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is not offered when the worker script is missing', () => {
    expect(createOffThreadAnalysis(path.join(dir, 'missing.js'))).toBeUndefined();
  });

  it('turns a crash or an exception into one internal-error diagnostic, then works again with a new worker', async () => {
    const run = createOffThreadAnalysis(script)!;
    for (const text of ['crash', 'throw']) {
      const failed = (await runOffThread(run, 'file:///a', text, DEFAULT_CONFIG, fresh)) as Diagnostic[];
      expect(failed.map((d) => d.code)).toEqual([INTERNAL_ERROR]);
      expect(await run('file:///a', 'ok', DEFAULT_CONFIG, fresh)).toEqual([{ code: 'echo', message: 'file:///a:ok' }]);
    }
  });

  it('drops a stale analysis: at once when the worker stops on request, after the grace period when it does not', async () => {
    const run = createOffThreadAnalysis(script)!;
    for (const text of ['cancellable', 'hang']) {
      let stale = false;
      const pending = run('file:///a', text, DEFAULT_CONFIG, () => stale);
      // Queued behind it: answered once the worker is free (or replaced).
      const next = run('file:///b', 'ok', DEFAULT_CONFIG, fresh);
      stale = true;
      expect(await pending).toBeUndefined();
      expect(await next).toEqual([{ code: 'echo', message: 'file:///b:ok' }]);
    }
  });

  it('answers queued analyses in order and skips those that became stale while waiting', async () => {
    const run = createOffThreadAnalysis(script)!;
    const stale = run('file:///s', 'old', DEFAULT_CONFIG, () => true);
    const results = await Promise.all([run('file:///a', '1', DEFAULT_CONFIG, fresh), stale, run('file:///a', '2', DEFAULT_CONFIG, fresh)]);
    expect(results).toEqual([[{ code: 'echo', message: 'file:///a:1' }], undefined, [{ code: 'echo', message: 'file:///a:2' }]]);
  });
});
