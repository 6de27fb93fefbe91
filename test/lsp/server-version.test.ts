/**
 * The language server reports the package's version, read from package.json
 * when it is bundled: `clausewise-language-server --version` and `serverInfo`
 * in the answer to `initialize`. No source file writes the version itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, ROOT } from './client.js';

const BIN = path.join(ROOT, 'bin/clausewise-language-server.js');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('language server version', () => {
  it('prints the package version with --version and exits 0', async () => {
    await ensureServerBuilt();
    const run = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${PACKAGE_VERSION}\n`);
    expect(run.stderr).toBe('');
  });

  it('names itself and the package version in serverInfo over stdio', async () => {
    await ensureServerBuilt();
    const proc = spawn(process.execPath, [BIN, '--stdio'], { stdio: 'pipe' });
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    connection.listen();
    const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
      serverInfo?: { name: string; version?: string };
    };
    await connection.sendRequest('shutdown');
    void connection.sendNotification('exit');
    expect(init.serverInfo).toEqual({ name: 'clausewise-language-server', version: PACKAGE_VERSION });
    expect(await exited).toBe(0);
  });

  it('is not written as a literal anywhere in the server sources', () => {
    const literal = new RegExp(`['"\`]${PACKAGE_VERSION.replace(/\./g, '\\.')}['"\`]`);
    const offenders = tsFiles(path.join(ROOT, 'server')).filter((f) => literal.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
