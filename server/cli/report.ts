/** The result of a lint run, as every output format sees it. */
import type { LineIndex } from '../../grammar/index.js';
import type { Diagnostic } from '../core/index.js';
import type { TargetFile } from './files.js';

/** The diagnostics of one file. */
export interface FileReport {
  file: TargetFile;
  diagnostics: Diagnostic[];
  /** Offset ↔ position conversion for the file's text (fix edits carry offsets). */
  lines: LineIndex;
}

/** Every file's diagnostics and the counts that decide the exit code. */
export interface LintReport {
  files: FileReport[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The `--max-warnings` limit; -1 means no limit. */
  maxWarnings: number;
}

/** Options the formatters need besides the report. */
export interface FormatContext {
  /** The working folder: SARIF locations are relative to it. */
  cwd: string;
  /** Whether ANSI colours may be used. */
  color: boolean;
}

/** True when the warnings exceed the `--max-warnings` limit. */
export function tooManyWarnings(report: LintReport): boolean {
  return report.maxWarnings >= 0 && report.warningCount > report.maxWarnings;
}

/** Counts a noun: `1 error`, `2 errors`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
