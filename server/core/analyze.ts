/**
 * The analysis pipeline: parse → every rule, each inside a guard → severity
 * from configuration → suppression comments → sorted diagnostics.
 */
import { parse, type ParseResult } from '../../grammar/index.js';
import { DEFAULT_CONFIG, severityOf, type ResolvedConfig } from './config.js';
import { hasFamilyStatements, resolveFamilies, type FamilyContext, type FileFamilies } from './family.js';
import { perParse } from './rules/per-parse.js';
import { RULES } from './rules/index.js';
import { Suppressions } from './suppress.js';
import { docsUrl, type Diagnostic, type Finding, type Fix, type Rule } from './types.js';

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
/** The code of the one diagnostic that stands for the problems past {@link MAX_DIAGNOSTICS}. */
export const TOO_MANY_PROBLEMS = 'too-many-problems';
/** Codes that no rule reports: the analysis itself does. Each has a docs page like a rule. */
export const META_CODES: readonly string[] = [INTERNAL_ERROR, TOO_MANY_PROBLEMS];
/** At most this many diagnostics are listed per file; the rest are summed up in one more. */
export const MAX_DIAGNOSTICS = 1000;

const SEVERITY_RANK: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by position, then code, then message (the order every front end shows). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * Bounds what one file can report: when there are more than `limit`
 * diagnostics, the `limit` most severe are kept (errors first, then warnings,
 * then notes; by position within a severity) and one `too-many-problems`
 * diagnostic, as severe as the worst one left out, says how many more there
 * are. Expects diagnostics in {@link compareDiagnostics} order and keeps that
 * order, with the summary last. Linear time.
 */
export function capDiagnostics(sorted: Diagnostic[], limit = MAX_DIAGNOSTICS): Diagnostic[] {
  if (sorted.length <= limit) return sorted;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of sorted) counts[d.severity]++;
  // The severity at which the cut falls, and how many of it fit.
  let room = limit;
  let cut: Diagnostic['severity'] = 'info';
  for (const sev of ['error', 'warning', 'info'] as const) {
    if (counts[sev] > room) {
      cut = sev;
      break;
    }
    room -= counts[sev];
  }
  const kept: Diagnostic[] = [];
  const omitted = { error: 0, warning: 0, info: 0 };
  let firstOmitted: Diagnostic | undefined;
  for (const d of sorted) {
    const rank = SEVERITY_RANK[d.severity];
    if (rank < SEVERITY_RANK[cut] || (rank === SEVERITY_RANK[cut] && room-- > 0)) kept.push(d);
    else {
      omitted[d.severity]++;
      firstOmitted ??= d;
    }
  }
  const total = omitted.error + omitted.warning + omitted.info;
  const parts = [omitted.error && plural(omitted.error, 'error'), omitted.warning && plural(omitted.warning, 'warning'), omitted.info && plural(omitted.info, 'note')].filter(Boolean);
  const worst: Diagnostic['severity'] = omitted.error ? 'error' : omitted.warning ? 'warning' : 'info';
  const at = firstOmitted!;
  kept.push({
    code: TOO_MANY_PROBLEMS,
    severity: worst,
    message: `…and ${plural(total, 'more problem')} (${parts.join(', ')}) not listed: Clausewise lists at most ${limit.toLocaleString('en-US')} problems per file, the most severe first. Fix these, or turn off the checks that report most of them in clausewise.json, to see the rest.`,
    span: at.span,
    range: at.range,
    docs: docsUrl(TOO_MANY_PROBLEMS),
    fixes: [],
    data: { omitted: total, errors: omitted.error, warnings: omitted.warning, infos: omitted.info },
  });
  return kept;
}

/**
 * The one diagnostic a file gets when its analysis failed as a whole (not one
 * rule, which {@link analyzeParsed} already isolates): at the start of the
 * document, so the other files and documents are still checked.
 */
