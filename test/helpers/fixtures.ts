/**
 * Fixtures as data. A fixture is a `.contract` file with its expected
 * diagnostics written inside it, as comments under the span they point at:
 *
 *     uptime 100%
 *   //^^^^^^^^^^^ sla-unrealistic
 *   //       ^^^^ sla-no-window: no measurement period
 *
 * - The carets mark the columns of the span on the nearest line above that is
 *   not an annotation; a trailing `+` (`^^^+`) means the span goes on past that
 *   line (only its start is checked then).
 * - After the code, `: text` optionally requires the message to contain `text`.
 * - A span starting in column 0 or 1 cannot have carets under it: write
 *   `// @L:C-L:C code` with 0-based line and character instead.
 * - `// fixture-config: { …json… }` on any line applies that configuration.
 * - Fixtures of version-1 codes predate version 2: they are checked with the
 *   version-2 checks that report a clause *missing* ({@link V2_COMPLETENESS})
 *   turned off, unless the fixture names one of them in an annotation or its
 *   configuration. `test/unit/v1-compat.test.ts` checks what those add.
 *
 * The helper compares the complete sorted list, so a missing and an unexpected
 * diagnostic both fail the test.
 */
import { analyze, DEFAULT_CONFIG, INTERNAL_ERROR, parseConfigText, RULE_CODES, type Diagnostic, type ResolvedConfig } from '../../server/core/index.js';

export interface Expectation {
  code: string;
  line: number;
  start: number;
  /** Undefined when the span continues past its first line. */
  end?: number;
  endLine?: number;
  message?: string;
  /** 1-based line of the annotation, for error messages. */
  annotationLine: number;
}

const CARETS = /^(\s*\/\/)(\s*)(\^+)(\+?)\s+([a-z][a-z0-9-]*)(?::\s*(.*))?$/;
const EXPLICIT = /^\s*\/\/\s*@(\d+):(\d+)-(\d+):(\d+)\s+([a-z][a-z0-9-]*)(?::\s*(.*))?$/;
const CONFIG = /^\s*\/\/\s*fixture-config:\s*(\{.*\})\s*$/;

export function isAnnotation(line: string): boolean {
  return CARETS.test(line) || EXPLICIT.test(line);
}

export function parseFixture(text: string): { expectations: Expectation[]; config: ResolvedConfig } {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  let config = DEFAULT_CONFIG;
  let target = -1;
  lines.forEach((line, i) => {
    const cfg = CONFIG.exec(line);
    if (cfg) config = parseConfigText(cfg[1]!, 'fixture-config', [...RULE_CODES, INTERNAL_ERROR]);
    const ex = EXPLICIT.exec(line);
    if (ex) {
      expectations.push({
        line: Number(ex[1]),
        start: Number(ex[2]),
        endLine: Number(ex[3]),
        end: Number(ex[4]),
        code: ex[5]!,
        message: ex[6]?.trim() || undefined,
        annotationLine: i + 1,
      });
      return;
    }
    const m = CARETS.exec(line);
    if (!m) {
      target = i;
      return;
    }
    if (target < 0) throw new Error(`annotation on line ${i + 1} has no line above it`);
    const start = m[1]!.length + m[2]!.length;
    const open = m[4] === '+';
    expectations.push({
      code: m[5]!,
      line: target,
      start,
      end: open ? undefined : start + m[3]!.length,
      endLine: open ? undefined : target,
      message: m[6]?.trim() || undefined,
      annotationLine: i + 1,
    });
  });
  return { expectations, config };
}

/** A diagnostic in the comparable form used by fixture tests. */
export function describe(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`;
}

function key(e: { line: number; start: number; endLine?: number; end?: number; code: string }): string {
  return `${e.line}:${e.start}-${e.endLine ?? '?'}:${e.end ?? '?'} ${e.code}`;
}

/**
 * The version-2 checks that report something a version-1 contract could not
 * write (a liability block, a chronic-failure right, deletion of data, …).
 */
export const V2_COMPLETENESS: readonly string[] = [
  'missing-liability',
  'sla-no-chronic-failure',
  'sla-maintenance-uncapped',
  'sla-no-incident-notice',
  'dp-no-subprocessor-control',
  'dp-no-audit',
  'dp-no-deletion',
  'payment-no-dispute-process',
  'termination-transition-unpriced',
];

/**
 * Checks a fixture; returns a list of human-readable mismatches (empty when it
 * passes) and the diagnostics produced.
 */
export function checkFixture(text: string, opts: { v1?: boolean } = {}): { problems: string[]; diagnostics: Diagnostic[]; expectations: Expectation[] } {
  const parsed = parseFixture(text);
  const { expectations } = parsed;
  let config = parsed.config;
  if (opts.v1) {
    const named = new Set(expectations.map((e) => e.code));
    const rules = { ...config.rules };
    for (const code of V2_COMPLETENESS) if (!named.has(code) && rules[code] === undefined && RULE_CODES.includes(code)) rules[code] = 'off';
    config = { ...config, rules };
  }
  const { diagnostics } = analyze(text, config);
  return { problems: compareWithAnnotations(expectations, diagnostics), diagnostics, expectations };
}

/**
 * Compares diagnostics with a fixture's annotations: each annotation must
 * match one diagnostic (code, start, end or a later end line, message part),
 * and no diagnostic may be left over. Returns the mismatches, in words.
 */
export function compareWithAnnotations(expectations: readonly Expectation[], diagnostics: readonly Diagnostic[]): string[] {
  const actual = diagnostics.map((d) => ({
    d,
    full: key({ line: d.range.start.line, start: d.range.start.character, endLine: d.range.end.line, end: d.range.end.character, code: d.code }),
  }));
  const problems: string[] = [];
  const used = new Set<number>();
  for (const e of [...expectations].sort((a, b) => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code))) {
    const idx = actual.findIndex(
      (a, i) =>
        !used.has(i) &&
        a.d.code === e.code &&
        a.d.range.start.line === e.line &&
        a.d.range.start.character === e.start &&
        (e.end === undefined ? a.d.range.end.line > e.line : a.d.range.end.line === e.endLine && a.d.range.end.character === e.end) &&
        (!e.message || a.d.message.includes(e.message)),
    );
    if (idx < 0) {
      const near = actual.filter((a) => a.d.code === e.code).map((a) => `${a.full} "${a.d.message}"`);
      problems.push(`missing (annotation line ${e.annotationLine}): ${key(e)}${e.message ? ` "${e.message}"` : ''}${near.length ? `\n    same code found at: ${near.join('\n      ')}` : ''}`);
    } else used.add(idx);
  }
  actual.forEach((a, i) => {
    if (!used.has(i)) problems.push(`unexpected: ${a.full} "${a.d.message}"`);
  });
  return problems;
}

