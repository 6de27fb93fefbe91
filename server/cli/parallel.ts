/**
 * `clausewise lint --concurrency`: many files are analysed on several cores,
 * in worker threads that run this same bundle (dist/cli.js, started with
 * `workerData.clausewiseLint`; see main.ts), with exactly the results of one
 * thread, in the same order:
 *
 * - A file whose text may hold `kind` or `under` (families.ts), and a file
 *   whose `id` such a file may name (a possible master), are analysed in the
 *   main thread together, by {@link analyzeFamilies}, as lint always does.
 * - Every other file depends on no other file: it is analysed alone
 *   ({@link analyzeAlone}), in chunks taken from one queue by the workers and
 *   by the main thread itself, which also works while the workers start.
 * - A worker that fails (it cannot start, throws, or answers something that
 *   cannot be read) is dropped and its chunk goes back to the main thread: no
 *   file is lost. A file whose parse finds a `kind` the text test missed makes
 *   the whole run start again in one thread.
 *
 * `auto` starts workers only when there are enough files to pay for them, and
 * cores idle enough to run them ({@link threadsFor}). Measured with callgrind
 * on generated 200-line contracts (100, 200 and 400 files, one worker taking
 * every file it can): a worker costs about 1.2 G instructions once (loading
 * the bundle, building its parser, warming up its own compiled code; about 90
 * files' work at 13-18 M a file) and 2.9 M a file (mostly copying the
 * diagnostics back to the main thread). On two idle cores two threads
 * therefore shorten any run of more than a few dozen files; on busy cores they
 * only add that cost.
 */
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { LineIndex } from '../../grammar/index.js';
import type { Diagnostic, ResolvedConfig } from '../core/index.js';
import { CliError } from './errors.js';
import { analyzeAlone, analyzeFamilies, mayBeFamilyMaster, mayHaveFamily, type FamilyAnalysis, type FamilyInput, type KeptFixes } from './families.js';
import { workerThreads } from './builtins.js';

/** Appended to a worker's `process.argv`, so that the main thread knows it is none without loading node:worker_threads. */
const WORKER_ARGUMENT = '--clausewise-lint-worker';

/** `--concurrency`: `auto`, `off`, or how many threads analyse files (the main thread counted). */
export type Concurrency = 'auto' | 'off' | number;

/** With `auto`, one thread more for every this many files: well above what a worker costs (about 90 files' work, above), so that small runs stay in one thread. */
export const FILES_PER_WORKER = 200;

/** Files per message to a worker: large enough that messages cost little, small enough that the threads finish together. */
const CHUNK = 8;

/** What the workers need to know, in `workerData.clausewiseLint`. */
interface WorkerSetup {
  /** The configurations of the files (as plain data); a request names one by its index. */
  configs: ResolvedConfig[];
  /** What the results keep of the diagnostics' fixes. */
  fixes: KeptFixes;
  /** Set only by tests (CLAUSEWISE_TEST_LINT_WORKERS=fail): fail on the first chunk. */
  fail?: boolean;
}

interface ChunkRequest {
  id: number;
  files: { text: string; config: number }[];
}

type ChunkReply = { id: number; results: { diagnostics: Diagnostic[]; family: boolean }[] } | { id: number; error: string };

/** Reads `--concurrency`; a bad value is a CliError (exit code 2). */
export function concurrencyOption(raw: string | undefined): Concurrency {
  if (raw === undefined) return 'auto';
  const value = raw.trim().toLowerCase();
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 1024) return Number(value) === 1 ? 'off' : Number(value);
  throw new CliError(`unknown value "${raw}" for --concurrency: use auto, off or a number of threads from 1 to 1024, e.g. --concurrency 4`);
}

/**
 * How many threads analyse `files` files (1: the main thread alone). `auto`
 * takes one thread more per {@link FILES_PER_WORKER} files, only on the cores
 * the 1-minute load average leaves idle (on a machine busy with other work, a
 * worker only adds the cost of starting it), and leaves one of them to V8's
 * own helper threads (garbage collection, compilation), which keep a second
 * core busy even in one thread: so a machine needs three idle cores before a
 * worker pays. Measured on an idle two-core machine, lint of the bench's 1,000
 * files took 1.43 s in one thread and 1.77 s in two (medians of 7 alternating
 * runs; CPU time 1.82 s against 2.78 s).
 */
