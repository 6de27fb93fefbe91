/**
 * Diagnostics for the contracts that are not open: a background checker over
 * the workspace model (workspace.ts) and the reports of the LSP pull model.
 *
 * - Every file of the model that is not open is checked in the background,
 *   one file at a time, the rules in slices of a few milliseconds; while an
 *   open document waits for or runs its own check (an edit is being typed),
 *   the background waits, so the file being edited always goes first. Files a
 *   change affects (the children of an edited master) go to the front of the
 *   queue.
 * - A file is re-checked only when its text, its configuration or the family
 *   files it depends on changed (its key).
 * - Push clients get each result as `textDocument/publishDiagnostics` (no
 *   version); pull clients ask with `workspace/diagnostic` and get, per file,
 *   a full report or, when their `previousResultId` is still current, an
 *   unchanged one.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { yieldToEventLoop, type Workspace } from './workspace.js';

/** The background checker reads pending messages at least this often (milliseconds). */
const SLICE_MS = 8;

/** A 53-bit hash of a string (cyrb53), as text. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}.${(h1 >>> 0).toString(36)}.${text.length}`;
}

/** Result ids per file: a file keeps its id while its diagnostics stay the same, so pull clients get "unchanged". */
export class ResultIds {
  private readonly last = new Map<string, { id: string; json: string }>();
  private next = 1;

  /** The result id of these diagnostics of the file: the previous one when they are the same. */
  assign(uri: string, items: readonly LspDiagnostic[]): string {
    // A hash of the report, not the report itself: thousands of files are kept.
    const json = hash(JSON.stringify(items));
    const prev = this.last.get(uri);
    if (prev && prev.json === json) return prev.id;
    const id = this.fresh();
    this.last.set(uri, { id, json });
    return id;
  }

  /** A result id never given before. */
  fresh(): string {
    return `r${this.next++}`;
  }

  /** The current id of a file, if it has one. */
  current(uri: string): string | undefined {
    return this.last.get(uri)?.id;
  }

