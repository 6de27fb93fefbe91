/**
 * `--format gitlab`: a GitLab Code Quality report (the subset of the Code
 * Climate format GitLab reads): one JSON array, one issue per finding with
 * `description`, `check_name` (the rule code), `fingerprint`, `severity`
 * (`major` for errors, `minor` for warnings, `info`), `location.path`
 * (relative to the working folder, forward slashes) and
 * `location.positions.begin/end` (1-based line and column), plus `type`,
 * `categories` and `content` for tools that read the full format.
 *
 * The fingerprint is what GitLab compares between the base and the head of a
 * merge request to tell new findings from old ones, so it does not use line
 * numbers: it hashes the file, the code, the message and how many findings
 * with the same three came before it in the file. Adding a line above a
 * finding keeps its fingerprint; fixing it makes the finding disappear.
 */
import { docsUrl, type Severity } from '../../core/index.js';
import type { FormatContext, LintReport } from '../report.js';
import { repositoryPath } from './github.js';
import { nodeCrypto } from '../builtins.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/** The fingerprint of a finding: an MD5 hex digest that does not change when lines move. */
export function fingerprint(file: string, code: string, message: string, occurrence: number): string {
  return nodeCrypto().createHash('md5').update(JSON.stringify([file, code, message, occurrence])).digest('hex');
}

/** Formats a lint report as a GitLab Code Quality report. */
export function formatGitlab(report: LintReport, ctx: FormatContext): string {
  const issues: unknown[] = [];
  for (const f of report.files) {
    const file = repositoryPath(f.file.display, ctx.cwd);
    const seen = new Map<string, number>();
    for (const d of f.diagnostics) {
      const key = JSON.stringify([d.code, d.message]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const { start, end } = d.range;
      issues.push({
        type: 'issue',
        check_name: d.code,
        description: `${d.message} (${d.code})`,
        content: { body: `Documentation: ${docsUrl(d.code)}` },
        categories: ['Bug Risk'],
        severity: SEVERITY[d.severity],
        fingerprint: fingerprint(file, d.code, d.message, occurrence),
        location: {
          path: file,
          positions: { begin: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } },
        },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