export function threadsFor(concurrency: Concurrency, files: number, machine: { cores: number; load: number } = thisMachine()): number {
  if (concurrency === 'off' || files < 2) return 1;
  if (concurrency !== 'auto') return Math.min(concurrency, Math.ceil(files / CHUNK));
  const idle = Math.floor(Math.max(0, machine.cores - machine.load));
  if (idle < MIN_IDLE_CORES) return 1;
  return Math.max(1, Math.min(idle - 1, 1 + Math.floor(files / FILES_PER_WORKER)));
}

/** With `auto`, the idle cores a machine needs before a worker is started (see {@link threadsFor}). */
const MIN_IDLE_CORES = 3;

function thisMachine(): { cores: number; load: number } {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Windows has no load average (0): its cores count as idle.
  return { cores, load: os.loadavg()[0] ?? 0 };
}

/**
 * The script a worker runs: this bundle, when it is one (dist/cli.js). Run
 * from the TypeScript sources (tests), there is none and lint stays in one thread.
 */
function workerScript(): string | undefined {
  const self = typeof __filename === 'string' ? __filename : undefined;
  return self && path.extname(self) === '.js' ? self : undefined;
}

/** Test hooks: CLAUSEWISE_TEST_LINT_WORKERS=only (the main thread leaves the queue to the workers) or =fail (every worker fails). */
function testMode(): string | undefined {
  return process.env['CLAUSEWISE_TEST_LINT_WORKERS'] || undefined;
}

/**
 * Analyses the inputs as {@link analyzeFamilies} does (the same results, in the
 * same order), on up to `threads` threads. `note` receives one line about how
 * the work was shared, for tests.
 */
