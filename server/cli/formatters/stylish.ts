/**
 * `--format stylish` (the default): ESLint's human format. One header per file
 * with problems, one aligned line per problem (`line:col  severity  message
 * code`, 1-based), and a summary line with the counts. The counts include
 * the problems a file's `too-many-problems` line stands for, so that they are
 * the same whether or not the list of a file was cut short.
 */
import { plural, tooManyWarnings, type FormatContext, type LintReport } from '../report.js';
import { maxOf, oneLine } from '../text.js';

/**
 * Messages up to this length are padded so that the codes after them line up;
 * a longer message (one that quotes a long stretch of the contract) is not, so
 * that one long message cannot pad every other line of its file to its length.
 */
export const MAX_ALIGNED_MESSAGE = 400;

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
};

type Style = keyof typeof ANSI;

/** Formats a lint report for people reading a terminal or a CI log. */
export function formatStylish(report: LintReport, ctx: FormatContext): string {
  const paint = (text: string, ...styles: Style[]) => (ctx.color && styles.length ? styles.map((s) => ANSI[s]).join('') + text + ANSI.reset : text);
  const lines: string[] = [];
  for (const f of report.files) {
    if (!f.diagnostics.length) continue;
    const rows = f.diagnostics.map((d) => ({
      line: String(d.range.start.line + 1),
      col: String(d.range.start.character + 1),
      severity: d.severity,
      message: oneLine(d.message),
      code: d.code,
    }));
    // Column widths by a loop: spreading a long list into Math.max overflows the call stack.
    const w = {
      line: maxOf(rows, (r) => r.line.length),
      col: maxOf(rows, (r) => r.col.length),
      severity: maxOf(rows, (r) => r.severity.length),
      message: maxOf(rows, (r) => (r.message.length <= MAX_ALIGNED_MESSAGE ? r.message.length : 0)),
    };
    lines.push('', paint(f.file.display, 'underline'));
    for (const r of rows) {
      const color: Style = r.severity === 'error' ? 'red' : r.severity === 'warning' ? 'yellow' : 'blue';
      const position = paint(`${r.line.padStart(w.line)}:${r.col.padEnd(w.col)}`, 'dim');
      const severity = paint(r.severity, color) + ' '.repeat(w.severity - r.severity.length);
      lines.push(`  ${position}  ${severity}  ${r.message.padEnd(w.message)}  ${paint(r.code, 'dim')}`.trimEnd());
    }
  }
  const total = report.errorCount + report.warningCount + report.infoCount;
  if (total > 0) {
    const counts = [plural(report.errorCount, 'error'), plural(report.warningCount, 'warning')];
    if (report.infoCount) counts.push(`${report.infoCount} info`);
    const summary = `\u2716 ${plural(total, 'problem')} (${counts.join(', ')})`;
    const style: Style[] = report.errorCount ? ['red', 'bold'] : report.warningCount ? ['yellow', 'bold'] : ['blue', 'bold'];
    lines.push('', paint(summary, ...style));
  }
  if (tooManyWarnings(report)) {
    lines.push('', paint(`Clausewise found too many warnings (maximum: ${report.maxWarnings}).`, 'red', 'bold'));
  }
  return lines.length ? lines.join('\n') + '\n\n' : '';
}
