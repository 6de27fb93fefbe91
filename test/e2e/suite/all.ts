/** Registers every suite for one kind of extension host, in the order they must run. */
import { activationSuite } from './activation.test.js';
import { commandsSuite } from './commands.test.js';
import { compareSuite } from './compare.test.js';
import { conventionsSuite } from './conventions.test.js';
import { diagnosticsSuite } from './diagnostics.test.js';
import { exportWordSuite } from './export-word.test.js';
import type { HostKind } from './helpers.js';
import { languageFeaturesSuite } from './language-features.test.js';
import { previewSuite } from './preview.test.js';
import { quickFixSuite } from './quick-fix.test.js';
import { settingsSuite } from './settings.test.js';
import { workspaceSuite } from './workspace.test.js';

/** Registers the suites; the web-worker host runs the ones that need no file watching. */
export function registerSuites(kind: HostKind): void {
  activationSuite(kind);
  // Compare with the command line before any test changes the configuration.
  diagnosticsSuite(kind);
  languageFeaturesSuite(kind);
  quickFixSuite(kind);
  commandsSuite(kind);
  previewSuite(kind);
  conventionsSuite(kind);
  // The web-worker server has no file system, so clausewise.json is a Node-host feature.
  if (kind === 'node') settingsSuite(kind);
  // Compare with HEAD reads git: a Node-host feature.
  if (kind === 'node') compareSuite(kind);
  // The Word export is desktop only (the web extension has no Word writer).
  if (kind === 'node') exportWordSuite(kind);
  // Last: it adds contracts to the workspace. The web-worker server has no file system (open documents only).
  if (kind === 'node') workspaceSuite(kind);
}

/** The summary a run reports to the outer runner. */
export interface RunSummary {
  host: string;
  passed: number;
  failed: number;
  pending: number;
  total: number;
  durationMs: number;
  failures: { title: string; error: string }[];
}

/** The line prefix the runner looks for in the console output. */
export const RESULT_MARKER = 'CLAUSEWISE_E2E_RESULT ';
