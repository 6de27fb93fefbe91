/**
 * The analysis worker, run in a worker thread by the Node server for large
 * documents. The thread runs dist/server.js itself (main.ts starts
 * {@link runAnalysisWorker} when it finds itself in a worker thread with
 * `workerData.role === ANALYSIS_WORKER_ROLE`), so the parser and the rules ship
 * once, not in a second bundle (server/node/off-thread.ts,
 * server/lsp/large-documents.ts). It receives `{ id, key, text, config }`
 * (`key` names the document, `config` is the resolved configuration as plain
 * JSON) and answers `{ id, diagnostics }` with what `analyze(text, config)`
 * gives (sorted, at most MAX_DIAGNOSTICS and one summary), `{ id, cancelled }`
 * when the server cancelled it, or `{ id, error }` when the analysis failed as
 * a whole. One request at a time.
 *
 * The worker keeps the parse of the last document it analysed and re-parses
 * the next version of the same document incrementally (server/lsp/incremental.ts,
 * the same re-parse the in-thread path uses, equal to a full parse), so an edit
 * of a 10 MB document does not pay for a full parse again. The server cancels
 * through shared memory (`workerData.cancel[0]` set to the request id): the
 * rules stop between one rule and the next; the parse is kept.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ParseResult } from '../../grammar/index.js';
import { AnalysisCancelled, analyzeParsed, capDiagnostics } from '../core/analyze.js';
import type { ResolvedConfig } from '../core/config.js';
import { reparse } from '../lsp/incremental.js';

/** A request from the server. */
export interface AnalysisRequest {
  id: number;
  /** The document (its URI): the cached parse is re-used only for the same document. */
  key: string;
  text: string;
  config: ResolvedConfig;
}

/** The `workerData.role` of the analysis thread (off-thread.ts sets it; main.ts looks for it). */
export const ANALYSIS_WORKER_ROLE = 'clausewise-analysis';

/** What the server gives the thread: its role and the shared cancellation cell. */
export interface AnalysisWorkerData {
  role: typeof ANALYSIS_WORKER_ROLE;
  cancel: SharedArrayBuffer;
}

/** Whether `data` (a thread's `workerData`) is that of the analysis worker. */
export function isAnalysisWorkerData(data: unknown): data is AnalysisWorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === ANALYSIS_WORKER_ROLE;
}

/** Answers the server's requests on `port` until the thread is terminated. */
export function runAnalysisWorker(port: MessagePort, data: AnalysisWorkerData): void {
  /** `cancel[0]` holds the id of the request the server cancelled. */
  const cancel = new Int32Array(data.cancel);
  /** The parse of the document analysed last. */
  let cache: { key: string; parsed: ParseResult } | undefined;

  function run(request: AnalysisRequest): object {
    const isCancelled = () => Atomics.load(cancel, 0) === request.id;
    const previous = cache?.key === request.key ? cache.parsed : undefined;
    // The previous parse is modified in place by the re-parse: it is forgotten until the new one is complete.
    cache = undefined;
    const parsed = reparse(previous, request.text);
    cache = { key: request.key, parsed };
    if (isCancelled()) return { id: request.id, cancelled: true };
    try {
      return { id: request.id, diagnostics: capDiagnostics(analyzeParsed(parsed, request.config, { isCancelled })) };
    } catch (e) {
      if (e instanceof AnalysisCancelled) return { id: request.id, cancelled: true };
      throw e;
    }
  }

  port.on('message', (request: AnalysisRequest) => {
    let reply: object;
    try {
      reply = run(request);
    } catch (e) {
      reply = { id: request.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      // A diagnostic that cannot be copied to the server's thread is a failure of the analysis too.
      port.postMessage({ id: request.id, error: `the diagnostics could not be sent (${e instanceof Error ? e.message : String(e)})` });
    }
  });
}