  /** Forgets a file: its next result gets a new id, so a client that dropped its diagnostics (a closed document) gets them again. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** What the background checker needs from the server. */
export interface BackgroundHost {
  workspace: Workspace;
  /** What a file's diagnostics depend on besides its text: configuration and family (a changed key means a re-check). */
  keyOf(uri: string): string;
  /** Checks a file that is not open; undefined when the check went stale (the file changed, was opened or dropped). */
  check(uri: string, isStale: () => boolean): Promise<LspDiagnostic[] | undefined>;
  /** True while an open document waits for or runs its check: the background then waits. */
  busy(): boolean;
  /** Whether the file is open in the editor (its diagnostics come from the document's own check). */
  isOpen(uri: string): boolean;
  /** True when the client pulls diagnostics; else they are pushed with {@link publish}. */
  pulls(): boolean;
  /** Push clients: sends a file's diagnostics. */
  publish(uri: string, items: LspDiagnostic[]): void;
  logError(where: string, e: unknown): void;
}

interface Result {
  /** The file's revision and key the result was computed for. */
  revision: number;
  key: string;
  resultId: string;
  items: LspDiagnostic[];
}

/** One file's report for `workspace/diagnostic`. */
export type WorkspaceReport =
  | { kind: 'full'; uri: string; resultId: string; items: LspDiagnostic[]; version: null }
  | { kind: 'unchanged'; uri: string; resultId: string; version: null };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class WorkspaceDiagnostics {
  private readonly results = new Map<string, Result>();
  /** Files waiting for a check, in order (a Set keeps insertion order). */
  private queue = new Set<string>();
  private running = false;
  /** Files dropped from the model whose diagnostics a pull client may still show: reported once with no items. */
  private readonly dropped = new Set<string>();
  private idleWaiters: (() => void)[] = [];
  private changeWaiters: (() => void)[] = [];
  /** Counts the checks run (for tests and logs). */
  checks = 0;

  constructor(
    private readonly host: BackgroundHost,
    readonly ids: ResultIds,
  ) {}

  /** Queues files for a check (open ones are skipped: their documents are checked as they are edited); `front` puts them first. */
  enqueue(uris: Iterable<string>, front = false): void {
    const add = [...uris].filter((u) => !this.host.isOpen(u) && this.host.workspace.has(u));
    if (!add.length) return;
    if (front) {
      const rest = this.queue;
      this.queue = new Set(add);
      for (const u of rest) this.queue.add(u);
    } else for (const u of add) this.queue.add(u);
    this.start();
  }

  /** Queues every file of the model that is not open (after a configuration change, or at start). */
  enqueueAll(): void {
    this.enqueue(this.host.workspace.uris());
  }

  /** A file was opened: its document's check takes over. */
  opened(uri: string): void {
    this.queue.delete(uri);
    this.results.delete(uri);
    this.ids.forget(uri);
  }

  /** A file left the model (deleted, or closed outside the folders): its diagnostics are cleared. */
  drop(uri: string): void {
    this.queue.delete(uri);
    this.results.delete(uri);
    this.ids.forget(uri);
    if (!this.host.pulls()) this.host.publish(uri, []);
    else {
      this.dropped.add(uri);
      this.changed();
    }
  }

  /** True while files wait for a check or one runs (or the workspace scan runs). */
  get pending(): boolean {
    return this.queue.size > 0 || this.running || this.host.workspace.scanning;
  }

  /** Resolves when no file waits for a check (at once if none does). */
  whenIdle(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves at the next change of a result, or after `ms`. */
  nextChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.changeWaiters.push(done);
    });
  }

  private changed(): void {
    const waiters = this.changeWaiters;
    this.changeWaiters = [];
    for (const w of waiters) w();
  }

  /** Tells the waiters for idleness once the scan has finished too (the server calls it after the scan). */
  settle(): void {
    if (this.pending) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private start(): void {
    if (this.running) return;
    this.running = true;
    void this.run()
      .catch((e) => this.host.logError('checking the workspace', e))
      .finally(() => {
        this.running = false;
        // Files queued while the last check finished.
        if (this.queue.size) this.start();
        else this.settle();
      });
  }

  private async run(): Promise<void> {
    let slice = Date.now();
    for (;;) {
      // Messages (an edit, a request) are read between files, at least every few milliseconds.
      if (Date.now() - slice > SLICE_MS) {
        await yieldToEventLoop();
        slice = Date.now();
      }
      // The file being edited goes first: wait while an open document waits for or runs its check.
      while (this.host.busy()) {
        await sleep(2);
        slice = Date.now();
      }
      const uri = this.queue.values().next().value as string | undefined;
      if (uri === undefined) return;
      this.queue.delete(uri);
      await this.checkOne(uri);
    }
  }

  /**
   * Checks one file now, unless its result is current (its text, configuration
   * and family unchanged): the workspace scan checks each file right after
   * reading it, while its parse is still cached.
   */
  async checkNow(uri: string): Promise<void> {
    while (this.host.busy()) await sleep(2);
    this.queue.delete(uri);
    await this.checkOne(uri);
  }

  private async checkOne(uri: string): Promise<void> {
    const ws = this.host.workspace;
    if (this.host.isOpen(uri) || !ws.has(uri)) return;
    const revision = ws.revision(uri);
    const key = this.host.keyOf(uri);
    const prev = this.results.get(uri);
    if (prev && prev.revision === revision && prev.key === key) return;
    const isStale = () => this.host.isOpen(uri) || ws.revision(uri) !== revision || !ws.has(uri);
    let items: LspDiagnostic[] | undefined;
    try {
      this.checks++;
      items = await this.host.check(uri, isStale);
    } catch (e) {
      this.host.logError(`checking ${uri}`, e);
      items = undefined;
    }
    if (isStale()) {
      // Went stale (changed while checked): checked again if it is still in the model and not open.
      if (!this.host.isOpen(uri) && ws.has(uri)) this.enqueue([uri]);
      return;
    }
    // No result without a change (nothing to read): left alone until the file changes.
    if (items === undefined) return;
    const resultId = this.ids.assign(uri, items);
    const same = prev?.resultId === resultId;
    this.results.set(uri, { revision, key, resultId, items });
    this.dropped.delete(uri);
    if (!same || !prev) {
      if (!this.host.pulls()) this.host.publish(uri, items);
      this.changed();
    }
  }

  /**
   * The reports of `workspace/diagnostic`: for every checked file that is not
   * open, a full report, or an unchanged one when the client's previous result
   * id is still current; a file dropped from the model once with no items.
   */
  reports(previous: ReadonlyMap<string, string>): { items: WorkspaceReport[]; changed: boolean } {
    const items: WorkspaceReport[] = [];
    let changed = false;
    for (const [uri, r] of this.results) {
      if (this.host.isOpen(uri)) continue;
      if (previous.get(uri) === r.resultId) items.push({ kind: 'unchanged', uri, resultId: r.resultId, version: null });
      else {
        items.push({ kind: 'full', uri, resultId: r.resultId, items: r.items, version: null });
        changed = true;
      }
    }
    for (const uri of [...this.dropped]) {
      if (this.results.has(uri) || this.host.isOpen(uri) || !previous.has(uri)) continue;
      // Reported once to a client that shows diagnostics for it: an empty report clears them.
      items.push({ kind: 'full', uri, resultId: `gone${this.ids.fresh()}`, items: [], version: null });
      this.dropped.delete(uri);
      changed = true;
    }
    return { items, changed };
  }

  /** The latest result of a file that is not open, if it has been checked. */
  resultOf(uri: string): { resultId: string; items: LspDiagnostic[] } | undefined {
    const r = this.results.get(uri);
    return r ? { resultId: r.resultId, items: r.items } : undefined;
  }
}