export function analysisFailure(e: unknown): Diagnostic {
  const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*[\r\n]+\s*/g, ' ');
  const zero = { line: 0, character: 0 };
  return {
    code: INTERNAL_ERROR,
    severity: 'error',
    message: `Clausewise could not check this document (${detail}). Nothing else in it was checked; other documents are not affected. Please report this.`,
    span: { start: 0, end: 0 },
    range: { start: zero, end: zero },
    docs: docsUrl(INTERNAL_ERROR),
    fixes: [],
  };
}

/** All rule codes, in catalogue order. */
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

const BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r]));
export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/**
 * False for a rule that protects only the other side of the reader's
 * perspective (a client is not told to add a late fee against itself).
 * An explicit severity in the configuration does not override this: turn the
 * perspective to `neutral` to see both sides' concerns.
 */
export function servesPerspective(rule: Rule, perspective: ResolvedConfig['perspective']): boolean {
  const protects = rule.protects ?? 'both';
  return perspective === 'neutral' || protects === 'both' || protects === perspective;
}

/** Where a diagnostic whose fixes are built on first read keeps the function that builds them. */
const BUILD_FIXES = Symbol('clausewise.buildFixes');

type LazyDiagnostic = Diagnostic & { [BUILD_FIXES]?: () => Fix[] };

/** Replaces a lazy `fixes` by an ordinary property and lets go of the builder (and the syntax tree it holds). */
function settle(d: LazyDiagnostic, fixes: Fix[]): void {
  d[BUILD_FIXES] = undefined;
  Object.defineProperty(d, 'fixes', { value: fixes, writable: true, enumerable: true, configurable: true });
}

/**
 * The accessor of every lazy `fixes`, one pair of functions shared by all
 * diagnostics, the builder being on the diagnostic itself. An accessor made of
 * new functions for each diagnostic left the garbage collector a reference it
 * could not drop in its quick collections, so each diagnostic's builder, and
 * with it the file's whole syntax tree, outlived its file until a full
 * collection: lint of 1,000 files spent a third of its time on it.
 */
const LAZY_FIXES: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: LazyDiagnostic): Fix[] {
    const build = this[BUILD_FIXES];
    let fixes: Fix[] = [];
    try {
      if (build) fixes = build();
    } catch {
      fixes = [];
    }
    settle(this, fixes);
    return fixes;
  },
  set(this: LazyDiagnostic, value: Fix[]) {
    settle(this, value);
  },
};

/**
 * Makes `d.fixes` build its fixes on first read (then an ordinary property):
 * most diagnostics are shown and never fixed. A build that throws gives no
 * fixes, as a rule that throws gives no findings. Assigning `d.fixes` drops
 * the builder unread.
 */
