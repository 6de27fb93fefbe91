/**
 * The entry point VS Code's extension host loads with --extensionTestsPath
 * (the Node extension host: desktop VS Code under @vscode/test-electron, or
 * the VS Code server in a browser). It runs the Mocha suite and reports a
 * summary to the outer runner through a results file and the console.
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { registerSuites, type RunSummary } from './all.js';
import { runReportingCrash, summariseRun } from './run.js';

/** Writes the summary to the results file the runner names, if any, and to the console. */
function report(summary: RunSummary, line: string): void {
  const file = process.env.CLAUSEWISE_E2E_RESULTS;
  if (file) fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  console.log(line);
}

/** Runs the suite; rejects when a test failed or none ran. */
export function run(): Promise<void> {
  return runReportingCrash('node', runSuite, report);
}

function runSuite(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  // Install the tdd interface as globals, as Mocha does before it loads a test file.
  mocha.suite.emit('pre-require', globalThis, 'clausewise-e2e', mocha);
  registerSuites('node');
  return summariseRun('node', (done) => mocha.run(done), report);
}
