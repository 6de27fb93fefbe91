/**
 * The entry point VS Code's extension host loads with --extensionTestsPath
 * (the Node extension host: desktop VS Code under @vscode/test-electron, or
 * the VS Code server in a browser). It runs the Mocha suite and reports a
 * summary to the outer runner through a results file and the console.
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { registerSuites, RESULT_MARKER, type RunSummary } from './all.js';

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
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  // Install the tdd interface as globals, as Mocha does before it loads a test file.
  mocha.suite.emit('pre-require', globalThis, 'clausewise-e2e', mocha);
  registerSuites('node');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const failures: RunSummary['failures'] = [];
    const runner = mocha.run(() => {
      const stats = runner.stats;
      const summary: RunSummary = {
        host: 'node',
        passed: stats?.passes ?? 0,
        failed: stats?.failures ?? failures.length,
        pending: stats?.pending ?? 0,
        total: runner.total,
        durationMs: Date.now() - started,
        failures,
      };
      const file = process.env.CLAUSEWISE_E2E_RESULTS;
      if (file) fs.writeFileSync(file, JSON.stringify(summary, null, 2));
      console.log(RESULT_MARKER + JSON.stringify(summary));
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end test ran'));
      else resolve();
    });
    runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
}

/** Reports a run that could not even start, so the outer runner fails at once instead of timing out. */
function reportCrash(e: unknown): void {
  const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  if (/end-to-end test|no end-to-end test ran/.test(error)) return;
  const summary: RunSummary = { host: 'node', passed: 0, failed: 1, pending: 0, total: 0, durationMs: 0, failures: [{ title: 'starting the suite', error }] };
  const file = process.env.CLAUSEWISE_E2E_RESULTS;
  if (file) fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  console.log(RESULT_MARKER + JSON.stringify(summary));
}
