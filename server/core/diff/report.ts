/**
 * The reports of a semantic diff: `stylish` (for a terminal, grouped by
 * bucket, changes against us first), `markdown` (a table per bucket, for a
 * pull-request comment) and `json` (the schema in docs/diff.md). Plain
 * functions of a DiffResult; the CLI adds colour through `color`.
 */
import type { Diagnostic } from '../types.js';
import { BUCKET_TITLE, BUCKETS, type Bucket, type Change, type DiffResult } from './types.js';

export interface DiffReportOptions {
  /** How the old and new versions are named (file names or git revisions). */
  oldName: string;
  newName: string;
  /** Colour for a terminal (stylish only). */
  color?: boolean;
}


/** The changes grouped by bucket: buckets with changes against us first, then in the usual order; within a bucket, against us first. */
export function groupByBucket(changes: readonly Change[]): { bucket: Bucket; changes: Change[] }[] {
  const groups = BUCKETS.map((bucket) => ({ bucket, changes: changes.filter((c) => c.bucket === bucket) })).filter((g) => g.changes.length > 0);
  for (const g of groups) g.changes.sort((a, b) => Number(b.againstUs) - Number(a.againstUs));
  const against = (g: { changes: Change[] }) => g.changes.some((c) => c.againstUs);
  return [...groups.filter(against), ...groups.filter((g) => !against(g))];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line summing up the result. */
export function summaryLine(result: DiffResult): string {
  const n = result.changes.length;
  const against = result.changes.filter((c) => c.againstUs).length;
  const side = result.perspective === 'neutral' ? '' : `, ${against} against the ${result.perspective}`;
  const appeared = result.diagnostics.appeared.length;
  const gone = result.diagnostics.disappeared.length;
  const diags = appeared || gone ? `; ${plural(appeared, 'new problem')}, ${plural(gone, 'problem')} gone` : '';
  return n === 0 && !appeared && !gone ? 'No change in meaning.' : `${plural(n, 'change')}${side}${diags}.`;
}

function line(r: Change['newRange'] | undefined): string {
  return r ? `line ${r.start.line + 1}` : '';
}

// --- stylish ------------------------------------------------------------------

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' };

/** The terminal report: a heading per bucket, each change with its words before and after and its numbers. */
export function renderDiffStylish(result: DiffResult, options: DiffReportOptions): string {
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  out.push(paint('underline', `${options.oldName} → ${options.newName}`) + (result.perspective === 'neutral' ? '' : paint('dim', ` (perspective: ${result.perspective})`)));
  for (const g of groupByBucket(result.changes)) {
    out.push('', paint('bold', BUCKET_TITLE[g.bucket]));
    for (const c of g.changes) {
      const mark = c.againstUs ? paint('red', '✗ against us') : c.favours === 'neutral' ? paint('dim', '·') : paint('green', '✓');
      const favours = c.favours === 'neutral' ? '' : paint('dim', ` favours the ${c.favours}`);
      const where = line(c.newRange ?? c.oldRange);
      out.push(`  ${mark} ${c.kind} ${c.path}${favours}${where ? paint('dim', `  ${c.newRange ? '' : 'old '}${where}`) : ''}`);
      if (c.before !== undefined) out.push(`      ${paint('red', `- ${c.before}`)}`);
      if (c.after !== undefined) out.push(`      ${paint('green', `+ ${c.after}`)}`);
      for (const i of c.impact ?? []) out.push(`      ${paint('yellow', `${i.label}: ${i.before ?? '(none)'} → ${i.after ?? '(none)'}`)}`);
    }
  }
  const diag = (sign: string, d: Diagnostic, where: string) => `  ${sign} ${d.severity} ${d.code}: ${d.message}${paint('dim', `  ${where}line ${d.range.start.line + 1}`)}`;
  if (result.diagnostics.appeared.length || result.diagnostics.disappeared.length) {
    out.push('', paint('bold', 'Problems'));
    for (const d of result.diagnostics.appeared) out.push(diag(paint('red', '+'), d, ''));
    for (const d of result.diagnostics.disappeared) out.push(diag(paint('green', '-'), d, 'old '));
  }
  out.push('', paint('bold', summaryLine(result)));
  return out.join('\n') + '\n';
}

// --- markdown -----------------------------------------------------------------

/** Text for a table cell: pipes escaped, line breaks as spaces. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Code in a table cell (backticks doubled around text holding one). */
function code(s: string): string {
  const t = cell(s);
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

/** The pull-request comment: a summary line, then a table per bucket and one of the problems that appeared or disappeared. */
export function renderDiffMarkdown(result: DiffResult, options: DiffReportOptions): string {
  const out: string[] = [];
  out.push(`### Contract changes: ${code(options.oldName)} → ${code(options.newName)}`, '');
  out.push(`${summaryLine(result)}${result.perspective === 'neutral' ? '' : ` Perspective: ${result.perspective}.`}`);
  for (const g of groupByBucket(result.changes)) {
    out.push('', `#### ${BUCKET_TITLE[g.bucket]}`, '', '| | Change | Before | After | Impact | Favours |', '|---|---|---|---|---|---|');
    for (const c of g.changes) {
      const mark = c.againstUs ? '⚠️' : '';
      const impact = (c.impact ?? []).map((i) => cell(`${i.label}: ${i.before ?? '(none)'} → ${i.after ?? '(none)'}`)).join('<br>');
      out.push(`| ${mark} | ${c.kind} ${code(c.path)} | ${c.before !== undefined ? code(c.before) : ''} | ${c.after !== undefined ? code(c.after) : ''} | ${impact} | ${c.favours} |`);
    }
  }
  if (result.diagnostics.appeared.length || result.diagnostics.disappeared.length) {
    out.push('', '#### Problems', '', '| | Severity | Code | Message | Line |', '|---|---|---|---|---|');
    for (const d of result.diagnostics.appeared) out.push(`| new | ${d.severity} | ${code(d.code)} | ${cell(d.message)} | ${d.range.start.line + 1} |`);
    for (const d of result.diagnostics.disappeared) out.push(`| gone | ${d.severity} | ${code(d.code)} | ${cell(d.message)} | ${d.range.start.line + 1} (old) |`);
  }
  return out.join('\n') + '\n';
}

// --- json ---------------------------------------------------------------------

/** A diagnostic as `clausewise lint --format json` writes it. */
export interface DiffJsonDiagnostic {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
  range: Diagnostic['range'];
}

/** The JSON document of `clausewise diff --format json` (docs/diff.md). */
export interface DiffJson {
  /** The schema version of this document (1). */
  version: 1;
  old: string;
  new: string;
  perspective: DiffResult['perspective'];
  summary: { changes: number; againstUs: number; byBucket: Partial<Record<Bucket, number>>; problemsAppeared: number; problemsDisappeared: number };
  changes: Change[];
  diagnostics: { appeared: DiffJsonDiagnostic[]; disappeared: DiffJsonDiagnostic[] };
}

const jsonDiagnostic = (d: Diagnostic): DiffJsonDiagnostic => ({ code: d.code, severity: d.severity, message: d.message, range: d.range });

/** The JSON document of a diff (an object; the CLI prints it with JSON.stringify). */
export function renderDiffJson(result: DiffResult, options: DiffReportOptions): DiffJson {
  const byBucket: Partial<Record<Bucket, number>> = {};
  for (const c of result.changes) byBucket[c.bucket] = (byBucket[c.bucket] ?? 0) + 1;
  return {
    version: 1,
    old: options.oldName,
    new: options.newName,
    perspective: result.perspective,
    summary: {
      changes: result.changes.length,
      againstUs: result.changes.filter((c) => c.againstUs).length,
      byBucket,
      problemsAppeared: result.diagnostics.appeared.length,
      problemsDisappeared: result.diagnostics.disappeared.length,
    },
    changes: result.changes,
    diagnostics: { appeared: result.diagnostics.appeared.map(jsonDiagnostic), disappeared: result.diagnostics.disappeared.map(jsonDiagnostic) },
  };
}
