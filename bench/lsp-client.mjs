// The language-server client the benchmarks share: starts the built
// dist/server.js over stdio with `clausewise.debounceMs` 0, records when the
// diagnostics of each document version arrive, and reads the server's memory.
// Not a benchmark module itself (bench/run.mjs runs only `*.bench.mjs`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import protocol from 'vscode-languageserver-protocol/node.js';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** A field of /proc/PID/status in MB (Linux), e.g. VmRSS or VmHWM. */
export function procMb(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server and a client that records when the diagnostics of each version arrive. */
export async function startServer(ctx) {
  const server = path.join(ctx.root, 'dist/server.js');
  if (!fs.existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first (npm run bench does).');
  const proc = spawn(process.execPath, [server, '--stdio'], { cwd: ctx.tmp, stdio: 'pipe' });
  proc.stderr.on('data', () => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w({ at: performance.now(), count: p.diagnostics.length });
    }
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  connection.sendNotification('initialized', {});
  /** Resolves with { at, count } when the diagnostics of one version arrive; rejects after `ms`. */
  const published = (uri, version, ms = 300_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${ms / 1000} s`)), ms);
      waiters.set(`${uri}@${version}`, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
  return { proc, connection, published };
}
