/**
 * `--format github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=CODE::MESSAGE`),
 * which GitHub shows as an annotation on the line of the pull request, on
 * any repository and plan (SARIF upload needs code scanning). Errors are
 * `error`, warnings `warning`, information `notice`. Lines and columns are
 * 1-based (endColumn is the last character's); files are relative to the working folder with forward slashes.
 * Values are escaped as the runner's toolkit escapes them: `%`, CR and LF in
 * the message; also `:` and `,` in properties.
 */
import path from 'node:path';
import type { Severity } from '../../core/index.js';
import type { FormatContext, LintReport } from '../report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A file as GitHub names it: relative to the working folder (the checkout) with forward slashes, or absolute when outside it. */
export function repositoryPath(display: string, cwd: string): string {
  const abs = path.resolve(cwd, display);
  const rel = path.relative(cwd, abs);
  const shown = !rel || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
}

/** Formats a lint report as GitHub Actions workflow commands, one line per finding. */
export function formatGithub(report: LintReport, ctx: FormatContext): string {
  const lines: string[] = [];
  for (const f of report.files) {
    const file = escapeProperty(repositoryPath(f.file.display, ctx.cwd));
    for (const d of f.diagnostics) {
      const { start, end } = d.range;
      const props = [`file=${file}`, `line=${start.line + 1}`, `endLine=${end.line + 1}`, `col=${start.character + 1}`];
      // GitHub reads endColumn only on a one-line annotation: the 1-based column of the last character.
      if (end.line === start.line) props.push(`endColumn=${Math.max(end.character, start.character + 1)}`);
      props.push(`title=${escapeProperty(d.code)}`);
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