function lazyFixes(d: LazyDiagnostic, build: () => Fix[]): void {
  Object.defineProperty(d, BUILD_FIXES, { value: build, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(d, 'fixes', LAZY_FIXES);
}

/**
 * The families of a parsed file: resolved once per parse and context object,
 * so that an analysis run in chunks of rules (the language server) resolves
 * them once. Ask `FamilyIndex.contextFor` for a new context for each analysis.
 */
function familiesOf(parsed: ParseResult, family: FamilyContext | undefined): FileFamilies | undefined {
  if (!hasFamilyStatements(parsed)) return undefined;
  const slot = perParse(parsed, familiesOf, () => ({ resolved: false, context: undefined as FamilyContext | undefined, value: undefined as FileFamilies | undefined }));
  if (!slot.resolved || slot.context !== family) {
    slot.value = resolveFamilies(parsed, family);
    slot.context = family;
    slot.resolved = true;
  }
  return slot.value;
}

/** What {@link analyzeParsed} gives of the fixes. */
export interface AnalysisOptions {
  /** `none`: no fixes at all (see {@link analyzeParsed}); `all` (the default): every fix, built on first read where the rule says so. */
  fixes?: 'all' | 'none';
}

/** The fixes of every diagnostic of an analysis without fixes: one frozen empty list. */
const NO_FIXES: Fix[] = Object.freeze([]) as unknown as Fix[];

/** True for a fix that edits where inherited statements are anchored (it would edit the child, not the master). */
function editsAnchor(fix: Fix, anchors: ReadonlySet<number>): boolean {
  return fix.edits.some((e) => e.span.start === e.span.end && anchors.has(e.span.start));
}

/**
 * Runs the rules over an already parsed document.
 *
 * `family` places the file among the other files it is checked with (the
 * files given to the command line, the workspace in the editor): obtain it
 * from `FamilyIndex.contextFor(uri)` after `FamilyIndex.set(uri, parsed)`.
 * Without it the file is checked on its own; a master and its children in
 * the same file still find each other, and a child whose master is elsewhere
 * gets `family-master-not-found` and the relaxed checks of its kind. A file
 * without `kind` or `under` statements is checked exactly as before, at no
 * extra cost.
 *
 * `options.fixes: 'none'` gives every diagnostic the same empty, frozen list
 * of fixes, for a caller that shows none (a lint report other than SARIF):
 * no fix is built, and none waits to be built on first read.
 */
export function analyzeParsed(
  parsed: ParseResult,
  config: ResolvedConfig = DEFAULT_CONFIG,
  cancel?: CancellationCheck,
  rules: readonly Rule[] = RULES,
  family?: FamilyContext,
  options: AnalysisOptions = {},
): Diagnostic[] {
  const noFixes = options.fixes === 'none';
  const out: Diagnostic[] = [];
  const families = familiesOf(parsed, family);
  const anchors = families && families.anchors.size ? families.anchors : undefined;
  const members = families && families.list.some((f) => f.kind !== 'agreement') ? families : undefined;
  const suppress = new Suppressions(parsed.comments, parsed.lines);
  const length = parsed.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? n : 0));
  const push = (code: string, severity: Diagnostic['severity'], f: Finding) => {
    const span = { start: clamp(f.span.start), end: clamp(Math.max(f.span.start, f.span.end)) };
    const range = parsed.lines.range(span);
    if (!suppress.isEmpty && suppress.isSuppressed(code, range.start.line)) return;
    let fixes = noFixes ? NO_FIXES : f.fixes;
    // A SOW's payment block carries its fee, not the payment terms: those are its master's to complete.
    if (members?.relaxes(code, span.start)) return;
    if (anchors && !noFixes) {
      // A finding on an inherited statement is about the master's text: its own file reports it.
      if (span.start === span.end && anchors.has(span.start) && !code.startsWith('family-')) return;
      if (fixes !== undefined) {
        const raw = fixes;
        fixes = () => (typeof raw === 'function' ? raw() : raw).filter((x) => !editsAnchor(x, anchors));
      }
    }
    const d: Diagnostic = { code, severity, message: f.message, span, range, docs: docsUrl(code), fixes: typeof fixes === 'function' ? [] : (fixes ?? []), data: f.data };
    if (typeof fixes === 'function') lazyFixes(d, fixes);
    out.push(d);
  };
  const contracts = families ? families.effectiveContracts() : parsed.ast.contracts;
  for (const rule of rules) {
    if (cancel?.isCancelled()) throw new AnalysisCancelled();
    const severity = severityOf(config, rule.code, rule.severity);
    if (!severity || !servesPerspective(rule, config.perspective)) continue;
    try {
      rule.check({ parse: parsed, config, contracts, family: families, report: (f) => push(rule.code, severity, f) });
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
  out.sort(compareDiagnostics);
  return out;
}

/**
 * Parses and analyses a document; at most {@link MAX_DIAGNOSTICS} diagnostics
 * (plus one that counts the rest) are returned. Never throws, except
 * {@link AnalysisCancelled} when cancelled.
 */
export function analyze(text: string, config: ResolvedConfig = DEFAULT_CONFIG, cancel?: CancellationCheck, family?: FamilyContext): AnalysisResult {
  const parsed = parse(text);
  return { parse: parsed, diagnostics: capDiagnostics(analyzeParsed(parsed, config, cancel, RULES, family)) };
}
