/**
 * The entry point of the suite in the web-worker extension host
 * (`extensionDevelopmentKind: web`): the same tests, against the language
 * server running in a web worker. Mocha's browser build is bundled in; the
 * summary goes to the console, which the runner reads from the page.
 */
import 'mocha/mocha.js';
import { registerSuites } from '../suite/all.js';
import { runReportingCrash, summariseRun, type MochaRun } from '../suite/run.js';

declare const mocha: BrowserMocha;

interface BrowserMocha {
  setup(options: { ui: string; reporter: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): MochaRun;
}

/** The web worker has no file system: the summary goes to the console only. */
function report(_summary: unknown, line: string): void {
  console.log(line);
}

/** Runs the suite; rejects when a test failed or none ran. */
export function run(): Promise<void> {
  return runReportingCrash('web', runSuite, report);
}

function runSuite(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 90_000, color: false });
  registerSuites('web');
  return summariseRun('web', (done) => mocha.run(done), report, (title, error) => console.log(`FAIL ${title}: ${error}`));
}
