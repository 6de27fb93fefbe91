/**
 * The analysis pipeline: parse → every rule, each inside a guard → severity
 * from configuration → suppression comments → sorted diagnostics.
 */
import { parse, type ParseResult } from '../../grammar/index.js';
import { DEFAULT_CONFIG, severityOf, type ResolvedConfig } from './config.js';
import { RULES } from './rules/index.js';
import { Suppressions } from './suppress.js';
import { docsUrl, type Diagnostic, type Finding, type Rule } from './types.js';

/** Lets a caller stop an analysis that a newer edit has made stale. */
export interface CancellationCheck {
  isCancelled(): boolean;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export interface AnalysisResult {
  parse: ParseResult;
  diagnostics: Diagnostic[];
}

export const INTERNAL_ERROR = 'internal-error';

/** All rule codes, in catalogue order. */
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

const BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r]));
export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/** Runs the rules over an already parsed document. */
export function analyzeParsed(parsed: ParseResult, config: ResolvedConfig = DEFAULT_CONFIG, cancel?: CancellationCheck, rules: readonly Rule[] = RULES): Diagnostic[] {
  const out: Diagnostic[] = [];
  const suppress = new Suppressions(parsed.comments, parsed.lines);
  const length = parsed.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? n : 0));
  const push = (code: string, severity: Diagnostic['severity'], f: Finding) => {
    const span = { start: clamp(f.span.start), end: clamp(Math.max(f.span.start, f.span.end)) };
    const range = parsed.lines.range(span);
    if (!suppress.isEmpty && suppress.isSuppressed(code, range.start.line)) return;
    out.push({ code, severity, message: f.message, span, range, docs: docsUrl(code), fixes: f.fixes ?? [], data: f.data });
  };
  const contracts = parsed.ast.contracts;
  for (const rule of rules) {
    if (cancel?.isCancelled()) throw new AnalysisCancelled();
    const severity = severityOf(config, rule.code, rule.severity);
    if (!severity) continue;
    try {
      rule.check({ parse: parsed, config, contracts, report: (f) => push(rule.code, severity, f) });
    } catch (e) {
      const internal = severityOf(config, INTERNAL_ERROR, 'error');
      if (internal) {
        push(INTERNAL_ERROR, internal, {
          message: `Clausewise could not run the rule \`${rule.code}\` on this document (${(e as Error)?.message ?? String(e)}). Other checks still ran; please report this.`,
          span: { start: 0, end: 0 },
        });
      }
    }
  }
  out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.range.end.line - b.range.end.line ||
      a.range.end.character - b.range.end.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return out;
}

/** Parses and analyses a document. Never throws, except {@link AnalysisCancelled} when cancelled. */
export function analyze(text: string, config: ResolvedConfig = DEFAULT_CONFIG, cancel?: CancellationCheck): AnalysisResult {
  const parsed = parse(text);
  return { parse: parsed, diagnostics: analyzeParsed(parsed, config, cancel) };
}
