/**
 * Workspace folders over stdio against the real server process: the server
 * declares folder change notifications, indexes the contracts of a folder
 * added later for workspace symbols, and drops them when the folder is
 * removed again (an open document stays).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const CLEAN = fs.readFileSync(path.join(__dirname, '../fixtures/lsp/managed-services.contract'), 'utf8');

type Symbol = { name: string; location: { uri: string } };

describe('workspace folder changes (stdio)', () => {
  let ws: string;
  let extra: string;
  let client: TestClient;

  /** Asks for workspace symbols until `done` holds (the index is updated after the notification), or fails. */
  async function symbolsUntil(query: string, done: (names: string[]) => boolean): Promise<Symbol[]> {
    let symbols: Symbol[] = [];
    for (let i = 0; i < 200; i++) {
      symbols = await client.request<Symbol[]>('workspace/symbol', { query });
      if (done(symbols.map((s) => s.name))) return symbols;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`workspace/symbol "${query}" never reached the expected state; last answer: ${JSON.stringify(symbols.map((s) => s.name))}`);
  }

  beforeAll(async () => {
    extra = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lsp-folder-extra-'));
    fs.mkdirSync(path.join(extra, 'deals'));
    fs.writeFileSync(path.join(extra, 'deals', 'added.contract'), CLEAN.replace('acme', 'addedvendor'));
    fs.writeFileSync(path.join(extra, 'open.contract'), CLEAN.replace('acme', 'openvendor'));
    ({ ws, client } = await startInTempWorkspace('cw-lsp-folders-', (dir) => {
      fs.writeFileSync(path.join(dir, 'first.contract'), CLEAN.replace('acme', 'firstvendor'));
    }));
  });

  afterAll(async () => {
    await stopAndRemove(client, ws);
    fs.rmSync(extra, { recursive: true, force: true });
  });

  it('declares workspace folder support with change notifications', () => {
    const caps = client.capabilities as { workspace?: { workspaceFolders?: unknown } };
    expect(caps.workspace?.workspaceFolders).toEqual({ supported: true, changeNotifications: true });
  });

  it('indexes an added folder and forgets it when it is removed', async () => {
    await symbolsUntil('firstvendor', (names) => names.includes('firstvendor'));
    expect(await client.request<Symbol[]>('workspace/symbol', { query: 'addedvendor' })).toEqual([]);

    const folder = { uri: fileUri(extra), name: 'extra' };
    client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    const added = await symbolsUntil('addedvendor', (names) => names.includes('addedvendor'));
    expect(added.map((s) => s.name)).toEqual(['addedvendor']);
    expect(added[0]!.location.uri).toBe(fileUri(path.join(extra, 'deals', 'added.contract')));
    await symbolsUntil('openvendor', (names) => names.includes('openvendor'));

    // A document of the folder that is open in the editor stays indexed after the folder is removed.
    const openUri = fileUri(path.join(extra, 'open.contract'));
    client.open(openUri, CLEAN.replace('acme', 'openvendor'));
    await client.diagnostics(openUri);

    client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    await symbolsUntil('addedvendor', (names) => !names.includes('addedvendor'));
    expect((await client.request<Symbol[]>('workspace/symbol', { query: 'openvendor' })).map((s) => s.name)).toEqual(['openvendor']);
    // The folder that was not removed keeps its contracts.
    expect((await client.request<Symbol[]>('workspace/symbol', { query: 'firstvendor' })).map((s) => s.name)).toEqual(['firstvendor']);
    client.close(openUri);
  });
});
