/**
 * `clausewise lint --fix`: applies the mechanical fixes of the core (those
 * whose result the contract itself determines, `Fix.mechanical`), the same
 * ones the editor's Fix all applies, and never a fix that chooses a business
 * value. Each pass analyses the text, takes the first mechanical fix of each
 * finding, keeps those whose edits overlap no fix already kept (in document
 * order) and applies them at once; passes repeat until nothing changes (at
 * most {@link MAX_PASSES}). A pass that would add syntax errors is dropped and
 * ends the loop, so a fix can never make a contract unreadable.
 */
import { parse } from '../../grammar/index.js';
import type { Span } from '../../grammar/index.js';
import { analysisFailure, analyze, type AnalysisResult, type Diagnostic, type Fix, type ResolvedConfig, type TextEdit } from '../core/index.js';

/** The most passes one file gets; each pass applies every fix that does not overlap another. */
export const MAX_PASSES = 10;

/** The outcome of fixing one text. */
export interface FixOutcome {
  /** The text after the fixes (the input when nothing applied). */
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** How many passes changed the text. */
  passes: number;
  /** The analysis of the final text. */
  result: AnalysisResult | undefined;
  /** The diagnostics of the final text (one internal-error when the analysis failed). */
  diagnostics: Diagnostic[];
}

/** The fix `--fix` applies for a finding: its first mechanical fix with edits, if any. */
export function mechanicalFix(d: Diagnostic): Fix | undefined {
  return d.fixes.find((f) => f.mechanical === true && f.edits.length > 0);
}

function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The edits of the mechanical fixes that do not overlap, in document order (one fix per finding, identical fixes once). */
export function chooseEdits(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixes: number } {
  const candidates = diagnostics.map(mechanicalFix).filter((f): f is Fix => f !== undefined);
  candidates.sort((a, b) => Math.min(...a.edits.map((e) => e.span.start)) - Math.min(...b.edits.map((e) => e.span.start)));
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  let fixes = 0;
  for (const fix of candidates) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.edits.some((e, i) => taken.some((t) => overlaps(t.span, e.span)) || fix.edits.some((o, j) => j !== i && overlaps(o.span, e.span)))) continue;
    taken.push(...fix.edits);
    fixes++;
  }
  return { edits: taken.sort((a, b) => a.span.start - b.span.start), fixes };
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

function analyzeSafely(text: string, config: ResolvedConfig): { result?: AnalysisResult; diagnostics: Diagnostic[] } {
  try {
    const result = analyze(text, config);
    return { result, diagnostics: result.diagnostics };
  } catch (e) {
    return { diagnostics: [analysisFailure(e)] };
  }
}

/** Applies the mechanical fixes to a text until it is stable. */
export function fixText(text: string, config: ResolvedConfig): FixOutcome {
  let current = text;
  let analysis = analyzeSafely(current, config);
  let applied = 0;
  let passes = 0;
  const seen = new Set<string>([current]);
  while (passes < MAX_PASSES) {
    const { edits, fixes } = chooseEdits(analysis.diagnostics);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (seen.has(next)) break;
    // A fix must never make the contract harder to read than it was.
    if (parse(next).issues.length > parse(current).issues.length) break;
    seen.add(next);
    current = next;
    applied += fixes;
    passes++;
    analysis = analyzeSafely(current, config);
  }
  return { text: current, applied, passes, result: analysis.result, diagnostics: analysis.diagnostics };
}
