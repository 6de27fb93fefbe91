/**
 * The entry point of the suite in the web-worker extension host
 * (`extensionDevelopmentKind: web`): the same tests, against the language
 * server running in a web worker. Mocha's browser build is bundled in; the
 * summary goes to the console, which the runner reads from the page.
 */
import 'mocha/mocha.js';
import { registerSuites, RESULT_MARKER, type RunSummary } from '../suite/all.js';

declare const mocha: BrowserMocha;

interface BrowserMocha {
  setup(options: { ui: string; reporter: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): { total: number; stats?: { passes: number; failures: number; pending: number }; on(event: 'fail', fn: (test: { fullTitle(): string }, err: Error) => void): void };
}

/** Runs the suite; rejects when a test failed or none ran. */
export async function run(): Promise<void> {
  try {
    await runSuite();
  } catch (e) {
    reportCrash(e);
    throw e;
  }
}

function runSuite(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 90_000, color: false });
  registerSuites('web');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const failures: RunSummary['failures'] = [];
    const runner = mocha.run(() => {
      const stats = runner.stats;
      const summary: RunSummary = {
        host: 'web',
        passed: stats?.passes ?? 0,
        failed: stats?.failures ?? failures.length,
        pending: stats?.pending ?? 0,
        total: runner.total,
        durationMs: Date.now() - started,
        failures,
      };
      console.log(RESULT_MARKER + JSON.stringify(summary));
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
    runner.on('fail', (t, err) => {
      failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
      console.log(`FAIL ${t.fullTitle()}: ${String(err?.stack ?? err)}`);
    });
  });
}

/** Reports a run that could not even start, so the outer runner fails at once instead of timing out. */
function reportCrash(e: unknown): void {
  const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  if (/end-to-end test|no end-to-end test ran/.test(error)) return;
  const summary: RunSummary = { host: 'web', passed: 0, failed: 1, pending: 0, total: 0, durationMs: 0, failures: [{ title: 'starting the suite', error }] };
  console.log(RESULT_MARKER + JSON.stringify(summary));
}
