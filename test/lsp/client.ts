/**
 * A small LSP client for the stdio tests: it spawns the real built server
 * (`node dist/server.js --stdio`), speaks JSON-RPC to it, answers the requests
 * a server sends to its client, and records notifications so that tests can
 * await them (polling on arrival, never sleeping a fixed time).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { bundleEntry } from '../helpers/bundle.js';

export const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist/server.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/server.js (which also runs the worker thread for large
 * documents) is built from the current sources (as `npm test` does first);
 * rebuilds it atomically when a source file is newer.
 */
export async function ensureServerBuilt(): Promise<string> {
  if (process.env.CLAUSEWISE_TEST_SERVER) return process.env.CLAUSEWISE_TEST_SERVER;
  const sources = Math.max(newestMtime(path.join(ROOT, 'server')), newestMtime(path.join(ROOT, 'grammar')));
  for (const [entry, out] of [['server/node/main.ts', SERVER]] as const) {
    const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
    if (built < sources) {
      const tmp = `${out}.${process.pid}.tmp`;
      await bundleEntry(entry, tmp, 'node');
      fs.renameSync(tmp, out);
    }
  }
  return SERVER;
}

/** Waits until `check` returns a value (re-checked on every notification), or fails after `ms`. */
function waitUntil<T>(subscribe: (cb: () => void) => () => void, check: () => T | undefined, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const unsubscribe = subscribe(() => {
      const v = check();
      if (v !== undefined) {
        clearTimeout(timer);
        unsubscribe();
        resolve(v);
      }
    });
  });
}

export interface ShownMessage {
  type: number;
  message: string;
}

export interface TestClientOptions {
  /** Workspace folder (a directory path); also the server's working directory. */
  workspace?: string;
  /** The `clausewise` settings the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** The client's `experimental` capabilities (e.g. `{ clausewise: { configStatus: true } }`). */
  experimental?: Record<string, unknown>;
  /** Declares the pull model (`textDocument.diagnostic`, `workspace.diagnostics.refreshSupport`): the server then pulls instead of pushing. */
  pullDiagnostics?: boolean;
}

