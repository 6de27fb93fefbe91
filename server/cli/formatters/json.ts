/**
 * `--format json`: one JSON array, one entry per checked file (as given on the
 * command line) with its diagnostics; 0-based LSP ranges.
 */
import type { LintReport } from '../report.js';

/** Formats a lint report as the JSON array documented in CLI.md. */
export function formatJson(report: LintReport): string {
  const out = report.files.map((f) => ({
    file: f.file.display,
    diagnostics: f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
