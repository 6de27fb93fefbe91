/**
 * The two ways editors start the server: the `clausewise-language-server`
 * bin over stdio, and the bundled server over Node IPC (`--node-ipc`). Both
 * must initialise and check a document.
 */
import { fork, spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, ROOT } from './client.js';

const TEXT = 'contract "T" {\n  party provider acme "Acme"\n}\n';

async function roundTrip(connection: ProtocolConnection): Promise<{ capabilities: Record<string, unknown>; codes: string[] }> {
  const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: Record<string, unknown> };
  connection.sendNotification('initialized', {});
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///t.contract', languageId: 'contract', version: 1, text: TEXT } });
  const p = await published;
  await connection.sendRequest('shutdown');
  void connection.sendNotification('exit');
  return { capabilities: init.capabilities, codes: p.diagnostics.map((d) => String(d.code)) };
}

describe('server entry points', () => {
  it('starts from the bin over stdio', async () => {
    await ensureServerBuilt();
    const proc = spawn(process.execPath, [path.join(ROOT, 'bin/clausewise-language-server.js'), '--stdio'], { stdio: 'pipe' });
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const result = await roundTrip(createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin)));
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(result.codes).toContain('missing-payment');
    expect(await exited).toBe(0);
  });

  it('starts over Node IPC', async () => {
    const server = await ensureServerBuilt();
    const proc = fork(server, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const result = await roundTrip(createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc)));
    expect(result.capabilities.definitionProvider).toBe(true);
    expect(result.codes).toContain('missing-payment');
    expect(await exited).toBe(0);
  });
});
