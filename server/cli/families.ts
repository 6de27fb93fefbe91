/**
 * Contract families on the command line (issue 12): every file given is
 * parsed once and put into one FamilyIndex, then each is analysed with its
 * context, so that a child finds its master among the files and folders given
 * wherever it is, exactly as the editor finds it in the workspace (the same
 * core path: `FamilyIndex` + `analyzeParsed`). A child whose master is not
 * among them gets `family-master-not-found` and the relaxed checks of its kind.
 */
import { LineIndex, parse, type ParseResult } from '../../grammar/index.js';
import { analysisFailure, analyzeParsed, capDiagnostics, FamilyIndex, hasFamilyStatements, RULES, type AnalysisResult, type Diagnostic, type FamilyContext, type ResolvedConfig } from '../core/index.js';

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
 * What a report keeps of each diagnostic's fixes: `all` leaves them as the
 * core gives them (built on first read, which keeps the file's syntax tree
 * alive as long as the diagnostic); `mechanical` builds them now and keeps
 * only the mechanical ones (what SARIF prints); `none` keeps none (what the
 * other formats print). Settled fixes let each syntax tree go as soon as its
 * file is analysed: lint of 1,000 files held 208 MB of trees through the fixes
 * of 18,000 diagnostics, and the garbage collector paid for them.
 */
export type KeptFixes = 'all' | 'mechanical' | 'none';

/** Settles the fixes of `diagnostics` as `keep` says (see {@link KeptFixes}); with `none` the analysis built none. */
function settleFixes(diagnostics: Diagnostic[], keep: KeptFixes): Diagnostic[] {
  if (keep !== 'mechanical') return diagnostics;
  for (const d of diagnostics) {
    // Assigning (not defining) the property lets a diagnostic whose fixes were never read drop their builder (analyze.ts).
    d.fixes = d.fixes.filter((f) => f.mechanical === true);
  }
  return diagnostics;
}

/** The diagnostics of one parsed file, as `lint` reports them (sorted, capped). */
function analyzeWith(p: ParseResult, config: ResolvedConfig, family: FamilyContext | undefined, fixes: KeptFixes): Diagnostic[] {
  return settleFixes(capDiagnostics(analyzeParsed(p, config, undefined, RULES, family, { fixes: fixes === 'none' ? 'none' : 'all' })), fixes);
}

/**
 * The diagnostics of a file whose text has no `kind` or `under` (see
 * {@link mayHaveFamily}) exactly as {@link analyzeFamilies} gives them, whatever
 * the other files: what lint's worker threads compute (parallel.ts). Never
 * throws: a failure is the file's one internal-error. `family` is true (and
 * nothing analysed) when the parse finds a `kind` or `under` after all.
 */
export function analyzeAlone(text: string, config: ResolvedConfig, fixes: KeptFixes = 'all'): { diagnostics: Diagnostic[]; family: boolean } {
  let p: ParseResult;
  try {
    p = parse(text);
  } catch (e) {
    return { diagnostics: [analysisFailure(e)], family: false };
  }
  // A `kind` or `under` the text test missed: the caller analyses the file with the others instead.
  if (hasFamilyStatements(p)) return { diagnostics: [], family: true };
  try {
    return { diagnostics: analyzeWith(p, config, undefined, fixes), family: false };
  } catch (e) {
    return { diagnostics: [analysisFailure(e)], family: false };
  }
}

/**
 * Whether a file without `kind` or `under` may still matter to the family
 * members among `memberTexts` (the texts of the files with `kind` or `under`):
 * only a contract with an `id` can, and only when a member names that id
 * (`under ID`, or the same `id`). Read from the text alone, erring on the side
 * of yes: an id is taken as its leading letters and digits (a shorter id
 * matches more), and a quoted id with an escape in it always matters.
 */
export function mayBeFamilyMaster(text: string, memberTexts: string): boolean {
  for (const statement of text.matchAll(/(?:^|[{};])[ \t]*id(?![\p{L}\p{N}_-])(.*)/gmu)) {
    const m = /^[ \t]+("[^"\n]*|[\p{L}\p{N}_]+)/u.exec(statement[1]!);
    if (!m) return true;
    const raw = m[1]!;
    if (raw.includes('\\')) return true;
    const id = (raw.startsWith('"') ? raw.slice(1) : raw).trim();
    if (id === '' || memberTexts.includes(id)) return true;
  }
  return false;
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
 * cost the garbage collector dearly). `fixes` says what the results keep of
 * the diagnostics' fixes (default `all`; see {@link KeptFixes}).
 */
export function analyzeFamilies(inputs: readonly FamilyInput[], options: { keepParses?: boolean; fixes?: KeptFixes } = {}): { index: FamilyIndex; results: FamilyAnalysis[] } {
  const keep = options.keepParses ?? true;
  const keptFixes = options.fixes ?? 'all';
  const index = new FamilyIndex();
  const families = inputs.some((i) => mayHaveFamily(i.text));
  const analyse = (input: FamilyInput, p: ParseResult, withContext: boolean): FamilyAnalysis => {
    try {
      const diagnostics = analyzeWith(p, input.config, withContext ? index.contextFor(input.key) : undefined, keptFixes);
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
