/**
 * The workspace scan and the file watcher racing the disk (stdio, a server
 * whose scan is held back and whose first read of a late file is empty, on
 * purpose). A master written after the server started can be
 * read by the initial scan before its watcher event arrives; the event then
 * finds the text already known. The open SOW under that master must still be
 * checked again with it, in both diagnostic models. Before the fix, the scan
 * indexed the master silently and the SOW kept `family-master-not-found`
 * (an intermittent CI failure: whether the scan or the event came first
 * depended on timing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleSource } from '../helpers/bundle.js';
import { fileUri, TestClient } from './client.js';
import { MASTER, SOW } from './family-texts.js';

/**
 * The Node server's host services, except that listing the folder waits until a file named `.release-scan` is in it, and
 * the first read of a file named `late-*` finds it empty.
 */
const GATED_ENTRY = `
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DEFAULT_CONFIG } from './server/core/index.js';
import { startServer } from './server/lsp/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const firstReads = new Set<string>();

startServer(createConnection(ProposedFeatures.all), {
  loadFileConfig() {
    return { config: DEFAULT_CONFIG };
  },
  async listContractFiles(folders: readonly string[]) {
    const out: string[] = [];
    for (const f of folders) {
      const dir = fileURLToPath(f);
      while (!fs.existsSync(path.join(dir, '.release-scan'))) await sleep(10);
      for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.contract')) out.push(path.join(dir, name));
    }
    return out.map((p) => pathToFileURL(p).toString());
  },
  async readFile(uri: string) {
    // A file named late-*: its first read finds it still empty, as when the watcher event comes before the text is on disk.
    if (uri.includes('/late-') && !firstReads.has(uri)) {
      firstReads.add(uri);
      return '';
    }
    try {
      return fs.readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
});
`;

type LogMessage = { type: number; message: string };
type Report = { kind: string; resultId?: string; items?: { code?: unknown }[] };
const codes = (items: readonly { code?: unknown }[] | undefined) => (items ?? []).map((d) => String(d.code));

describe('the workspace scan reads a master before its watcher event (stdio, scan held back)', () => {
  let server: string;
  let bundleDir: string;
  let ws: string | undefined;
  let client: TestClient | undefined;

  beforeAll(async () => {
    bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lsp-gated-'));
    server = path.join(bundleDir, 'gated-server.js');
    await bundleSource(GATED_ENTRY, 'gated-server.ts', server);
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
    ws = undefined;
  });

  afterAll(() => {
    fs.rmSync(bundleDir, { recursive: true, force: true });
  });

  /** Starts the gated server (built in beforeAll) on a workspace folder. */
  async function startGated(folder: string, pullDiagnostics = false): Promise<TestClient> {
    const previous = process.env.CLAUSEWISE_TEST_SERVER;
    process.env.CLAUSEWISE_TEST_SERVER = server;
    try {
      client = await TestClient.start({ workspace: folder, settings: { debounceMs: 0 }, pullDiagnostics });
    } finally {
      if (previous === undefined) delete process.env.CLAUSEWISE_TEST_SERVER;
      else process.env.CLAUSEWISE_TEST_SERVER = previous;
    }
    return client;
  }

  /** Starts the gated server on an empty folder, opens the SOW (no master yet), then writes the master and lets the scan read it before the watcher event is sent. */
  async function sowThenMasterReadByScan(pullDiagnostics: boolean): Promise<{ c: TestClient; sow: string; before: Report | undefined }> {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-race-'));
    const c = await startGated(ws, pullDiagnostics);
    const logs: LogMessage[] = [];
    c.connection.onNotification('window/logMessage', (m: LogMessage) => logs.push(m));
    const sow = fileUri(path.join(ws, 'sow.contract'));
    fs.writeFileSync(path.join(ws, 'sow.contract'), SOW);
    c.open(sow, SOW);
    let before: Report | undefined;
    if (pullDiagnostics) {
      before = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow } });
      expect(codes(before.items)).toContain('family-master-not-found');
    } else await c.waitFor(() => (codes(c.latest(sow)?.diagnostics).includes('family-master-not-found') ? true : undefined), 'the SOW checked alone');
    fs.writeFileSync(path.join(ws, 'msa.contract'), MASTER());
    fs.writeFileSync(path.join(ws, '.release-scan'), '');
    // The scan has read the master (it logs when it is done) before the event arrives.
    for (const deadline = Date.now() + 20_000; !logs.some((m) => /indexed 2 contract files/.test(m.message)); ) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the scan to index both files');
      await new Promise((r) => setTimeout(r, 10));
    }
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'msa.contract')), type: 1 }] });
    return { c, sow, before };
  }

  it('pull: the open SOW is checked again and the client asked to pull', async () => {
    const refreshes = 0;
    const { c, sow, before } = await sowThenMasterReadByScan(true);
    await c.waitFor(() => (c.refreshes > refreshes ? true : undefined), 'a refresh once the scan read the master', 10_000);
    const after = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow }, previousResultId: before!.resultId });
    expect(after.kind).toBe('full');
    expect(codes(after.items)).not.toContain('family-master-not-found');
  });

  it('a file first read empty after its watcher event (its text not yet on disk) is read again, with no second event', async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-late-read-'));
    fs.writeFileSync(path.join(ws, '.release-scan'), '');
    const c = await startGated(ws);
    const late = path.join(ws, 'late-master.contract');
    fs.writeFileSync(late, MASTER().replace('  party provider acme "Acme LLC"\n  party client globex "Globex Corp"\n', ''));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(late), type: 1 }] });
    // Without the second read, the server keeps the empty text it read first: no party is ever found missing.
    await c.waitFor(() => (codes(c.latest(fileUri(late))?.diagnostics).includes('missing-party') ? true : undefined), 'the text read again and checked', 10_000);
  });

  it('a master written to disk whose watcher event never comes is found for the open SOW under it', async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-lost-event-'));
    fs.writeFileSync(path.join(ws, '.release-scan'), '');
    const c = await startGated(ws);
    const logs: LogMessage[] = [];
    c.connection.onNotification('window/logMessage', (m: LogMessage) => logs.push(m));
    // The workspace is scanned (empty) before the master is written, and no watcher event is sent for it.
    for (const deadline = Date.now() + 20_000; !logs.some((m) => /indexed 0 contract files/.test(m.message)); ) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the first scan');
      await new Promise((r) => setTimeout(r, 10));
    }
    fs.writeFileSync(path.join(ws, 'msa.contract'), MASTER());
    const sow = fileUri(path.join(ws, 'sow.contract'));
    fs.writeFileSync(path.join(ws, 'sow.contract'), SOW);
    c.open(sow, SOW);
    await c.waitFor(() => (c.latest(sow) && !codes(c.latest(sow)!.diagnostics).includes('family-master-not-found') ? true : undefined), 'the master found on disk', 10_000);
  });

  it('push: the open SOW gets new diagnostics without family-master-not-found', async () => {
    const { c, sow } = await sowThenMasterReadByScan(false);
    await c.waitFor(() => (c.latest(sow) && !codes(c.latest(sow)!.diagnostics).includes('family-master-not-found') ? true : undefined), 'the SOW checked again with its master', 10_000);
  });
});
