/**
 * Running the Mocha suite and reporting its summary, shared by the Node
 * extension host's entry point and the web-worker one. Nothing here may use a
 * Node built-in: the web entry point bundles this file for a web worker, so
 * each host passes in how it reports a summary.
 */
import type { HostKind } from './helpers.js';
import { RESULT_MARKER, type RunSummary } from './all.js';

/** What the runner needs of a Mocha run; Mocha's Node and browser builds both return one. */
export interface MochaRun {
  total: number;
  stats?: { passes: number; failures: number; pending: number };
  on(event: 'fail', fn: (test: { fullTitle(): string }, err: Error) => void): unknown;
}

/** How a host hands a summary to the outer runner, which reads the console line RESULT_MARKER starts. */
export type ReportSummary = (summary: RunSummary, line: string) => void;

/**
 * Runs `runSuite`; when it throws before any test result (say the suite could
 * not even start) it reports a one-failure summary, so that the outer runner
 * fails at once instead of timing out, and rethrows.
 */
export async function runReportingCrash(host: HostKind, runSuite: () => Promise<void>, report: ReportSummary): Promise<void> {
  try {
    await runSuite();
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    if (!/end-to-end test|no end-to-end test ran/.test(error)) {
      const summary: RunSummary = { host, passed: 0, failed: 1, pending: 0, total: 0, durationMs: 0, failures: [{ title: 'starting the suite', error }] };
      report(summary, RESULT_MARKER + JSON.stringify(summary));
    }
    throw e;
  }
}

/**
 * Starts a Mocha run with `start` (which gets the callback Mocha calls when the
 * run ends), reports its summary, and resolves, or rejects when a test failed
 * or none ran. `onFail` is told about each failure as it happens.
 */
export function summariseRun(
  host: HostKind,
  start: (done: () => void) => MochaRun,
  report: ReportSummary,
  onFail?: (title: string, error: string) => void,
): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const failures: RunSummary['failures'] = [];
    const runner = start(() => {
      const stats = runner.stats;
      const summary: RunSummary = {
        host,
        passed: stats?.passes ?? 0,
        failed: stats?.failures ?? failures.length,
        pending: stats?.pending ?? 0,
        total: runner.total,
        durationMs: Date.now() - started,
        failures,
      };
      report(summary, RESULT_MARKER + JSON.stringify(summary));
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
    runner.on('fail', (t, err) => {
      const error = String(err?.stack ?? err);
      failures.push({ title: t.fullTitle(), error });
      onFail?.(t.fullTitle(), error);
    });
  });
}
