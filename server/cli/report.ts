/** The result of a lint run, as every output format sees it. */
import type { LineIndex } from '../../grammar/index.js';
import { TOO_MANY_PROBLEMS, type Diagnostic } from '../core/index.js';
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
  /** Every error found, including those the per-file cap left out of the list. */
  errorCount: number;
  /** Every warning found, including those the per-file cap left out of the list. */
  warningCount: number;
  /** Every piece of information found, including those the per-file cap left out of the list. */
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

/** How many problems of each severity a list of diagnostics stands for. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A count from a `too-many-problems` summary's data: a whole number, or 0 when it is missing or malformed. */
function countOf(data: Record<string, unknown>, key: string): number {
  const n = data[key];
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/**
 * Counts the problems a file's diagnostics stand for. The `too-many-problems`
 * summary that ends a capped list is not a problem itself: it stands for the
 * problems left out, so its counts are added instead of one. With `errorsOnly`
 * (`--quiet`) only errors count, the left-out ones included.
 */
export function countProblems(diagnostics: readonly Diagnostic[], errorsOnly = false): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.code === TOO_MANY_PROBLEMS && d.data) {
      counts.errors += countOf(d.data, 'errors');
      if (!errorsOnly) {
        counts.warnings += countOf(d.data, 'warnings');
        counts.infos += countOf(d.data, 'infos');
      }
    } else if (d.severity === 'error') counts.errors++;
    else if (errorsOnly) continue;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** True when the warnings exceed the `--max-warnings` limit. */
export function tooManyWarnings(report: LintReport): boolean {
  return report.maxWarnings >= 0 && report.warningCount > report.maxWarnings;
}

/** Counts a noun: `1 error`, `2 errors`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