/** A connected LSP client driving one server process. */
export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShownMessage[] = [];
  readonly shownDocuments: string[] = [];
  readonly registrations: string[] = [];
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  refreshes = 0;
  /** The `clausewise/configStatus` notifications received. */
  readonly configStatuses: { uri: string; configUri?: string; configProblems?: string[]; settingsProblem?: string }[] = [];
  settings: Record<string, unknown>;
  private listeners = new Set<() => void>();
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly workspace: string | undefined,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  /** Spawns the server, initialises it and waits for the answer. */
  static async start(options: TestClientOptions = {}): Promise<TestClient> {
    const server = await ensureServerBuilt();
    const proc = spawn(process.execPath, [server, '--stdio'], { cwd: options.workspace ?? ROOT, stdio: 'pipe' });
    proc.stderr.on('data', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new TestClient(proc, connection, options.workspace, options.settings ?? {});
    client.wire();
    connection.listen();
    const folder = options.workspace ? `file://${options.workspace}` : null;
    const result = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: 'ws' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          synchronization: { dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
        window: { showDocument: { support: true } },
        ...(options.experimental ? { experimental: options.experimental } : {}),
      },
    });
    client.capabilities = (result as { capabilities: Record<string, unknown> }).capabilities;
    connection.sendNotification('initialized', {});
    return client;
  }

  capabilities: Record<string, unknown> = {};

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.notify();
    });
    c.onNotification('window/showMessage', (p: ShownMessage) => {
      this.messages.push(p);
      this.notify();
    });
    c.onNotification('window/logMessage', () => undefined);
    c.onNotification('clausewise/configStatus', (p: TestClient['configStatuses'][number]) => {
      this.configStatuses.push(p);
      this.notify();
    });
    c.onRequest('window/showMessageRequest', (p: ShownMessage) => {
      this.messages.push(p);
      this.notify();
      return null;
    });
    c.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p.uri);
      this.notify();
      return { success: true };
    });
    c.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      this.notify();
      return null;
    });
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.notify();
      return null;
    });
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'clausewise' ? this.settings : null)));
  }

  /** Resolves when `check` returns a value, re-checking on every notification from the server. */
  waitFor<T>(check: () => T | undefined, what: string, ms = 20000): Promise<T> {
    return waitUntil(
      (cb) => {
        this.listeners.add(cb);
        return () => this.listeners.delete(cb);
      },
      check,
      ms,
      what,
    );
  }

  /** The text the client holds for a document. */
  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  open(uri: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'contract', version, text } });
  }

  /** Sends one incremental change and applies it to the client's copy. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    let text = this.text(uri);
    for (const ch of changes) text = applyChange(text, ch);
    this.texts.set(uri, text);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text with one incremental edit covering everything. */
  replaceAll(uri: string, newText: string): number {
    const old = this.text(uri);
    const lines = old.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text: newText }]);
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The latest diagnostics published for a document, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.publishes.length - 1; i >= 0; i--) if (this.publishes[i]!.uri === uri) return this.publishes[i];
    return undefined;
  }

  /** Waits for diagnostics of the client's current version of a document. */
  diagnostics(uri: string, ms?: number): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.waitFor(() => {
      const p = this.latest(uri);
      return p && p.version === version ? p.diagnostics : undefined;
    }, `diagnostics of ${uri} version ${version}`, ms);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The diagnostics of every file, as the client holds them after its `workspace/diagnostic` pulls. */
  readonly pulled = new Map<string, { resultId?: string; items: Diagnostic[] }>();

  /**
   * Pulls workspace diagnostics once (sending the result ids it holds, as
   * VS Code does) and records the full reports; returns the URIs reported in full.
   */
  async pullWorkspace(): Promise<string[]> {
    const previousResultIds = [...this.pulled].filter(([, r]) => r.resultId).map(([uri, r]) => ({ uri, value: r.resultId! }));
    const report = await this.request<{ items: { kind: string; uri: string; resultId?: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds });
    const full: string[] = [];
    for (const item of report.items) {
      if (item.kind === 'full') {
        this.pulled.set(item.uri, { resultId: item.resultId, items: item.items ?? [] });
        full.push(item.uri);
      }
    }
    return full;
  }

  /** Pulls until `check` returns a value (at most `ms`). */
  async pullUntil<T>(check: () => T | undefined, what: string, ms = 30000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms pulling workspace diagnostics until ${what}`);
      await this.pullWorkspace();
    }
  }

  /** Shuts the server down cleanly and waits for the process to exit. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest('shutdown');
      void this.connection.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const timer = setTimeout(() => this.proc.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** Offset of an LSP position in a text (lines split on \n). */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? text.length : nl;
  return Math.min(offset + pos.character, lineEnd);
}

/** The position of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies one content change (incremental or full) to a text. */
export function applyChange(text: string, ch: TextDocumentContentChangeEvent): string {
  if (!('range' in ch) || !ch.range) return ch.text;
  return text.slice(0, offsetAt(text, ch.range.start)) + ch.text + text.slice(offsetAt(text, ch.range.end));
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const withOffsets = edits.map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }));
  withOffsets.sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Finds `needle` in a text and returns its position (at `delta` characters into the match). */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return positionAt(text, at + delta);
}

/** A file URI for a path. */
export function fileUri(p: string): string {
  return `file://${p}`;
}

/** A test server and the temporary workspace folder it runs in. */
export interface WorkspaceServer {
  ws: string;
  client: TestClient;
}

/**
 * Creates a temporary workspace folder whose name starts with `prefix`, lets
 * `prepare` write files into it, and starts a server there with diagnostics
 * published at once (debouncing off).
 */
export async function startInTempWorkspace(prefix: string, prepare?: (ws: string) => void): Promise<WorkspaceServer> {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  prepare?.(ws);
  return { ws, client: await TestClient.start({ workspace: ws, settings: { debounceMs: 0 } }) };
}

/** Stops a server from `startInTempWorkspace`, if it started, and removes its workspace folder. */
export async function stopAndRemove(client: TestClient | undefined, ws: string | undefined): Promise<void> {
  await client?.stop();
  if (ws) fs.rmSync(ws, { recursive: true, force: true });
}