export async function analyzeInParallel(inputs: readonly FamilyInput[], threads: number, fixes: KeptFixes, note?: (line: string) => void): Promise<FamilyAnalysis[]> {
  const script = workerScript();
  if (threads < 2 || !script) return analyzeFamilies(inputs, { keepParses: false, fixes }).results;
  // Family members, and the files they may name, stay together in the main thread.
  const members = inputs.filter((i) => mayHaveFamily(i.text));
  const memberTexts = members.map((i) => i.text).join('\n');
  const together = inputs.map((i) => members.length > 0 && (mayHaveFamily(i.text) || mayBeFamilyMaster(i.text, memberTexts)));
  const alone = inputs.map((_, i) => i).filter((i) => !together[i]);
  const workers = Math.min(threads - 1, Math.ceil(alone.length / CHUNK) - 1);
  if (workers < 1) return analyzeFamilies(inputs, { keepParses: false, fixes }).results;

  const results: (FamilyAnalysis | undefined)[] = new Array(inputs.length);
  const queue: number[][] = [];
  for (let i = 0; i < alone.length; i += CHUNK) queue.push(alone.slice(i, i + CHUNK));
  let missedFamily = false;
  let inWorkers = 0;
  const store = (chunk: readonly number[], found: readonly { diagnostics: Diagnostic[]; family: boolean }[]) => {
    chunk.forEach((index, k) => {
      const r = found[k]!;
      if (r.family) missedFamily = true;
      results[index] = { result: undefined, diagnostics: r.diagnostics, lines: new LineIndex(inputs[index]!.text) };
    });
  };
  const analyseHere = (chunk: readonly number[]) => store(chunk, chunk.map((index) => analyzeAlone(inputs[index]!.text, inputs[index]!.config, fixes)));

  const configIds = new Map<ResolvedConfig, number>();
  const configs: ResolvedConfig[] = [];
  for (const input of inputs) {
    if (!configIds.has(input.config)) {
      configIds.set(input.config, configs.length);
      configs.push(input.config);
    }
  }
  const mode = testMode();
  const pool = startWorkers(script, workers, { configs, fixes, fail: mode === 'fail' });
  let nextId = 0;
  // Chunks a worker took and has not answered, by request id; a failed worker's go back to the main thread.
  const pending = new Map<number, { chunk: number[]; worker: Worker }>();
  const returned: number[][] = [];
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const send = (worker: Worker) => {
    const chunk = queue.shift();
    if (!chunk) return;
    const id = nextId++;
    pending.set(id, { chunk, worker });
    const request: ChunkRequest = { id, files: chunk.map((index) => ({ text: inputs[index]!.text, config: configIds.get(inputs[index]!.config)! })) };
    try {
      worker.postMessage(request);
    } catch {
      pending.delete(id);
      returned.push(chunk);
      drop(worker);
    }
  };
  const alive = new Set<Worker>();
  const drop = (worker: Worker) => {
    if (!alive.delete(worker)) return;
    for (const [id, p] of pending) {
      if (p.worker !== worker) continue;
      pending.delete(id);
      returned.push(p.chunk);
    }
    void worker.terminate();
    wakeUp();
  };
  for (const worker of pool) {
    alive.add(worker);
    worker.on('message', (reply: ChunkReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('error' in reply || !Array.isArray(reply.results) || reply.results.length !== p.chunk.length) {
        returned.push(p.chunk);
        drop(worker);
        return;
      }
      store(p.chunk, reply.results);
      inWorkers += p.chunk.length;
      send(worker);
      wakeUp();
    });
    worker.on('error', () => drop(worker));
    worker.on('exit', () => drop(worker));
    worker.on('messageerror', () => drop(worker));
    // Two chunks each, so that a worker has the next one while its answer waits for the main thread.
    send(worker);
    send(worker);
  }

  // The family members first, while the workers start; then the queue, a chunk at a time, answering the workers in between.
  if (together.some(Boolean)) {
    const indices = inputs.map((_, i) => i).filter((i) => together[i]);
    const { results: family } = analyzeFamilies(
      indices.map((i) => inputs[i]!),
      { keepParses: false, fixes },
    );
    indices.forEach((index, k) => (results[index] = family[k]));
  }
  const mainTakesPart = mode !== 'only';
  for (;;) {
    const chunk = returned.shift() ?? (mainTakesPart || alive.size === 0 ? queue.shift() : undefined);
    if (chunk) {
      analyseHere(chunk);
      // Let the workers' answers in, and give them more.
      await new Promise<void>((resolve) => setImmediate(resolve));
      continue;
    }
    if (pending.size === 0 && queue.length === 0 && returned.length === 0) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  for (const worker of alive) void worker.terminate();
  note?.(`clausewise: ${inWorkers} of ${inputs.length} files analysed in ${workers} worker thread${workers === 1 ? '' : 's'}`);
  if (missedFamily) return analyzeFamilies(inputs, { keepParses: false, fixes }).results;
  return results as FamilyAnalysis[];
}

function startWorkers(script: string, count: number, setup: WorkerSetup): Worker[] {
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    try {
      workers.push(new (workerThreads().Worker)(script, { argv: [WORKER_ARGUMENT], workerData: { clausewiseLint: setup }, stdout: false, stderr: false }));
    } catch {
      // A worker that cannot start leaves its share to the others and the main thread.
    }
  }
  return workers;
}

/** True in a thread started by {@link analyzeInParallel}. */
export function isLintWorker(): boolean {
  if (!process.argv.includes(WORKER_ARGUMENT)) return false;
  const { parentPort, workerData } = workerThreads();
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && 'clausewiseLint' in workerData;
}

/** The work of a lint worker: answers each chunk with the diagnostics of its files, analysed alone. */
export function runLintWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const port = parentPort!;
  const setup = (workerData as { clausewiseLint: WorkerSetup }).clausewiseLint;
  port.on('message', (request: ChunkRequest) => {
    if (setup.fail) throw new Error('a lint worker failed, as the test asked');
    let reply: ChunkReply;
    try {
      reply = { id: request.id, results: request.files.map((f) => analyzeAlone(f.text, setup.configs[f.config]!, setup.fixes)) };
    } catch (e) {
      reply = { id: request.id, error: e instanceof Error ? e.message : String(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      port.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
