/**
 * The Node server's off-thread analysis (`ServerEnv.analyzeOffThread`, see
 * server/lsp/large-documents.ts): one worker thread running dist/server.js
 * itself in its analysis role (analysis-worker.ts), reused while it is idle, one analysis at a time
 * (others wait in order, and a waiting one whose document changed is dropped).
 *
 * A newer edit supersedes the running analysis. Its `isStale()` is polled
 * every {@link STALE_POLL_MS} ms; when it turns true the caller gets
 * `undefined` at once and the worker is asked to stop (through shared memory:
 * the rules stop between one rule and the next, and the worker keeps the
 * parse, so the new version is re-parsed incrementally rather than from
 * scratch). A worker still busy {@link CANCEL_GRACE_MS} ms later (inside a
 * long full parse) is terminated, and the next analysis starts on a fresh one.
 * An idle worker is terminated after {@link IDLE_MS} ms, which gives its
 * memory (the cached parse of a large document) back.
 *
 * A worker that crashes, throws or runs out of memory fails the analysis it
 * was running (the server publishes an internal-error diagnostic for that
 * version) and is replaced on the next analysis.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, ResolvedConfig } from '../core/index.js';
import type { OffThreadAnalysis } from '../lsp/large-documents.js';
import { ANALYSIS_WORKER_ROLE, type AnalysisWorkerData } from './analysis-worker.js';

/** How often a running analysis checks whether its document changed, in milliseconds. */
const STALE_POLL_MS = 20;
/** How long a cancelled analysis may take to stop by itself before its worker is terminated, in milliseconds. */
const CANCEL_GRACE_MS = 1000;
/** An idle worker is terminated after this many milliseconds, freeing its memory. */
const IDLE_MS = 120_000;

interface Job {
  id: number;
  key: string;
  text: string;
  config: ResolvedConfig;
  isStale: () => boolean;
  /** Settles the caller's promise; later calls do nothing. */
  done(result: Diagnostic[] | undefined | Error): void;
}

interface Reply {
  id: number;
  diagnostics?: Diagnostic[];
  cancelled?: boolean;
  error?: string;
}

/**
 * The off-thread analysis over the worker script `workerFile`, or undefined
 * when that file does not exist (the server then analyses in-thread).
 */
export function createOffThreadAnalysis(workerFile: string): OffThreadAnalysis | undefined {
  if (!fs.existsSync(workerFile)) return undefined;
  /** `cancel[0]`: the id of the request the worker should abandon. */
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const waiting: Job[] = [];
  let worker: Worker | undefined;
  let running: Job | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;

  /** Ends the running job (its worker is then idle, or gone) and starts the next one. */
  function settle(result: Diagnostic[] | undefined | Error): void {
    const job = running;
    running = undefined;
    clearInterval(poll);
    clearTimeout(grace);
    poll = grace = undefined;
    job?.done(result);
    startNext();
  }

  /** Forgets the current worker and stops it. */
  function discardWorker(): void {
    const w = worker;
    worker = undefined;
    clearTimeout(idle);
    if (w) w.terminate().catch(() => undefined);
  }

  function spawn(): Worker {
    const data: AnalysisWorkerData = { role: ANALYSIS_WORKER_ROLE, cancel: cancel.buffer as SharedArrayBuffer };
    const w = new Worker(workerFile, { workerData: data });
    // An idle worker never keeps the server alive.
    w.unref();
    w.on('message', (reply: Reply) => {
      if (w !== worker || !running || reply.id !== running.id) return;
      settle(reply.error !== undefined ? new Error(reply.error) : reply.cancelled ? undefined : (reply.diagnostics ?? []));
    });
    // 'error' (an uncaught exception, running out of memory) is followed by 'exit'; whichever comes first fails the job.
    const died = (e: Error) => {
      if (w !== worker) return;
      worker = undefined;
      settle(e);
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`the analysis worker stopped (exit code ${code})`)));
    return w;
  }

  function startNext(): void {
    while (!running && waiting.length) {
      const job = waiting.shift()!;
      if (job.isStale()) {
        job.done(undefined);
        continue;
      }
      running = job;
      clearTimeout(idle);
      try {
        worker ??= spawn();
        worker.postMessage({ id: job.id, key: job.key, text: job.text, config: job.config });
      } catch (e) {
        discardWorker();
        settle(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      poll = setInterval(checkStale, STALE_POLL_MS);
      poll.unref();
    }
    if (!running && worker) {
      idle = setTimeout(discardWorker, IDLE_MS);
      idle.unref();
    }
  }

  /** Drops waiting analyses that are stale, and asks the worker to abandon the running one when it is. */
  function checkStale(): void {
    for (let i = waiting.length - 1; i >= 0; i--) {
      if (waiting[i]!.isStale()) waiting.splice(i, 1)[0]!.done(undefined);
    }
    const job = running;
    if (!job || grace || !job.isStale()) return;
    // The caller moves on at once; the worker stays busy until it stops or is terminated.
    job.done(undefined);
    Atomics.store(cancel, 0, job.id);
    grace = setTimeout(() => {
      if (running !== job) return;
      discardWorker();
      settle(undefined);
    }, CANCEL_GRACE_MS);
    grace.unref();
  }

  return (key, text, config, isStale) =>
    new Promise<Diagnostic[] | undefined>((resolve, reject) => {
      let settled = false;
      const done = (result: Diagnostic[] | undefined | Error) => {
        if (settled) return;
        settled = true;
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      waiting.push({ id: nextId++, key, text, config, isStale, done });
      startNext();
    });
}
