/**
 * The web-worker server (server/browser/main.ts) runs the same server over
 * postMessage: bundled for the browser and run against a MessagePort standing
 * in for the worker's global scope, it initialises and checks a document.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../helpers/bundle.js';

describe('web-worker server', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cw-browser-')), 'browser-server.js');
  const { port1, port2 } = new MessageChannel();

  afterAll(() => {
    port1.close();
    port2.close();
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('answers initialize and publishes diagnostics over postMessage', async () => {
    await bundleEntry('server/browser/main.ts', out, 'browser');
    (globalThis as unknown as { self: unknown }).self = port1;
    vm.runInThisContext(fs.readFileSync(out, 'utf8'), { filename: out });
    const messages: { id?: number; method?: string; result?: { capabilities: Record<string, unknown> }; params?: { diagnostics: { code: string }[] } }[] = [];
    const waitFor = <T>(pick: () => T | undefined) =>
      new Promise<T>((resolve) => {
        const check = () => {
          const v = pick();
          if (v !== undefined) {
            port2.off('message', check);
            resolve(v);
          }
        };
        port2.on('message', check);
      });
    port2.on('message', (m) => messages.push(m));
    port2.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const init = await waitFor(() => messages.find((m) => m.id === 1));
    expect(init.result!.capabilities.hoverProvider).toBe(true);
    port2.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
    port2.postMessage({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'memfs:/t.contract', languageId: 'contract', version: 1, text: 'contract "T" {\n  party provider acme "Acme"\n}\n' } },
    });
    const published = await waitFor(() => messages.find((m) => m.method === 'textDocument/publishDiagnostics'));
    expect(published.params!.diagnostics.map((d) => d.code)).toContain('missing-payment');
  });
});
