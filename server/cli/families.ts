/**
 * Contract families on the command line (issue 12): every file given is
 * parsed once and put into one FamilyIndex, then each is analysed with its
 * context, so that a child finds its master among the files and folders given
 * wherever it is, exactly as the editor finds it in the workspace (the same
 * core path: `FamilyIndex` + `analyzeParsed`). A child whose master is not
 * among them gets `family-master-not-found` and the relaxed checks of its kind.
 */
import { LineIndex, parse, type ParseResult } from '../../grammar/index.js';
import { analysisFailure, analyzeParsed, capDiagnostics, FamilyIndex, hasFamilyStatements, RULES, type AnalysisResult, type Diagnostic, type ResolvedConfig } from '../core/index.js';

/** One file to analyse: its key in the index (the absolute path) and text. */
export interface FamilyInput {
  key: string;
  text: string;
  config: ResolvedConfig;
}

export interface FamilyAnalysis {
  /** The analysis, or undefined when it failed (then `diagnostics` holds the one internal-error). */
  result: AnalysisResult | undefined;
  diagnostics: Diagnostic[];
  lines: LineIndex;
}

/** True when a text may hold a `kind` or `under` statement (a cheap test before parsing). */
export function mayHaveFamily(text: string): boolean {
  // A statement starts a line or follows a brace; `kind` or `under` in prose rarely does.
  return /(?:^|[{}])[ \t]*(?:kind|under)[ \t]/m.test(text);
}

/**
 * Parses every input once, indexes them, and analyses each with its family
 * context. Never throws: a failure is that file's internal-error.
 *
 * A file without `kind` or `under` statements is checked exactly as on its
 * own (its diagnostics depend on no other file), so it is analysed as soon
 * as it is parsed and its syntax tree is dropped: only the family members'
 * trees wait for the index to be complete. When no text can hold a `kind` or
 * `under`, no index is built at all. `keepParses` keeps every file's parse in
 * its result (render needs it; lint does not, and 1,000 trees held at once
 * cost the garbage collector dearly).
 */
export function analyzeFamilies(inputs: readonly FamilyInput[], options: { keepParses?: boolean } = {}): { index: FamilyIndex; results: FamilyAnalysis[] } {
  const keep = options.keepParses ?? true;
  const index = new FamilyIndex();
  const families = inputs.some((i) => mayHaveFamily(i.text));
  const analyse = (input: FamilyInput, p: ParseResult, withContext: boolean): FamilyAnalysis => {
    try {
      const diagnostics = capDiagnostics(analyzeParsed(p, input.config, undefined, RULES, withContext ? index.contextFor(input.key) : undefined));
      return { result: keep ? { parse: p, diagnostics } : undefined, diagnostics, lines: p.lines };
    } catch (e) {
      return { result: undefined, diagnostics: [analysisFailure(e)], lines: p.lines };
    }
  };
  const pending: (ParseResult | undefined)[] = [];
  const results = inputs.map((input, i): FamilyAnalysis => {
    let p: ParseResult;
    try {
      p = parse(input.text);
      if (families) index.set(input.key, p);
    } catch (e) {
      return { result: undefined, diagnostics: [analysisFailure(e)], lines: new LineIndex(input.text) };
    }
    if (families && hasFamilyStatements(p)) {
      pending[i] = p;
      return { result: undefined, diagnostics: [], lines: p.lines };
    }
    return analyse(input, p, false);
  });
  pending.forEach((p, i) => {
    if (p) results[i] = analyse(inputs[i]!, p, true);
  });
  return { index, results };
}
