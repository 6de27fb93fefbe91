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
  return /\b(?:kind|under)\b/.test(text);
}

/**
 * Parses every input, indexes them, and analyses each with its family
 * context. Never throws: a failure is that file's internal-error.
 *
 * When no text can hold a `kind` or `under`, each file is analysed on its own
 * (as before families existed: no index, no extra cost). Otherwise every file
 * is indexed (a plain agreement may be what an `under` wrongly names); the
 * parses of files without family statements are not kept between the two
 * passes (they are parsed again to be analysed), so memory stays that of the
 * family members, not of every file at once.
 */
export function analyzeFamilies(inputs: readonly FamilyInput[]): { index: FamilyIndex; results: FamilyAnalysis[] } {
  const index = new FamilyIndex();
  const families = inputs.some((i) => mayHaveFamily(i.text));
  const kept: (ParseResult | Error | undefined)[] = inputs.map((input) => {
    if (!families) return undefined;
    try {
      const p = parse(input.text);
      index.set(input.key, p);
      return hasFamilyStatements(p) ? p : undefined;
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
  const results = inputs.map((input, i): FamilyAnalysis => {
    let p = kept[i];
    kept[i] = undefined;
    if (p instanceof Error) return { result: undefined, diagnostics: [analysisFailure(p)], lines: new LineIndex(input.text) };
    try {
      p ??= parse(input.text);
      const diagnostics = capDiagnostics(analyzeParsed(p, input.config, undefined, RULES, families ? index.contextFor(input.key) : undefined));
      return { result: { parse: p, diagnostics }, diagnostics, lines: p.lines };
    } catch (e) {
      return { result: undefined, diagnostics: [analysisFailure(e)], lines: p instanceof Error || !p ? new LineIndex(input.text) : p.lines };
    }
  });
  return { index, results };
}
